package org.actionplan.examples.plans;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.actionplan.core.institution.Abbreviation;
import org.actionplan.core.institution.Institution;

/**
 * An institution registry and abbreviation list as stored in {@code institutions/*.json}.
 * This class is immutable and thread-safe.
 *
 * @param institutions  the institutions, may be empty
 * @param abbreviations  the document's abbreviation list, verbatim, may be empty
 */
public record InstitutionFile(List<Institution> institutions, List<Abbreviation> abbreviations) {

    /**
     * Creates the file content.
     */
    public InstitutionFile {
        institutions = institutions == null ? List.of() : List.copyOf(institutions);
        abbreviations = abbreviations == null ? List.of() : List.copyOf(abbreviations);
    }

    /**
     * Returns a resolver that maps a name as printed to an institution id by exact (case-insensitive,
     * space-normalised) match on id, acronyms, aliases and names; null when nothing matches.
     *
     * @return the resolver, never null
     */
    public Function<String, String> resolver() {
        Map<String, String> index = new TreeMap<>();
        for (Institution i : institutions) {
            index.putIfAbsent(key(i.id()), i.id());
            i.acronyms().forEach(a -> index.putIfAbsent(key(a), i.id()));
            i.aliases().forEach(a -> index.putIfAbsent(key(a), i.id()));
            i.names().values().values().forEach(n -> index.putIfAbsent(key(n), i.id()));
        }
        return name -> name == null ? null : index.get(key(name));
    }

    private static String key(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

package org.actionplan.examples.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.actionplan.core.institution.Abbreviation;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.institution.InstitutionResolver;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.institution.Role;

/**
 * An institution registry and abbreviation list as stored in {@code institutions/*.json}.
 * This class is immutable and thread-safe.
 *
 * @param institutions  the institutions, may be empty
 * @param abbreviations  the document's abbreviation list, verbatim, may be empty
 */
public record InstitutionFile(List<Institution> institutions, List<Abbreviation> abbreviations) {

    private static final Pattern ACRONYMS = Pattern.compile("^[\\p{Lu}0-9&-]{2,}( +[\\p{Lu}0-9&-]{2,})+$");

    /**
     * Creates the file content.
     */
    public InstitutionFile {
        institutions = institutions == null ? List.of() : List.copyOf(institutions);
        abbreviations = abbreviations == null ? List.of() : List.copyOf(abbreviations);
    }

    /**
     * Returns a reader of responsibility cells: core's {@link InstitutionResolver} over this registry, and then
     * an unresolved name made only of space-separated acronyms ({@code "MB MSHMS PP DPPSH"}, a layout of seed
     * 004) is split into one assignment per acronym, each resolved; the first keeps the name's role, the
     * others are co-responsible (lead cell) or supporting. The raw cells are kept.
     *
     * @return the reader, never null
     */
    public BiFunction<String, String, Responsibility> responsibilities() {
        InstitutionResolver resolver = InstitutionResolver.of(institutions);
        return (lead, contributing) -> {
            Responsibility r = resolver.resolve(lead, contributing);
            List<Assignment> out = new ArrayList<>();
            for (Assignment a : r.assignments()) {
                if (a.institution() == null && ACRONYMS.matcher(a.name().strip()).matches()) {
                    String[] parts = a.name().strip().split("\\s+");
                    for (int i = 0; i < parts.length; i++) {
                        Role role = i == 0 || a.role() != Role.LEAD ? a.role() : Role.CO_RESPONSIBLE;
                        out.add(new Assignment(resolver.find(parts[i]).map(Institution::id).orElse(null), parts[i],
                                role));
                    }
                } else {
                    out.add(a);
                }
            }
            return new Responsibility(r.responsibleText(), r.supportingText(), out);
        };
    }
}

package org.actionplan.examples.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.actionplan.core.institution.Abbreviation;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.institution.Role;
import org.actionplan.core.json.PlanJson;

/**
 * The institution registry and abbreviation list prepared for one seed plan, read from
 * {@code /seeds/institutions/<planId>.json}.
 *
 * @param institutions  the registry, in file order
 * @param abbreviations  the document's abbreviation list, verbatim, in document order
 */
record SeedRegistry(List<Institution> institutions, List<Abbreviation> abbreviations) {

    SeedRegistry {
        institutions = List.copyOf(institutions);
        abbreviations = abbreviations == null ? List.of() : List.copyOf(abbreviations);
    }

    /**
     * Loads the registry bundled for a plan.
     *
     * @param planId  the plan id, not null
     * @return the registry, never null
     */
    static SeedRegistry load(String planId) {
        String resource = "/seeds/institutions/" + planId + ".json";
        try (InputStream in = SeedRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return PlanJson.read(in, SeedRegistry.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a responsibility from the two printed cells: the raw texts are kept as printed; each name separated by
     * a comma, slash, spaced dash or " dhe " becomes an assignment, the first responsible one as lead.
     * Names that match no id, acronym, alias or name of the registry stay unresolved (institution null).
     *
     * @param responsible  the responsible cell as printed, may be empty
     * @param supporting  the supporting cell as printed, null if the document has no such column
     * @return the responsibility, never null
     */
    Responsibility responsibility(String responsible, String supporting) {
        List<Assignment> assignments = new ArrayList<>();
        boolean first = true;
        for (String name : split(responsible)) {
            assignments.add(new Assignment(resolve(name), name, first ? Role.LEAD : Role.CO_RESPONSIBLE));
            first = false;
        }
        if (supporting != null) {
            for (String name : split(supporting)) {
                assignments.add(new Assignment(resolve(name), name, Role.SUPPORTING));
            }
        }
        return new Responsibility(emptyToNull(responsible), supporting == null ? null : emptyToNull(supporting),
                assignments);
    }

    static List<String> split(String cell) {
        List<String> names = new ArrayList<>();
        if (cell == null) {
            return names;
        }
        for (String part : cell.split(",|/| - | dhe |;")) {
            String name = part.strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    String resolve(String name) {
        String key = key(name);
        for (Institution institution : institutions) {
            if (key(institution.id()).equals(key) || matches(institution.acronyms(), key)
                    || matches(institution.aliases(), key) || matches(institution.names().values().values(), key)) {
                return institution.id();
            }
        }
        return null;
    }

    private static boolean matches(Iterable<String> names, String key) {
        for (String n : names) {
            if (key(n).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Returns the institutions by id, in registry order. */
    Map<String, Institution> byId() {
        Map<String, Institution> map = new LinkedHashMap<>();
        institutions.forEach(i -> map.put(i.id(), i));
        return map;
    }
}

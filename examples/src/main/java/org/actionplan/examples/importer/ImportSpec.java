package org.actionplan.examples.importer;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.actionplan.core.institution.Responsibility;

import org.actionplan.core.SectionKind;

/**
 * Everything {@link TableImporter} needs to turn a table into plan sections: the column mapping, the rules
 * for rows without a code, which code depth is which level, and where the table comes from.
 * This class is immutable and thread-safe if the responsibility reader is.
 *
 * @param mapping  the column mapping, not null
 * @param rules  rules for rows without a code, first match wins, not null
 * @param levels  section kind by code depth (e.g. 1 goal, 2 objective, 3 measure), not null
 * @param activityDepth  the code depth of activities (deeper codes are sub-activities)
 * @param document  the source document id for {@link org.actionplan.core.SourceRef}s, not blank
 * @param part  the part of the document (e.g. {@code costing}), may be null
 * @param language  the language of the texts (e.g. {@code sq}), not blank
 * @param currency  the currency of the amounts, not null
 * @param figurePrefix  the prefix of declared-figure ids, not blank
 * @param responsibility  reads the lead and contributing cells as printed (either may be empty) into a
 *        responsibility, e.g. {@code InstitutionResolver.of(registry)::resolve}, or
 *        {@link TableImporter#names(java.util.function.Function)} for a plain name lookup; not null
 */
public record ImportSpec(ColumnMapping mapping, List<RowRule> rules, SortedMap<Integer, SectionKind> levels,
        int activityDepth, String document, String part, String language, Currency currency, String figurePrefix,
        BiFunction<String, String, Responsibility> responsibility) {

    /**
     * Creates a spec.
     *
     * @throws NullPointerException if a required value is null
     * @throws IllegalArgumentException if a text is blank or a level is at or below the activity depth
     */
    public ImportSpec {
        Objects.requireNonNull(mapping, "mapping must not be null");
        rules = List.copyOf(rules);
        levels = new TreeMap<>(levels);
        Objects.requireNonNull(currency, "currency must not be null");
        Objects.requireNonNull(responsibility, "responsibility must not be null");
        for (String s : new String[] {document, language, figurePrefix}) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("document, language and figurePrefix must not be blank");
            }
        }
        for (int depth : levels.keySet()) {
            if (depth >= activityDepth) {
                throw new IllegalArgumentException("level depth " + depth + " is not above the activity depth "
                        + activityDepth);
            }
        }
    }

    /**
     * Returns the levels as a plain map.
     *
     * @return the levels, never null
     */
    public Map<Integer, SectionKind> levelMap() {
        return java.util.Collections.unmodifiableSortedMap(levels);
    }
}

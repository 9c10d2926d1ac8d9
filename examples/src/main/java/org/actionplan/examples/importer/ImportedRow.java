package org.actionplan.examples.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.actionplan.core.SectionKind;

/**
 * A table row after classification and before assembly: what it is and its values by field key.
 * Corrections are applied at this stage, with {@link #with(String, String)}.
 * This class is immutable and thread-safe.
 *
 * @param line  the 1-based first line of the row in the source
 * @param lastLine  the 1-based last line of the row
 * @param kind  what the row is, not null
 * @param sectionKind  for sections, totals and budget-programme rows: the section kind concerned, may be null
 * @param rule  the name of the rule that matched, or null for rows recognised by their code
 * @param code  the code as printed (from the code column or the rule's {@code code} group), may be null
 * @param title  the title as printed (from the title column or the rule's {@code title} group), may be null
 * @param values  the mapped cells by field key, not null
 */
public record ImportedRow(int line, int lastLine, Kind kind, SectionKind sectionKind, String rule, String code,
        String title, Map<String, String> values) {

    /** What a row is. */
    public enum Kind {
        /** A section (goal, objective, measure) heading or row. */
        SECTION,
        /** An activity. */
        ACTIVITY,
        /** A published subtotal or total. */
        TOTAL,
        /** The budget programmes of the open section. */
        BUDGET_PROGRAM,
        /** A repeated column header. */
        HEADER,
        /** A label skipped on purpose. */
        SKIPPED,
        /** A row no rule recognised: reported. */
        UNKNOWN
    }

    /**
     * Creates a row.
     *
     * @throws NullPointerException if kind or values is null
     */
    public ImportedRow {
        Objects.requireNonNull(kind, "kind must not be null");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Returns a value, or the empty string if the field is not mapped.
     *
     * @param key  the field key, not null
     * @return the value, never null
     */
    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    /**
     * Returns a copy with one field replaced (a correction).
     *
     * @param key  the field key, not null
     * @param value  the new value, not null
     * @return the new row, never null
     */
    public ImportedRow with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(Objects.requireNonNull(key, "key must not be null"), Objects.requireNonNull(value, "value must not be null"));
        return new ImportedRow(line, lastLine, kind, sectionKind, rule, key.equals("code") ? value : code,
                key.equals("title") ? value : title, copy);
    }
}

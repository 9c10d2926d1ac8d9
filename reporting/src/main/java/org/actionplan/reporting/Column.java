package org.actionplan.reporting;

import org.actionplan.core.Checks;

/**
 * A table column: a stable key, a label in the report's language and a type.
 *
 * @param key  a stable, language-independent key such as {@code cost_total}, not blank
 * @param label  the header shown to readers, not null
 * @param type  the type of the column's values, not null
 */
public record Column(String key, String label, ColumnType type) {

    /**
     * Creates a column.
     *
     * @throws IllegalArgumentException if the key is blank
     * @throws NullPointerException if the label or type is null
     */
    public Column {
        Checks.notBlank(key, "key");
        Checks.notNull(label, "label");
        Checks.notNull(type, "type");
    }

    /**
     * Creates a column.
     *
     * @param key  the key, not blank
     * @param label  the label, not null
     * @param type  the type, not null
     * @return the column, never null
     */
    public static Column of(String key, String label, ColumnType type) {
        return new Column(key, label, type);
    }
}

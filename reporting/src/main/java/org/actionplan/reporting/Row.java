package org.actionplan.reporting;

import java.util.Arrays;
import java.util.List;

import org.actionplan.core.Checks;

/**
 * A table row: its kind, its depth in the plan hierarchy (for indentation) and one value per column.
 *
 * @param kind  data, group heading or total, not null
 * @param level  the depth in the hierarchy, 0 for the top; renderers indent the first column by it
 * @param cells  one value per column, null for none, no null elements
 */
public record Row(Kind kind, int level, List<Value> cells) {

    /** The role of a row. */
    public enum Kind {
        /** An ordinary row. */
        DATA,
        /** A row that heads a group of rows, such as a goal or objective in an action-plan table. */
        GROUP,
        /** A subtotal or total row. */
        TOTAL
    }

    /**
     * Creates a row.
     *
     * @throws NullPointerException if the kind, the list or an element is null
     * @throws IllegalArgumentException if the level is negative or above 20
     */
    public Row {
        Checks.notNull(kind, "kind");
        if (level < 0 || level > 20) {
            throw new IllegalArgumentException("row level must be 0 to 20: " + level);
        }
        cells = Checks.list(cells, "cells");
    }

    /**
     * Creates a data row.
     *
     * @param level  the hierarchy depth, 0 to 20
     * @param cells  the values, not null
     * @return the row, never null
     */
    public static Row data(int level, Value... cells) {
        return new Row(Kind.DATA, level, Arrays.asList(cells));
    }

    /**
     * Creates a group-heading row.
     *
     * @param level  the hierarchy depth, 0 to 20
     * @param cells  the values, not null
     * @return the row, never null
     */
    public static Row group(int level, Value... cells) {
        return new Row(Kind.GROUP, level, Arrays.asList(cells));
    }

    /**
     * Creates a total row.
     *
     * @param level  the hierarchy depth, 0 to 20
     * @param cells  the values, not null
     * @return the row, never null
     */
    public static Row total(int level, Value... cells) {
        return new Row(Kind.TOTAL, level, Arrays.asList(cells));
    }
}

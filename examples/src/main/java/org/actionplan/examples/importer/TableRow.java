package org.actionplan.examples.importer;

import java.util.List;
import java.util.Objects;

/**
 * One record of a table export: its cells (spacers removed) and the lines it spans.
 * This class is immutable and thread-safe.
 *
 * @param line  the 1-based first line of the record in the source
 * @param lastLine  the 1-based last line of the record, not before {@code line}
 * @param cells  the cells, verbatim (line breaks inside a cell kept as {@code \n}), not null
 */
public record TableRow(int line, int lastLine, List<String> cells) {

    /**
     * Creates a row.
     *
     * @throws IllegalArgumentException if the lines are not positive or inverted
     * @throws NullPointerException if cells is null
     */
    public TableRow {
        if (line < 1 || lastLine < line) {
            throw new IllegalArgumentException("bad line range " + line + "-" + lastLine);
        }
        cells = List.copyOf(Objects.requireNonNull(cells, "cells must not be null"));
    }

    /**
     * Returns a cell, or the empty string if the row is shorter.
     *
     * @param index  the 0-based column
     * @return the cell, never null
     */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /**
     * Returns the non-blank cells joined by a space, trimmed: a row's text for matching rules.
     *
     * @return the text, never null
     */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (String c : cells) {
            if (!c.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c.strip());
            }
        }
        return sb.toString();
    }

    /**
     * Tells whether every cell is blank.
     *
     * @return true if the row holds no text
     */
    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}

package org.actionplan.examples.importer;

/**
 * How a table export is laid out: the cell delimiter, quoting, how records are separated and whether
 * every real cell is followed by an empty spacer cell.
 * <p>
 * Tab-separated exports of Word and Excel tables (the seeds' format) put a record on consecutive lines
 * when a cell holds a line break, and separate records by a blank line; CSV files quote such cells
 * instead. This class is immutable and thread-safe.
 *
 * @param delimiter  the cell delimiter, e.g. a tab or a comma
 * @param quoted  true if cells may be quoted with {@code "} (CSV rules: {@code ""} is a quote inside a quoted cell)
 * @param blankLineRecords  true if a record is a run of non-blank lines ended by a blank line; false for one
 *        record per line (or per quoted multi-line cell)
 * @param spacerCells  true if every real cell is followed by an empty spacer cell, so that data sit at even
 *        field indexes; the reader then keeps only the real cells and realigns rows with an extra empty cell
 */
public record TableFormat(char delimiter, boolean quoted, boolean blankLineRecords, boolean spacerCells) {

    /**
     * Returns the plain tab-separated format: one record per line, no quoting, no spacers.
     *
     * @return the format, never null
     */
    public static TableFormat tsv() {
        return new TableFormat('\t', false, false, false);
    }

    /**
     * Returns the CSV format (RFC 4180): comma-separated, quoted cells may hold delimiters and line breaks.
     *
     * @return the format, never null
     */
    public static TableFormat csv() {
        return new TableFormat(',', true, false, false);
    }

    /**
     * Returns this format with records separated by blank lines (cells spanning lines).
     *
     * @return the format, never null
     */
    public TableFormat withBlankLineRecords() {
        return new TableFormat(delimiter, quoted, true, spacerCells);
    }

    /**
     * Returns this format with a spacer cell after every real cell.
     *
     * @return the format, never null
     */
    public TableFormat withSpacerCells() {
        return new TableFormat(delimiter, quoted, blankLineRecords, true);
    }
}

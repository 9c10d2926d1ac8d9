package org.actionplan.examples.importer;

/**
 * Something an importer could not map or had to interpret: an unmapped non-empty cell, an unreadable
 * amount, a realigned row, an unknown row. Importers never drop data silently; they report it here.
 * This class is immutable and thread-safe.
 *
 * @param line  the 1-based line of the source where the row starts
 * @param column  the 0-based column (after spacer removal), null if the issue is about the whole row
 * @param cell  the cell or row text concerned, verbatim, not null
 * @param message  what happened, not null
 */
public record ImportIssue(int line, Integer column, String cell, String message) {

    /**
     * Creates an issue.
     *
     * @throws NullPointerException if cell or message is null
     */
    public ImportIssue {
        java.util.Objects.requireNonNull(cell, "cell must not be null");
        java.util.Objects.requireNonNull(message, "message must not be null");
    }

    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", column " + column) + ": " + message
                + (cell.isEmpty() ? "" : " ['" + abbreviate(cell) + "']");
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ').replace('\t', ' ');
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}

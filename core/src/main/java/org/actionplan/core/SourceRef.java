package org.actionplan.core;

/**
 * Where something was printed in a source document: the document, a part of it and a line.
 * <p>
 * Kept on nodes and declared figures so that every finding can point back to the page an official
 * holds. This class is immutable and thread-safe.
 *
 * @param document  the document id or file name, not blank
 * @param part  the part, table or column (e.g. {@code "Aneks 1"}, {@code "costing"}), may be null
 * @param line  the 1-based line number in the document's text rendering, may be null
 */
public record SourceRef(String document, String part, Integer line) {

    /**
     * Creates a reference.
     *
     * @throws IllegalArgumentException if the document is blank or the line is not positive
     */
    public SourceRef {
        Checks.notBlank(document, "document");
        if (line != null && line < 1) {
            throw new IllegalArgumentException("line must be positive: " + line);
        }
    }

    /**
     * Creates a reference to a line of a part of a document.
     *
     * @param document  the document, not blank
     * @param part  the part, may be null
     * @param line  the line, positive
     * @return the reference, never null
     */
    public static SourceRef of(String document, String part, int line) {
        return new SourceRef(document, part, line);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(document);
        if (part != null) {
            sb.append(" (").append(part).append(')');
        }
        if (line != null) {
            sb.append(':').append(line);
        }
        return sb.toString();
    }
}

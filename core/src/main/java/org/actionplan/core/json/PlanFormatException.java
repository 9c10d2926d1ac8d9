package org.actionplan.core.json;

/**
 * Thrown when a JSON document cannot be read as a plan (or another actionplan value): malformed JSON,
 * a wrong type, an unknown or missing property, an invalid value, or a document over the size limits.
 * <p>
 * The message says where and why: {@code line 12, column 7, at goals[1].children[0].activities[3].cost.years[2024].capital:
 * capital must not be negative: -5}. The parts are also available separately.
 */
public final class PlanFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The 1-based line, or -1 if unknown. */
    private final int line;
    /** The 1-based column, or -1 if unknown. */
    private final int column;
    /** The path to the offending value, e.g. {@code goals[1].title}; empty for the document root. */
    private final String path;
    /** The reason, without the location. */
    private final String reason;

    /**
     * Creates the exception.
     *
     * @param line  the 1-based line, or -1
     * @param column  the 1-based column, or -1
     * @param path  the path, not null
     * @param reason  the reason, not null
     * @param cause  the underlying exception, may be null
     */
    public PlanFormatException(int line, int column, String path, String reason, Throwable cause) {
        super(describe(line, column, path, reason), cause);
        this.line = line;
        this.column = column;
        this.path = path;
        this.reason = reason;
    }

    private static String describe(int line, int column, String path, String reason) {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append("line ").append(line).append(", column ").append(column);
        }
        if (!path.isEmpty()) {
            sb.append(sb.length() > 0 ? ", at " : "at ").append(path);
        }
        return sb.length() == 0 ? reason : sb.append(": ").append(reason).toString();
    }

    /**
     * Returns the 1-based line of the error.
     *
     * @return the line, -1 if unknown
     */
    public int getLine() {
        return line;
    }

    /**
     * Returns the 1-based column of the error.
     *
     * @return the column, -1 if unknown
     */
    public int getColumn() {
        return column;
    }

    /**
     * Returns the path to the offending value, e.g. {@code goals[1].children[0].title}.
     *
     * @return the path, empty for the root, never null
     */
    public String getPath() {
        return path;
    }

    /**
     * Returns the reason without the location.
     *
     * @return the reason, never null
     */
    public String getReason() {
        return reason;
    }
}

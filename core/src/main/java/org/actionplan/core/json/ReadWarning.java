package org.actionplan.core.json;

/**
 * Something a lenient read passed over, such as an unknown property, reported so that nothing is lost silently.
 * This class is immutable and thread-safe.
 *
 * @param line  the 1-based line, or -1 if unknown
 * @param column  the 1-based column, or -1 if unknown
 * @param path  the path of the enclosing object, not null
 * @param message  what was passed over, not null
 */
public record ReadWarning(int line, int column, String path, String message) {

    @Override
    public String toString() {
        return "line " + line + ", column " + column + (path.isEmpty() ? "" : ", at " + path) + ": " + message;
    }
}

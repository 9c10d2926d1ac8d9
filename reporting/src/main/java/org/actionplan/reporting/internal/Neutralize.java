package org.actionplan.reporting.internal;

/**
 * Spreadsheet formula-injection defence for text cells (CSV and XLSX).
 * <p>
 * A text that a spreadsheet could read as a formula, one starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, gets a leading apostrophe, as OWASP recommends. Numbers are never
 * passed here: they stay numbers, negative ones included.
 */
public final class Neutralize {

    private Neutralize() {
    }

    /**
     * Neutralises a text cell.
     *
     * @param text  the text, not null
     * @return the text, with a leading apostrophe if it could start a formula
     */
    public static String text(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}

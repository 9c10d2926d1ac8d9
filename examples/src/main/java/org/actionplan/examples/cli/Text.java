package org.actionplan.examples.cli;

/** Small escaping helpers for the text outputs of the commands. */
final class Text {

    private Text() {
    }

    /** Quotes a CSV cell when needed (RFC 4180) and neutralises spreadsheet formulas. */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** Escapes a Markdown table cell. */
    static String md(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}

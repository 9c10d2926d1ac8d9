package org.actionplan.examples.cli;

/** The output formats of the commands; each command accepts the ones that make sense for it. */
public enum Format {
    /** Plain text for a terminal. */
    text,
    /** Markdown. */
    md,
    /** HTML. */
    html,
    /** Comma-separated values. */
    csv,
    /** JSON, a documented stable structure for tools. */
    json,
    /** An Excel workbook. */
    xlsx
}

package org.actionplan.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.actionplan.reporting.Block;
import org.actionplan.reporting.Chart;
import org.actionplan.reporting.Column;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportSection;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

/**
 * Renders a report as GitHub-flavoured Markdown.
 * <p>
 * Every text from the report is escaped so that it stays text: the characters that start inline markup
 * ({@code \ ` * _ [ ] < > | ~ &}) get a backslash, and at the start of a line so do those that start a block
 * ({@code # + - = >}, a number followed by {@code .} or {@code )}); leading blanks are dropped so that no line
 * becomes code. In table cells a line break becomes {@code <br>} (the only HTML the renderer writes), so a row
 * stays one line and keeps its column count. Other control characters become U+FFFD.
 */
public final class MarkdownRenderer {

    private final StringBuilder out = new StringBuilder(4096);
    private final Formats formats;
    private final Labels labels;

    private MarkdownRenderer(Report report) {
        this.formats = new Formats(report.locale());
        this.labels = Labels.of(report.locale());
    }

    /**
     * Renders a report.
     *
     * @param report  the report, not null
     * @return the UTF-8 bytes, never null
     */
    public static byte[] render(Report report) {
        MarkdownRenderer r = new MarkdownRenderer(report);
        r.report(report);
        return r.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void report(Report report) {
        out.append("# ");
        line(report.title());
        out.append('\n');
        if (report.subtitle() != null) {
            out.append('\n');
            block(report.subtitle());
            out.append('\n');
        }
        for (ReportSection section : report.sections()) {
            out.append("\n## ");
            line(section.title());
            out.append('\n');
            for (Block block : section.blocks()) {
                out.append('\n');
                block(block);
            }
        }
    }

    private void block(Block block) {
        if (block instanceof Block.Heading h) {
            out.append("### ");
            line(h.text());
            out.append('\n');
        } else if (block instanceof Block.Paragraph p) {
            block(p.text());
            out.append('\n');
        } else if (block instanceof Block.Notice n) {
            out.append("> **");
            line(labels.of(n.kind()));
            out.append(":** ");
            block(n.text());
            out.append('\n');
        } else if (block instanceof Block.Summary s) {
            if (s.title() != null) {
                out.append("**");
                line(s.title());
                out.append("**\n\n");
            }
            for (Block.Entry e : s.entries()) {
                out.append("- ");
                line(e.label());
                out.append(": ");
                cell(formats.plain(e.value(), true));
                out.append('\n');
            }
        } else if (block instanceof Table t) {
            table(t);
        } else if (block instanceof Chart c) {
            table(ChartTables.of(c, labels));
        }
    }

    private void table(Table t) {
        out.append("**");
        line(t.title());
        out.append("**\n\n");
        List<Column> columns = t.columns();
        String[] header = new String[columns.size()];
        for (int i = 0; i < header.length; i++) {
            header[i] = columns.get(i).label();
        }
        headerRow(header, i -> columns.get(i).type().isNumeric());
        for (Row row : t.rows()) {
            boolean strong = row.kind() != Row.Kind.DATA;
            List<Value> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                out.append(i == 0 ? "| " : " | ");
                if (i == 0) {
                    for (int l = 0; l < row.level(); l++) {
                        out.append("\u00a0\u00a0");
                    }
                }
                String text = formats.plain(cells.get(i), false);
                if (strong && !text.isEmpty()) {
                    out.append("**");
                    cell(text);
                    out.append("**");
                } else {
                    cell(text);
                }
            }
            out.append(" |\n");
        }
        if (t.note() != null) {
            out.append('\n');
            out.append('_');
            line(t.note());
            out.append("_\n");
        }
    }

    private void headerRow(String[] labels, java.util.function.IntPredicate right) {
        out.append('|');
        for (String label : labels) {
            out.append(' ');
            cell(label);
            out.append(" |");
        }
        out.append("\n|");
        for (int i = 0; i < labels.length; i++) {
            out.append(right.test(i) ? " ---: |" : " --- |");
        }
        out.append('\n');
    }

    /** Appends text for a table cell: one line, breaks as {@code <br>}. */
    private void cell(String text) {
        escape(text, "<br>", false);
    }

    /** Appends text for a heading or other one-line context: breaks as spaces. */
    private void line(String text) {
        escape(text, " ", true);
    }

    /** Appends text as a paragraph: breaks kept as hard line breaks, each line protected. */
    private void block(String text) {
        escape(text, "\\\n", true);
    }

    private void escape(String text, String lineBreak, boolean blockContext) {
        boolean lineStart = true;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.append(lineBreak);
                lineStart = true;
                continue;
            }
            if (lineStart) {
                if (c == ' ' || c == '\t') {
                    continue;
                }
                lineStart = false;
                if (blockContext) {
                    if (c == '#' || c == '+' || c == '-' || c == '=') {
                        out.append('\\').append(c);
                        continue;
                    }
                    if (c >= '0' && c <= '9') {
                        int j = i;
                        while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                            j++;
                        }
                        if (j < n && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                            out.append(text, i, j).append('\\').append(text.charAt(j));
                            i = j;
                            continue;
                        }
                    }
                }
            }
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&' -> out.append('\\').append(c);
                case '\t' -> out.append(' ');
                default -> out.append(c < 0x20 || c == 0x7f ? '\ufffd' : c);
            }
        }
    }
}

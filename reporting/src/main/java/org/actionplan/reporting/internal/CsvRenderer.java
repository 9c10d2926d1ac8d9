package org.actionplan.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.actionplan.reporting.Block;
import org.actionplan.reporting.Chart;
import org.actionplan.reporting.Column;
import org.actionplan.reporting.RenderedFile;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportSection;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

/**
 * Renders each table and chart of a report as an RFC 4180 CSV file: UTF-8, with or without a byte-order mark as
 * asked, CRLF line ends, a header row of column labels, fields quoted when they hold a comma, quote, CR or LF.
 * <p>
 * Numbers are written as plain decimals with a dot and no grouping, exactly as held (percentages in percentage
 * points), so that any tool reads them as numbers; dates as ISO {@code yyyy-mm-dd}. Text cells, headers included,
 * are neutralised against formula injection ({@link Neutralize}); a translation follows its text after a line
 * break inside the same field. Files are named {@code <report id>-<table id>.csv}.
 */
public final class CsvRenderer {

    private CsvRenderer() {
    }

    /** The UTF-8 byte-order mark (U+FEFF encoded). */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Renders a report.
     *
     * @param report  the report, not null
     * @param mediaType  the media type to give the files, not null
     * @param byteOrderMark  whether each file starts with the UTF-8 byte-order mark
     * @return one file per table and chart, in reading order, never null
     */
    public static List<RenderedFile> render(Report report, String mediaType, boolean byteOrderMark) {
        Labels labels = Labels.of(report.locale());
        List<RenderedFile> files = new ArrayList<>();
        for (ReportSection section : report.sections()) {
            for (Block block : section.blocks()) {
                Table table = block instanceof Table t ? t : block instanceof Chart c ? ChartTables.of(c, labels) : null;
                if (table != null) {
                    byte[] text = table(table).getBytes(StandardCharsets.UTF_8);
                    byte[] bytes = text;
                    if (byteOrderMark) {
                        bytes = new byte[BOM.length + text.length];
                        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
                        System.arraycopy(text, 0, bytes, BOM.length, text.length);
                    }
                    files.add(new RenderedFile(report.id() + "-" + table.id() + ".csv", mediaType, bytes));
                }
            }
        }
        return files;
    }

    static String table(Table table) {
        StringBuilder out = new StringBuilder(256 + table.rows().size() * 64);
        List<Column> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field(out, Neutralize.text(columns.get(i).label()));
        }
        out.append("\r\n");
        for (Row row : table.rows()) {
            List<Value> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Value v = cells.get(i);
                if (v instanceof Value.Text t) {
                    field(out, Neutralize.text(t.translation() == null ? t.text() : t.text() + "\n" + t.translation()));
                } else {
                    out.append(v.plain());
                }
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String text) {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.append(text);
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}

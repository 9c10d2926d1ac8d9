package org.actionplan.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.actionplan.reporting.Block;
import org.actionplan.reporting.Chart;
import org.actionplan.reporting.Column;
import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportSection;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

/**
 * Renders a report as an Excel workbook with fastexcel: one sheet per table and per chart (its values), the
 * title in the first row, the header in the second, both frozen; A4 landscape, fit to page width.
 * <p>
 * Numbers are numeric cells with a number format ({@code #,##0.00} for two decimals; percentages are stored as
 * fractions with a {@code 0.0%} format, so 12.5 points become 0.125 shown as 12.5%); dates are date cells. Text
 * cells are neutralised against formula injection ({@link Neutralize}); a text longer than Excel's cell limit of
 * 32,767 characters is cut with a visible marker giving the number of characters left out.
 * <p>
 * The bytes are reproducible: fastexcel writes fixed zip entry times but stamps {@code docProps/core.xml} with
 * the current time, so the renderer rewrites the archive with that stamp set to {@code 1980-01-01T00:00:00Z} and
 * every entry time to 1980-01-01 00:00 (local, so the time zone does not matter).
 */
public final class XlsxRenderer {

    static final int MAX_CELL = 32_767;
    private static final Pattern CREATED = Pattern.compile("<dcterms:created([^>]*)>[^<]*</dcterms:created>");
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private XlsxRenderer() {
    }

    /**
     * Renders a report.
     *
     * @param report  the report, not null
     * @return the bytes of the workbook, never null
     */
    public static byte[] render(Report report) {
        Labels labels = Labels.of(report.locale());
        ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
        try {
            Workbook wb = new Workbook(raw, "actionplan", "0.1");
            Set<String> names = new HashSet<>();
            for (ReportSection section : report.sections()) {
                for (Block block : section.blocks()) {
                    Table table = block instanceof Table t ? t
                            : block instanceof Chart c ? ChartTables.of(c, labels) : null;
                    if (table != null) {
                        sheet(wb.newWorksheet(sheetName(table, names)), table);
                    }
                }
            }
            if (names.isEmpty()) {
                Worksheet ws = wb.newWorksheet(sheetName(new Table(report.id(), report.title(),
                        List.of(Column.of("title", report.title(), ColumnType.TEXT)), List.of(), null), names));
                ws.value(0, 0, Neutralize.text(report.title()));
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reproducible(raw.toByteArray());
    }

    private static void sheet(Worksheet ws, Table table) {
        List<Column> columns = table.columns();
        ws.value(0, 0, text(table.title()));
        ws.style(0, 0).bold().fontSize(13).set();
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            ws.value(1, c, text(col.label()));
            ws.style(1, c).bold().fillColor("E9EDF3").wrapText(true).verticalAlignment("top")
                    .horizontalAlignment(col.type().isNumeric() ? "right" : "left").borderStyle("thin").set();
            ws.width(c, switch (col.type()) {
                case TEXT -> c == 0 ? 48 : 36;
                case DATE -> 12;
                default -> 16;
            });
        }
        int r = 2;
        for (Row row : table.rows()) {
            List<Value> cells = row.cells();
            for (int c = 0; c < cells.size(); c++) {
                Value v = cells.get(c);
                var style = ws.style(r, c).borderStyle("thin").verticalAlignment("top");
                if (v instanceof Value.Text t) {
                    ws.value(r, c, text(t.translation() == null ? t.text() : t.text() + "\n" + t.translation()));
                    style = style.wrapText(true);
                } else if (v instanceof Value.Number n) {
                    if (n.kind() == ColumnType.PERCENT) {
                        ws.value(r, c, n.value().movePointLeft(2));
                        style = style.format(pattern(n.decimals()) + "%");
                    } else {
                        ws.value(r, c, n.value());
                        style = style.format(pattern(n.decimals()));
                    }
                } else if (v instanceof Value.Date d) {
                    ws.value(r, c, d.date());
                    style = style.format("yyyy-mm-dd");
                }
                if (c == 0 && row.level() > 0) {
                    style = style.indent(row.level());
                }
                if (row.kind() != Row.Kind.DATA) {
                    style = style.bold();
                    if (row.kind() == Row.Kind.GROUP) {
                        style = style.fillColor("F3F6FA");
                    }
                }
                style.set();
            }
            r++;
        }
        if (table.note() != null) {
            ws.value(r + 1, 0, text(table.note()));
            ws.style(r + 1, 0).italic().set();
        }
        ws.freezePane(0, 2);
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.repeatRows(1);
    }

    static String pattern(int decimals) {
        return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }

    /** Neutralises a text cell and keeps it within Excel's cell limit with a visible marker. */
    static String text(String s) {
        String t = Neutralize.text(s);
        if (t.length() <= MAX_CELL) {
            return t;
        }
        String marker = " \u2026 [+" + (t.length() - (MAX_CELL - 40)) + "]";
        int cut = MAX_CELL - 40;
        if (Character.isHighSurrogate(t.charAt(cut - 1))) {
            cut--;
        }
        return t.substring(0, cut) + marker;
    }

    /**
     * A sheet name: the table title without the characters Excel forbids ({@code []:*?/\} become spaces,
     * apostrophes become U+2019, which also keeps print-title references valid), at most 31 characters, unique.
     */
    static String sheetName(Table table, Set<String> used) {
        StringBuilder sb = new StringBuilder();
        table.title().codePoints().forEach(cp -> {
            if (cp == '[' || cp == ']' || cp == ':' || cp == '*' || cp == '?' || cp == '/' || cp == '\\'
                    || Character.isISOControl(cp)) {
                sb.append(' ');
            } else if (cp == '\'') {
                sb.append('\u2019');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String name = shorten(sb.toString().strip(), 31);
        if (name.isEmpty() || name.equalsIgnoreCase("History")) {
            name = table.id();
        }
        String candidate = name;
        for (int i = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            candidate = shorten(name, 31 - suffix.length()) + suffix;
        }
        return candidate;
    }

    private static String shorten(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, cut).strip();
    }

    /**
     * Rewrites the archive with the creation stamp and every entry time fixed. The archive is read through its
     * central directory (fastexcel streams entries whose local headers carry no sizes).
     */
    static byte[] reproducible(byte[] xlsx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 512);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            ByteBuffer b = ByteBuffer.wrap(xlsx).order(ByteOrder.LITTLE_ENDIAN);
            int eocd = xlsx.length - 22;
            while (eocd >= 0 && b.getInt(eocd) != 0x06054b50) {
                eocd--;
            }
            if (eocd < 0) {
                throw new IOException("not a zip archive: no end of central directory");
            }
            int entries = Short.toUnsignedInt(b.getShort(eocd + 10));
            int p = b.getInt(eocd + 16);
            for (int i = 0; i < entries; i++) {
                if (b.getInt(p) != 0x02014b50) {
                    throw new IOException("corrupt central directory at " + p);
                }
                int method = Short.toUnsignedInt(b.getShort(p + 10));
                int compressed = b.getInt(p + 20);
                int size = b.getInt(p + 24);
                int nameLength = Short.toUnsignedInt(b.getShort(p + 28));
                int skip = Short.toUnsignedInt(b.getShort(p + 30)) + Short.toUnsignedInt(b.getShort(p + 32));
                int local = b.getInt(p + 42);
                String name = new String(xlsx, p + 46, nameLength, StandardCharsets.UTF_8);
                p += 46 + nameLength + skip;
                if (compressed < 0 || size < 0) {
                    throw new IOException("zip64 entry not supported: " + name);
                }
                int data = local + 30 + Short.toUnsignedInt(b.getShort(local + 26))
                        + Short.toUnsignedInt(b.getShort(local + 28));
                byte[] content = method == ZipEntry.STORED ? Arrays.copyOfRange(xlsx, data, data + size)
                        : inflate(xlsx, data, compressed, size);
                if (name.equals("docProps/core.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    content = CREATED.matcher(xml)
                            .replaceFirst("<dcterms:created$1>1980-01-01T00:00:00Z</dcterms:created>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTimeLocal(EPOCH);
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException | DataFormatException e) {
            throw new IllegalStateException("cannot rewrite the workbook written by fastexcel", e);
        }
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] zip, int offset, int length, int size) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, offset, length);
            byte[] content = new byte[size];
            int n = 0;
            while (n < size && !inflater.finished()) {
                int k = inflater.inflate(content, n, size - n);
                if (k == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated entry");
                }
                n += k;
            }
            return content;
        } finally {
            inflater.end();
        }
    }
}

package org.actionplan.examples.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the records of a tab-separated or CSV table export into {@link TableRow}s.
 * <p>
 * Handles the quirks of real exports: cells spanning lines (records separated by blank lines, or CSV
 * quoting), a spacer cell after every real cell (realigning a row that has one extra empty cell and
 * reporting it), and a line range so that one table can be read out of a longer document. Nothing is
 * dropped silently: every realignment is reported as an {@link ImportIssue}.
 * This class is immutable and thread-safe.
 */
public final class TableReader {

    private TableReader() {
    }

    /**
     * The rows read and what the reader had to interpret. This class is immutable and thread-safe.
     *
     * @param rows  the non-blank records in source order, not null
     * @param issues  realignments and other remarks, not null
     */
    public record Result(List<TableRow> rows, List<ImportIssue> issues) {

        /**
         * Creates a result.
         *
         * @throws NullPointerException if a list is null
         */
        public Result {
            rows = List.copyOf(rows);
            issues = List.copyOf(issues);
        }
    }

    /**
     * Reads the lines of a UTF-8 text file.
     *
     * @param file  the file, not null
     * @return the physical lines (line {@code n} at index {@code n - 1}), never null
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<String> lines(Path file) {
        try {
            return splitLines(Files.readString(Objects.requireNonNull(file, "file must not be null"),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Splits a text into physical lines on {@code \n}, dropping a {@code \r} before it.
     *
     * @param text  the text, not null
     * @return the lines, never null
     */
    public static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : Objects.requireNonNull(text, "text must not be null").split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /**
     * Reads a whole text as a table.
     *
     * @param text  the text, not null
     * @param format  the format, not null
     * @return the rows and issues, never null
     */
    public static Result read(String text, TableFormat format) {
        List<String> lines = splitLines(text);
        return read(lines, 1, Math.max(1, lines.size()), format);
    }

    /**
     * Reads the table found on lines {@code firstLine..lastLine} (1-based, inclusive) of a document.
     *
     * @param lines  the document's physical lines, not null
     * @param firstLine  the first line of the table, 1-based
     * @param lastLine  the last line of the table, inclusive
     * @param format  the format, not null
     * @return the rows and issues, never null
     * @throws IllegalArgumentException if the range is outside the document
     */
    public static Result read(List<String> lines, int firstLine, int lastLine, TableFormat format) {
        Objects.requireNonNull(lines, "lines must not be null");
        Objects.requireNonNull(format, "format must not be null");
        if (lines.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        if (firstLine < 1 || lastLine > lines.size() || lastLine < firstLine) {
            throw new IllegalArgumentException("line range " + firstLine + "-" + lastLine
                    + " is outside the document (1-" + lines.size() + ")");
        }
        List<ImportIssue> issues = new ArrayList<>();
        List<TableRow> raw = format.quoted()
                ? quotedRecords(lines, firstLine, lastLine, format, issues)
                : plainRecords(lines, firstLine, lastLine, format);
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row : raw) {
            TableRow r = format.spacerCells() ? removeSpacers(row, issues) : row;
            if (!r.isBlank()) {
                rows.add(r);
            }
        }
        return new Result(rows, issues);
    }

    private static List<TableRow> plainRecords(List<String> lines, int first, int last, TableFormat format) {
        List<TableRow> rows = new ArrayList<>();
        String delimiter = String.valueOf(format.delimiter());
        int start = -1;
        StringBuilder record = new StringBuilder();
        for (int n = first; n <= last + 1; n++) {
            String line = n <= last ? lines.get(n - 1) : "";
            boolean ends = !format.blankLineRecords() || line.isBlank();
            if (!line.isBlank() || !format.blankLineRecords()) {
                if (n <= last) {
                    if (start < 0) {
                        start = n;
                    } else {
                        record.append('\n');
                    }
                    record.append(line);
                }
            }
            if (ends && start >= 0) {
                int end = format.blankLineRecords() ? n - 1 : n;
                rows.add(new TableRow(start, Math.max(start, Math.min(end, last)),
                        List.of(record.toString().split(java.util.regex.Pattern.quote(delimiter), -1))));
                start = -1;
                record.setLength(0);
            }
        }
        return rows;
    }

    private static List<TableRow> quotedRecords(List<String> lines, int first, int last, TableFormat format,
            List<ImportIssue> issues) {
        List<TableRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inQuotes = false;
        int start = first;
        for (int n = first; n <= last; n++) {
            String line = lines.get(n - 1);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inQuotes) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        inQuotes = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    inQuotes = true;
                } else if (c == format.delimiter()) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            if (inQuotes && n < last) {
                cell.append('\n');
                continue;
            }
            if (inQuotes) {
                issues.add(new ImportIssue(start, cells.size(), cell.toString(), "quoted cell is not closed"));
                inQuotes = false;
            }
            cells.add(cell.toString());
            cell.setLength(0);
            rows.add(new TableRow(start, n, cells));
            cells = new ArrayList<>();
            start = n + 1;
        }
        return rows;
    }

    private static TableRow removeSpacers(TableRow row, List<ImportIssue> issues) {
        List<String> fields = row.cells();
        List<String> cells = new ArrayList<>();
        int i = 0;
        while (i < fields.size()) {
            String real = fields.get(i);
            String spacer = i + 1 < fields.size() ? fields.get(i + 1) : "";
            if (!spacer.isBlank()) {
                if (real.isBlank()) {
                    issues.add(new ImportIssue(row.line(), cells.size(), "",
                            "extra empty cell at field " + i + " dropped; the row was realigned"));
                } else {
                    issues.add(new ImportIssue(row.line(), cells.size(), spacer,
                            "spacer field " + (i + 1) + " holds data; read as the next cell"));
                    cells.add(real);
                }
                i++;
                continue;
            }
            cells.add(real);
            i += 2;
        }
        return new TableRow(row.line(), row.lastLine(), cells);
    }
}

package org.actionplan.reporting;

import java.util.List;

import org.actionplan.core.Checks;
import org.actionplan.reporting.internal.CsvRenderer;
import org.actionplan.reporting.internal.HtmlRenderer;
import org.actionplan.reporting.internal.JsonRenderer;
import org.actionplan.reporting.internal.MarkdownRenderer;
import org.actionplan.reporting.internal.XlsxRenderer;

/**
 * The output formats of a report, each a pure function from a {@link Report} to files.
 * <p>
 * Every format escapes what it takes from the report for its own syntax and neutralises spreadsheet formulas in
 * text cells; the same report always gives the same bytes. See {@code docs/reporting.md} for each format's
 * layout.
 */
public enum ReportFormat {

    /** GitHub-flavoured Markdown: one {@code .md} file; charts appear as tables of their values. */
    MARKDOWN("md", "text/markdown; charset=UTF-8"),
    /** One self-contained HTML file: inline CSS, inline SVG charts, no scripts, no external requests. */
    HTML("html", "text/html; charset=UTF-8"),
    /**
     * RFC 4180 CSV, UTF-8 with a header row: one file per table and per chart. Without a byte-order mark unless
     * asked for with {@link #render(Report, boolean)}.
     */
    CSV("csv", "text/csv; charset=UTF-8"),
    /** The report model as JSON (see {@code docs/report-format.md}): one {@code .json} file. */
    JSON("json", "application/json"),
    /** An Excel workbook: one sheet per table and per chart, numbers as numbers with number formats. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /**
     * Returns the file-name extension, without the dot.
     *
     * @return the extension, never null
     */
    public String extension() {
        return extension;
    }

    /**
     * Returns the media type of the files.
     *
     * @return the media type, never null
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Renders a report.
     *
     * @param report  the report, not null
     * @return the files: exactly one, except for CSV which gives one per table and chart (none if the report has
     *         neither); never null
     */
    public List<RenderedFile> render(Report report) {
        return render(report, false);
    }

    /**
     * Renders a report, with CSV files for spreadsheet users when asked.
     * <p>
     * Excel reads a CSV file without a byte-order mark in the computer's legacy code page (Windows-1252 on most
     * Windows machines set up for Albanian or English), which garbles {@code ë} and {@code ç}; a file that starts
     * with the UTF-8 byte-order mark (the bytes {@code EF BB BF}) it reads as UTF-8. Programs that read CSV as
     * plain UTF-8 (Python's {@code csv} module without {@code utf-8-sig}, Apache Commons CSV without a
     * {@code BOMInputStream}, {@code cut} and {@code awk}) take the mark as part of the first column's name, so
     * {@link #render(Report)} writes none. The mark changes nothing else: the bytes after it are those of
     * {@link #render(Report)}. The other formats ignore the flag: HTML and XLSX state their encoding, JSON must
     * not start with a mark (RFC 8259) and Markdown tools do not expect one.
     *
     * @param report  the report, not null
     * @param csvByteOrderMark  whether each CSV file starts with the UTF-8 byte-order mark
     * @return the files, as for {@link #render(Report)}; never null
     */
    public List<RenderedFile> render(Report report, boolean csvByteOrderMark) {
        Checks.notNull(report, "report");
        if (this == CSV) {
            return CsvRenderer.render(report, mediaType, csvByteOrderMark);
        }
        byte[] bytes = switch (this) {
            case MARKDOWN -> MarkdownRenderer.render(report);
            case HTML -> HtmlRenderer.render(report);
            case JSON -> JsonRenderer.render(report);
            default -> XlsxRenderer.render(report);
        };
        return List.of(new RenderedFile(report.id() + "." + extension, mediaType, bytes));
    }

    /**
     * Renders a report to the bytes of its single file.
     *
     * @param report  the report, not null
     * @return the bytes, never null
     * @throws IllegalStateException if the format gives more or fewer than one file (CSV of a report that does
     *         not have exactly one table or chart)
     */
    public byte[] renderBytes(Report report) {
        List<RenderedFile> files = render(report);
        if (files.size() != 1) {
            throw new IllegalStateException(this + " gave " + files.size() + " files for report '" + report.id()
                    + "'; use render(report)");
        }
        return files.get(0).bytes();
    }
}

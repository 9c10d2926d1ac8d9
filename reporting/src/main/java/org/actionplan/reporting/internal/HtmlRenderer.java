package org.actionplan.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.owasp.encoder.Encode;

import org.actionplan.reporting.Block;
import org.actionplan.reporting.Chart;
import org.actionplan.reporting.Column;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportSection;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

/**
 * Renders a report as one self-contained HTML file: inline CSS (screen and A4 landscape print), charts as inline
 * SVG, no scripts, no external requests (a Content-Security-Policy meta element forbids both).
 * <p>
 * Every text and attribute value from the report goes through the OWASP Java Encoder ({@code forHtmlContent},
 * {@code forHtmlAttribute}); line breaks in texts become {@code <br>}. Text cells carry {@code dir="auto"} so that
 * right-to-left text cannot reorder its neighbours.
 */
public final class HtmlRenderer {

    static final String CSS = "*{box-sizing:border-box}"
            + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;"
            + "font-size:14px;line-height:1.4;color:#1b1b1b;margin:0 auto;padding:16px 24px;max-width:1400px}"
            + "h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.3em;margin:1.6em 0 .5em;border-bottom:1px solid #ccd}"
            + "h3{font-size:1.1em;margin:1.2em 0 .4em}.subtitle{color:#444;margin:0 0 1em}"
            + ".tw{overflow-x:auto;margin:.5em 0 1em}"
            + "table{border-collapse:collapse;width:100%;font-size:13px}"
            + "caption{text-align:left;font-weight:600;padding:.3em 0}"
            + "th,td{border:1px solid #c8ccd4;padding:4px 6px;vertical-align:top;text-align:left;"
            + "overflow-wrap:anywhere}td:first-child,th:first-child{min-width:5.5em}"
            + "th{background:#e9edf3;font-weight:600}th.n,td.n{text-align:right;white-space:nowrap;"
            + "font-variant-numeric:tabular-nums}"
            + "tr.group td{background:#f3f6fa;font-weight:600}tr.total td{font-weight:700;border-top:2px solid #667}"
            + ".tr{display:block;color:#555;font-style:italic}.note{color:#444;font-size:12px}"
            + ".notice{border-left:4px solid #0072b2;background:#eef6fc;padding:6px 10px;margin:.6em 0}"
            + ".notice.warning{border-color:#d55e00;background:#fdf1ea}"
            + ".notice.illustrative{border-color:#e69f00;background:#fff7e0;font-weight:600}"
            + "dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:.5em 0 1em}"
            + "dl.summary dt{font-weight:600}dl.summary dd{margin:0}"
            + "figure{margin:1em 0}figure svg{max-width:100%;height:auto}figcaption{font-size:12px;color:#444}"
            + "details{margin:.3em 0 1em}summary{cursor:pointer;color:#0b5394}"
            + "@page{size:A4 landscape;margin:12mm}"
            + "@media print{body{font-size:10pt;padding:0;max-width:none}.tw{overflow:visible}"
            + "table{font-size:8.5pt}thead{display:table-header-group}tr,figure,.notice{break-inside:avoid}"
            + "h2,h3{break-after:avoid}details>table{display:table}}";

    private final StringBuilder out = new StringBuilder(16384);
    private final Formats formats;
    private final Labels labels;
    private final SvgCharts charts;

    private HtmlRenderer(Report report) {
        this.formats = new Formats(report.locale());
        this.labels = Labels.of(report.locale());
        this.charts = new SvgCharts(out, formats, labels);
    }

    /**
     * Renders a report.
     *
     * @param report  the report, not null
     * @return the UTF-8 bytes, never null
     */
    public static byte[] render(Report report) {
        HtmlRenderer r = new HtmlRenderer(report);
        r.report(report);
        return r.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void report(Report report) {
        out.append("<!DOCTYPE html>\n<html lang=\"");
        attr(report.language());
        out.append("\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        text(report.title());
        out.append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>");
        multiline(report.title());
        out.append("</h1>\n");
        if (report.subtitle() != null) {
            out.append("<p class=\"subtitle\">");
            multiline(report.subtitle());
            out.append("</p>\n");
        }
        out.append("</header>\n<main>\n");
        for (ReportSection section : report.sections()) {
            out.append("<section>\n<h2>");
            multiline(section.title());
            out.append("</h2>\n");
            for (Block block : section.blocks()) {
                block(block);
            }
            out.append("</section>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
    }

    private void block(Block block) {
        if (block instanceof Block.Heading h) {
            out.append("<h3>");
            multiline(h.text());
            out.append("</h3>\n");
        } else if (block instanceof Block.Paragraph p) {
            out.append("<p>");
            multiline(p.text());
            out.append("</p>\n");
        } else if (block instanceof Block.Notice n) {
            out.append("<aside role=\"note\" class=\"notice ").append(n.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\"><strong>");
            text(labels.of(n.kind()));
            out.append(":</strong> ");
            multiline(n.text());
            out.append("</aside>\n");
        } else if (block instanceof Block.Summary s) {
            if (s.title() != null) {
                out.append("<h3>");
                multiline(s.title());
                out.append("</h3>\n");
            }
            out.append("<dl class=\"summary\">\n");
            for (Block.Entry e : s.entries()) {
                out.append("<dt>");
                multiline(e.label());
                out.append("</dt><dd");
                if (e.value() instanceof Value.Number) {
                    out.append(" class=\"n\"");
                }
                out.append('>');
                value(e.value(), true);
                out.append("</dd>\n");
            }
            out.append("</dl>\n");
        } else if (block instanceof Table t) {
            table(t);
        } else if (block instanceof Chart c) {
            out.append("<figure>\n");
            charts.chart(c);
            out.append("<figcaption>");
            multiline(c.description());
            out.append("</figcaption>\n<details><summary>");
            text(labels.get("chart.data"));
            out.append("</summary>\n");
            table(ChartTables.of(c, labels));
            out.append("</details>\n</figure>\n");
        }
    }

    private void table(Table t) {
        List<Column> columns = t.columns();
        out.append("<div class=\"tw\"><table id=\"");
        attr(t.id());
        out.append("\">\n<caption>");
        multiline(t.title());
        out.append("</caption>\n<thead><tr>");
        for (Column c : columns) {
            out.append(c.type().isNumeric() ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">");
            multiline(c.label());
            out.append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Row row : t.rows()) {
            out.append(switch (row.kind()) {
                case DATA -> "<tr>";
                case GROUP -> "<tr class=\"group\">";
                case TOTAL -> "<tr class=\"total\">";
            });
            List<Value> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                Value v = cells.get(i);
                if (v instanceof Value.Number) {
                    out.append("<td class=\"n\"");
                } else {
                    out.append("<td dir=\"auto\"");
                }
                if (i == 0 && row.level() > 0) {
                    out.append(" style=\"padding-left:").append(6 + 14 * row.level()).append("px\"");
                }
                out.append('>');
                value(v, false);
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
        if (t.note() != null) {
            out.append("<p class=\"note\">");
            multiline(t.note());
            out.append("</p>\n");
        }
    }

    private void value(Value v, boolean standalone) {
        if (v instanceof Value.Text t) {
            if (t.language() != null) {
                out.append("<span lang=\"");
                attr(t.language());
                out.append("\">");
                multiline(t.text());
                out.append("</span>");
            } else {
                multiline(t.text());
            }
            if (t.translation() != null) {
                out.append("<span class=\"tr\" lang=\"");
                attr(t.translationLanguage());
                out.append("\">");
                multiline(t.translation());
                out.append("</span>");
            }
        } else if (!(v instanceof Value.Empty)) {
            text(formats.plain(v, standalone));
        }
    }

    private void text(String s) {
        out.append(Encode.forHtmlContent(s));
    }

    private void attr(String s) {
        out.append(Encode.forHtmlAttribute(s));
    }

    /** Appends text with each line break as {@code <br>}. */
    private void multiline(String s) {
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(Encode.forHtmlContent(s.substring(start, i))).append("<br>");
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.append(Encode.forHtmlContent(start == 0 ? s : s.substring(start)));
    }
}

package org.actionplan.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.owasp.encoder.Encode;

import org.actionplan.reporting.Chart;
import org.actionplan.reporting.Value;

/**
 * Draws charts as inline SVG into an HTML document.
 * <p>
 * Each chart is an {@code <svg role="img">} with a {@code <title>} and a {@code <desc>} (the text alternative),
 * axis labels, tick labels and the value of every bar written beside it; every bar also has a {@code <title>}
 * (a tooltip) with its exact value. Pixel positions are computed in {@code double}: they are layout, not money.
 * Texts go through the OWASP encoder; ids are built only from the chart's validated id.
 */
final class SvgCharts {

    /** Colour-blind-safe palette (Okabe and Ito). */
    private static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
        "#F0E442", "#000000"};
    /** The font size of labels and of the small texts (ticks, values), in pixels. */
    private static final int FONT = 12;
    private static final int SMALL = 11;
    /** The room left and right of everything, and the bounds of the room given to category labels, in pixels. */
    private static final int MARGIN = 10;
    private static final int MIN_LABEL_WIDTH = 40;
    private static final int MAX_LABEL_WIDTH = 300;
    /** The distance between the items of a Gantt chart's legend, in pixels. */
    private static final int LEGEND_STEP = 150;

    private final StringBuilder out;
    private final Formats formats;
    private final Labels labels;

    SvgCharts(StringBuilder out, Formats formats, Labels labels) {
        this.out = out;
        this.formats = formats;
        this.labels = labels;
    }

    void chart(Chart chart) {
        if (chart instanceof Chart.Bars b) {
            bars(b);
        } else {
            gantt((Chart.Gantt) chart);
        }
    }

    // ---------------------------------------------------------------- bars

    private void bars(Chart.Bars b) {
        final int width = 760;
        int nSeries = b.series().size();
        int nCategories = b.categories().size();
        BigDecimal max = BigDecimal.ZERO;
        for (int c = 0; c < nCategories; c++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int s = 0; s < nSeries; s++) {
                BigDecimal v = b.series().get(s).values().get(c);
                sum = b.stacked() ? sum.add(v) : sum.max(v);
            }
            max = max.max(sum);
        }
        BigDecimal step = niceStep(max);
        BigDecimal axisMax = max.signum() == 0 ? step.multiply(BigDecimal.valueOf(4))
                : max.divide(step, 0, RoundingMode.CEILING).multiply(step);
        int decimals = Math.max(0, step.stripTrailingZeros().scale());

        // The category labels get the room their longest one needs (at most MAX_LABEL_WIDTH; longer ones wrap to
        // two lines and are cut with an ellipsis); the value labels right of the bars and the last tick label get
        // theirs; the plot takes the rest.
        double labelNeed = TextWidth.width(b.categoryAxis(), FONT, true);
        List<List<String>> lines = new ArrayList<>(nCategories);
        for (String category : b.categories()) {
            labelNeed = Math.max(labelNeed, TextWidth.width(oneLine(category), FONT, false));
        }
        int labelWidth = (int) Math.ceil(Math.min(MAX_LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, labelNeed)));
        boolean wrapped = false;
        for (String category : b.categories()) {
            List<String> l = TextWidth.wrap(oneLine(category), labelWidth, FONT, 2);
            wrapped |= l.size() > 1;
            lines.add(l);
        }
        final int labelRight = MARGIN + labelWidth;
        final int x0 = labelRight + 10;
        double valueNeed = TextWidth.width(formats.decimal(axisMax, decimals), SMALL, false) / 2;
        for (int c = 0; c < nCategories; c++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int s = 0; s < nSeries; s++) {
                valueNeed = Math.max(valueNeed, 4 + TextWidth.width(formats.cell(b.value(s, c)), SMALL, false));
                sum = sum.add(b.series().get(s).values().get(c));
            }
            if (b.stacked()) {
                valueNeed = Math.max(valueNeed, 4 + TextWidth.width(formats.cell(
                        new Value.Number(sum, b.valueType(), b.decimals(), b.currency())), SMALL, false));
            }
        }
        final int plotWidth = width - x0 - MARGIN - (int) Math.ceil(valueNeed);

        boolean legend = nSeries > 1;
        // Legend items flow left to right from the plot's left edge and wrap before the right margin.
        String[] legendText = new String[nSeries];
        int[] legendX = new int[nSeries];
        int[] legendY = new int[nSeries];
        int lx = x0;
        int ly = 36;
        for (int s = 0; s < nSeries; s++) {
            legendText[s] = TextWidth.fit(oneLine(b.series().get(s).name()), Math.min(MAX_LABEL_WIDTH,
                    width - x0 - MARGIN - 16), FONT, false);
            int itemWidth = 16 + (int) Math.ceil(TextWidth.width(legendText[s], FONT, false)) + 24;
            if (lx > x0 && lx + itemWidth > width - MARGIN) {
                lx = x0;
                ly += 18;
            }
            legendX[s] = lx;
            legendY[s] = ly;
            lx += itemWidth;
        }
        int top = legend ? ly + 32 : 48;
        int band = b.stacked() || nSeries == 1 ? (wrapped ? 34 : 28) : 8 + 18 * nSeries;
        int plotHeight = Math.max(band, band * nCategories);
        int height = top + plotHeight + 56;
        double scale = plotWidth / axisMax.doubleValue();

        open(b.id(), b.title(), b.description(), width, height);
        title(b.title(), width);
        if (legend) {
            for (int s = 0; s < nSeries; s++) {
                out.append("<rect x=\"").append(legendX[s]).append("\" y=\"").append(legendY[s])
                        .append("\" width=\"12\" height=\"12\" fill=\"").append(color(s)).append("\"/><text x=\"")
                        .append(legendX[s] + 16).append("\" y=\"").append(legendY[s] + 10).append("\">");
                text(legendText[s]);
                out.append("</text>\n");
            }
        }
        // Category axis label and gridlines with tick labels.
        out.append("<text x=\"").append(labelRight).append("\" y=\"").append(top - 6)
                .append("\" text-anchor=\"end\" font-weight=\"600\">");
        text(TextWidth.fit(oneLine(b.categoryAxis()), labelWidth, FONT, true));
        out.append("</text>\n");
        for (BigDecimal t = BigDecimal.ZERO; t.compareTo(axisMax) <= 0; t = t.add(step)) {
            int x = x0 + (int) Math.round(t.doubleValue() * scale);
            out.append("<line x1=\"").append(x).append("\" y1=\"").append(top).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(top + plotHeight).append("\" stroke=\"#d0d4da\"/>");
            out.append("<text x=\"").append(x).append("\" y=\"").append(top + plotHeight + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">");
            text(formats.decimal(t, decimals));
            out.append("</text>\n");
        }
        out.append("<line x1=\"").append(x0).append("\" y1=\"").append(top + plotHeight).append("\" x2=\"")
                .append(x0 + plotWidth).append("\" y2=\"").append(top + plotHeight).append("\" stroke=\"#333\"/>\n");
        out.append("<text x=\"").append(x0 + plotWidth / 2).append("\" y=\"").append(top + plotHeight + 40)
                .append("\" text-anchor=\"middle\" font-weight=\"600\">");
        text(TextWidth.fit(oneLine(b.valueAxis()), centred(x0 + plotWidth / 2, width), FONT, true));
        out.append("</text>\n");
        // Bars.
        for (int c = 0; c < nCategories; c++) {
            int y = top + c * band;
            List<String> label = lines.get(c);
            out.append("<g><title>");
            text(b.categories().get(c));
            out.append("</title>");
            int baseline = label.size() == 1 ? y + band / 2 + 4 : y + band / 2 - 2;
            for (String line : label) {
                out.append("<text x=\"").append(labelRight).append("\" y=\"").append(baseline)
                        .append("\" text-anchor=\"end\">");
                text(line);
                out.append("</text>");
                baseline += 13;
            }
            out.append("</g>\n");
            double x = x0;
            BigDecimal sum = BigDecimal.ZERO;
            for (int s = 0; s < nSeries; s++) {
                BigDecimal v = b.series().get(s).values().get(c);
                double w = v.doubleValue() * scale;
                int by = b.stacked() || nSeries == 1 ? y + band / 2 - 9 : y + 4 + 18 * s;
                out.append("<rect x=\"").append(px(x)).append("\" y=\"").append(by).append("\" width=\"")
                        .append(px(w)).append("\" height=\"").append(16).append("\" fill=\"").append(color(s))
                        .append("\"><title>");
                text(b.series().get(s).name() + ": " + formats.standalone(b.value(s, c)));
                out.append("</title></rect>\n");
                if (b.stacked()) {
                    x += w;
                    sum = sum.add(v);
                } else {
                    valueLabel(x0 + w + 4, by + 13, b.value(s, c));
                }
            }
            if (b.stacked()) {
                valueLabel(x + 4, y + band / 2 + 4,
                        new Value.Number(sum, b.valueType(), b.decimals(), b.currency()));
            }
        }
        out.append("</svg>\n");
    }

    private void valueLabel(double x, int y, Value.Number value) {
        out.append("<text x=\"").append(px(x)).append("\" y=\"").append(y).append("\" font-size=\"11\">");
        text(formats.cell(value));
        out.append("</text>\n");
    }

    /** A step of 1, 2 or 5 times a power of ten giving four to ten ticks up to the maximum. */
    static BigDecimal niceStep(BigDecimal max) {
        if (max.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal rough = max.divide(BigDecimal.valueOf(5), 12, RoundingMode.HALF_EVEN);
        int exponent = rough.precision() - rough.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal[] steps = {power, power.multiply(BigDecimal.valueOf(2)), power.multiply(BigDecimal.valueOf(5)),
            power.scaleByPowerOfTen(1)};
        for (BigDecimal s : steps) {
            if (s.compareTo(rough) >= 0) {
                return s;
            }
        }
        return power.scaleByPowerOfTen(1);
    }

    // ---------------------------------------------------------------- gantt

    private void gantt(Chart.Gantt g) {
        final int width = 900;
        final int top = 74;
        final int rowHeight = 22;
        List<Chart.Task> tasks = g.tasks();
        // Task labels get the room their longest one needs, at most MAX_LABEL_WIDTH; longer ones are cut with an
        // ellipsis (the row's tooltip keeps the whole text).
        double labelNeed = TextWidth.width(g.taskAxis(), FONT, true);
        for (Chart.Task t : tasks) {
            labelNeed = Math.max(labelNeed, TextWidth.width(oneLine(t.label()), FONT, false));
        }
        final int labelWidth = (int) Math.ceil(Math.min(MAX_LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, labelNeed)));
        final int labelRight = MARGIN + labelWidth;
        final int x0 = labelRight + 10;
        final int plotWidth = width - x0 - 20;
        int plotHeight = Math.max(rowHeight, rowHeight * tasks.size());
        int height = top + plotHeight + 64;
        long days = ChronoUnit.DAYS.between(g.from(), g.to()) + 1;
        double scale = (double) plotWidth / days;
        String id = g.id();

        open(id, g.title(), g.description(), width, height);
        out.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"8\" height=\"8\" "
                + "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" "
                + "fill=\"#cfe6f5\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#0072B2\" stroke-width=\"3\"/>"
                + "</pattern><linearGradient id=\"").append(id).append("-fade\"><stop offset=\"0\" "
                + "stop-color=\"#0072B2\"/><stop offset=\"1\" stop-color=\"#0072B2\" stop-opacity=\"0.1\"/>"
                + "</linearGradient></defs>\n");
        title(g.title(), width);
        out.append("<text x=\"").append(labelRight).append("\" y=\"").append(top - 8)
                .append("\" text-anchor=\"end\" font-weight=\"600\">");
        text(TextWidth.fit(oneLine(g.taskAxis()), labelWidth, FONT, true));
        out.append("</text>\n");
        // Year bands with quarter ticks.
        for (int year = g.from().getYear(); year <= g.to().getYear(); year++) {
            for (int q = 0; q < 4; q++) {
                LocalDate start = LocalDate.of(year, 1 + 3 * q, 1);
                if (start.isBefore(g.from()) || start.isAfter(g.to())) {
                    continue;
                }
                int x = x0 + (int) Math.round(ChronoUnit.DAYS.between(g.from(), start) * scale);
                out.append("<line x1=\"").append(x).append("\" y1=\"").append(q == 0 ? top - 22 : top)
                        .append("\" x2=\"").append(x).append("\" y2=\"").append(top + plotHeight)
                        .append(q == 0 ? "\" stroke=\"#888\"/>" : "\" stroke=\"#e1e4e8\"/>");
                out.append("<text x=\"").append(x + 3).append("\" y=\"").append(top - 4)
                        .append("\" font-size=\"10\" fill=\"#555\">").append(labels.get("chart.quarter", q + 1))
                        .append("</text>\n");
            }
            LocalDate yearStart = LocalDate.of(year, 1, 1).isBefore(g.from()) ? g.from() : LocalDate.of(year, 1, 1);
            LocalDate yearEnd = LocalDate.of(year, 12, 31).isAfter(g.to()) ? g.to() : LocalDate.of(year, 12, 31);
            int xm = x0 + (int) Math.round((ChronoUnit.DAYS.between(g.from(), yearStart)
                    + ChronoUnit.DAYS.between(yearStart, yearEnd) / 2.0) * scale);
            out.append("<text x=\"").append(xm).append("\" y=\"").append(top - 26)
                    .append("\" text-anchor=\"middle\" font-weight=\"600\">").append(year).append("</text>\n");
        }
        for (int i = 0; i < tasks.size(); i++) {
            Chart.Task t = tasks.get(i);
            int y = top + i * rowHeight;
            out.append("<g><title>");
            text(t.label() + " \u2014 " + t.when() + " (" + labels.of(t.style()) + ")");
            out.append("</title><text x=\"").append(labelRight).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\" font-size=\"12\">");
            text(TextWidth.fit(oneLine(t.label()), labelWidth, FONT, false));
            out.append("</text>");
            if (t.style() == Chart.TaskStyle.UNPLACED) {
                out.append("<text x=\"").append(x0 + 4).append("\" y=\"").append(y + 15)
                        .append("\" font-size=\"11\" font-style=\"italic\" fill=\"#a33\">");
                text(TextWidth.fit(oneLine(t.when()), plotWidth - 8, SMALL, false));
                out.append("</text></g>\n");
                continue;
            }
            LocalDate start = t.start().isBefore(g.from()) ? g.from() : t.start();
            LocalDate end = t.end().isAfter(g.to()) ? g.to() : t.end();
            double x = x0 + ChronoUnit.DAYS.between(g.from(), start) * scale;
            double w = Math.max(2, (ChronoUnit.DAYS.between(start, end) + 1) * scale);
            out.append("<rect x=\"").append(px(x)).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(px(w)).append("\" height=\"14\" rx=\"2\" ").append(style(id, t.style()))
                    .append("/></g>\n");
        }
        // Legend.
        int ly = top + plotHeight + 24;
        int lx = Math.min(x0, width - MARGIN - 4 * LEGEND_STEP);
        for (Chart.TaskStyle s : Chart.TaskStyle.values()) {
            if (s == Chart.TaskStyle.UNPLACED) {
                continue;
            }
            out.append("<rect x=\"").append(lx).append("\" y=\"").append(ly).append("\" width=\"24\" height=\"12\" ")
                    .append(style(id, s)).append("/><text x=\"").append(lx + 30).append("\" y=\"").append(ly + 11)
                    .append("\" font-size=\"11\">");
            text(TextWidth.fit(labels.of(s), LEGEND_STEP - 36, SMALL, false));
            out.append("</text>\n");
            lx += LEGEND_STEP;
        }
        out.append("<text x=\"").append(x0 + plotWidth / 2).append("\" y=\"").append(ly + 34)
                .append("\" text-anchor=\"middle\" font-weight=\"600\">");
        text(TextWidth.fit(oneLine(g.timeAxis()), centred(x0 + plotWidth / 2, width), FONT, true));
        out.append("</text>\n</svg>\n");
    }

    private static String style(String id, Chart.TaskStyle style) {
        return switch (style) {
            case EXACT -> "fill=\"#0072B2\"";
            case FUZZY -> "fill=\"#56B4E9\" fill-opacity=\"0.55\" stroke=\"#0072B2\" stroke-dasharray=\"4 3\"";
            case ONGOING -> "fill=\"url(#" + id + "-hatch)\" stroke=\"#0072B2\"";
            case OPEN -> "fill=\"url(#" + id + "-fade)\"";
            case UNPLACED -> "fill=\"none\" stroke=\"#a33\" stroke-dasharray=\"2 2\"";
        };
    }

    // ---------------------------------------------------------------- shared

    private void open(String id, String title, String description, int width, int height) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"12\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" id=\"").append(id).append("-chart\">\n")
                .append("<title id=\"").append(id).append("-title\">");
        text(title);
        out.append("</title>\n<desc id=\"").append(id).append("-desc\">");
        text(description);
        out.append("</desc>\n");
    }

    private void title(String title, int width) {
        out.append("<text x=\"").append(width / 2).append("\" y=\"20\" text-anchor=\"middle\" font-size=\"15\" "
                + "font-weight=\"600\">");
        text(TextWidth.fit(oneLine(title), width - 2 * MARGIN, 15, true));
        out.append("</text>\n");
    }

    private static String color(int series) {
        return PALETTE[series % PALETTE.length];
    }

    private void text(String s) {
        out.append(Encode.forHtmlContent(s.replace('\n', ' ').replace('\r', ' ')));
    }

    private static String px(double v) {
        if (v < 0) {
            return "-" + px(-v);
        }
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }

    /** The room of a text centred at x, inside the margins of a chart of the given width. */
    private static int centred(int x, int width) {
        return 2 * Math.min(x - MARGIN, width - MARGIN - x);
    }

    /** The text on one line: line breaks become spaces, as {@link #text(String)} writes them. */
    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }
}

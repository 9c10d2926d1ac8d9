package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.actionplan.reporting.Chart;
import org.actionplan.reporting.ColumnType;

class SvgChartsTests {

    @Test
    void ticksStepByOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(SvgCharts.niceStep(new BigDecimal("1000000"))).isEqualByComparingTo("200000");
        assertThat(SvgCharts.niceStep(new BigDecimal("730000"))).isEqualByComparingTo("200000");
        assertThat(SvgCharts.niceStep(new BigDecimal("100"))).isEqualByComparingTo("20");
        assertThat(SvgCharts.niceStep(new BigDecimal("90"))).isEqualByComparingTo("20");
        assertThat(SvgCharts.niceStep(new BigDecimal("0.8"))).isEqualByComparingTo("0.2");
        assertThat(SvgCharts.niceStep(new BigDecimal("3"))).isEqualByComparingTo("1");
        assertThat(SvgCharts.niceStep(BigDecimal.ZERO)).isEqualByComparingTo("1");
    }

    private static final String LONG_SQ = "ULJA E KËRCËNIMIT DHE NDIKIMIT TË KRIMIT TË ORGANIZUAR NË SHQIPËRI DHE RAJON";
    private static final String WIDE = "W".repeat(120);
    private static final String HOSTILE = "<script>alert(1)</script>\u202e\u0308 " + "\uD83D\uDE00".repeat(30) + " 中文标签";

    private static Document svg(Chart chart, Locale locale) {
        StringBuilder out = new StringBuilder();
        new SvgCharts(out, new Formats(locale), Labels.of(locale)).chart(chart);
        return Jsoup.parse(out.toString(), "", Parser.xmlParser());
    }

    private static Chart.Bars bars(boolean stacked, List<String> categories, String seriesName) {
        List<Chart.Series> series = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            List<BigDecimal> values = new ArrayList<>();
            for (int c = 0; c < categories.size(); c++) {
                values.add(new BigDecimal(171_758_088L * (c + 1) + s));
            }
            series.add(new Chart.Series(s == 0 ? seriesName : "Series " + s, values));
        }
        return new Chart.Bars("goals", WIDE, "Text alternative", stacked, seriesName, seriesName, ColumnType.MONEY, "ALL",
                0, categories, series);
    }

    /** Every text element's estimated extent, from its x, anchor, size and weight, lies inside the view box. */
    private static void assertTextsInsideTheViewBox(Document svg) {
        String[] viewBox = svg.selectFirst("svg").attr("viewBox").split(" ");
        double width = Double.parseDouble(viewBox[2]);
        Elements texts = svg.select("text");
        assertThat(texts).isNotEmpty();
        for (Element t : texts) {
            double x = Double.parseDouble(t.attr("x"));
            double size = t.hasAttr("font-size") ? Double.parseDouble(t.attr("font-size")) : 12;
            double w = TextWidth.width(t.text(), size, t.hasAttr("font-weight"));
            String anchor = t.attr("text-anchor");
            double left = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
            assertThat(left).as("left edge of '%s'", t.text()).isGreaterThanOrEqualTo(0);
            assertThat(left + w).as("right edge of '%s'", t.text()).isLessThanOrEqualTo(width);
        }
    }

    @Test
    void longCategoryLabelsWrapOrAreCutInsideTheChartAndKeepTheirWholeTextInATooltip() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("sq"))) {
            for (boolean stacked : List.of(true, false)) {
                List<String> categories = List.of(LONG_SQ, WIDE, HOSTILE, "2024");
                Document svg = svg(bars(stacked, categories, HOSTILE + WIDE), locale);
                assertTextsInsideTheViewBox(svg);
                Elements groups = svg.select("svg > g");
                assertThat(groups).hasSize(categories.size());
                for (int c = 0; c < categories.size(); c++) {
                    Element g = groups.get(c);
                    assertThat(g.selectFirst("title").text()).isEqualTo(categories.get(c));
                    Elements lines = g.select("text");
                    assertThat(lines).hasSizeBetween(1, 2);
                    String shown = String.join(" ", lines.eachText());
                    if (!shown.equals(categories.get(c))) {
                        assertThat(shown).endsWith("\u2026");
                    }
                }
                // 120 capital W are at least 120 x 0.989 em wide at 12 px in any common sans-serif font: far more
                // than the label room, so they must be cut, and what is shown must still start inside the chart.
                Element wide = groups.get(1).select("text").last();
                assertThat(wide.text()).endsWith("\u2026");
                double right = Double.parseDouble(wide.attr("x"));
                assertThat(right - (wide.text().length() - 1) * 12 * 0.989).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void shortCategoryLabelsLeaveTheRoomToThePlot() {
        Document svg = svg(bars(true, List.of("2024", "2025"), "Current"), Locale.ENGLISH);
        assertTextsInsideTheViewBox(svg);
        Element label = svg.selectFirst("svg > g > text");
        assertThat(Double.parseDouble(label.attr("x"))).isLessThan(100);
    }

    @Test
    void ganttLabelsAreCutInsideTheChartAndKeepTheirWholeTextInATooltip() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("sq"))) {
            Chart.Gantt gantt = new Chart.Gantt("plan", WIDE, "Text alternative", HOSTILE, LONG_SQ + WIDE,
                    LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), List.of(
                    new Chart.Task(LONG_SQ, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), Chart.TaskStyle.EXACT, "2024H1"),
                    new Chart.Task(WIDE, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), Chart.TaskStyle.ONGOING, "ongoing"),
                    new Chart.Task(HOSTILE, null, null, Chart.TaskStyle.UNPLACED, WIDE + HOSTILE)));
            Document svg = svg(gantt, locale);
            assertTextsInsideTheViewBox(svg);
            Elements groups = svg.select("svg > g");
            assertThat(groups.get(1).selectFirst("title").text()).startsWith(WIDE);
            assertThat(groups.get(1).selectFirst("text").text()).endsWith("\u2026");
        }
    }
}

package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.actionplan.reporting.Report;

class HtmlRendererTests {

    private static final Report SAMPLE = org.actionplan.reporting.SampleReportsAccess.everyBlock();

    private static Document render(Report r) {
        Document doc = Jsoup.parse(new String(HtmlRenderer.render(r), StandardCharsets.UTF_8));
        doc.outputSettings().prettyPrint(false);
        return doc;
    }

    @Test
    void documentIsSelfContainedAndPrintable() {
        String html = new String(HtmlRenderer.render(SAMPLE), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("@page{size:A4 landscape").contains("@media print")
                .doesNotContain("<script").doesNotContain("https://").doesNotContain("src=");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("//");
    }

    @Test
    void textsKeepTheirLanguageAndTranslationAndCellsIsolateDirection() {
        Document doc = render(SAMPLE);
        assertThat(doc.select("td[dir=auto] span[lang=sq]").first().text()).isEqualTo("Ministry of Justice");
        assertThat(doc.select("td span.tr[lang=en]").first().text()).isEqualTo("translated Ministry of Justice");
    }

    @Test
    void numbersAreRightAlignedAndRowKindsMarked() {
        Document doc = render(SAMPLE);
        assertThat(doc.select("table#amounts th.n")).hasSize(3);
        assertThat(doc.select("table#amounts tr.group")).hasSize(1);
        assertThat(doc.select("table#amounts tr.total td.n").first().text()).isEqualTo("1,234,567.88");
        assertThat(doc.select("table#amounts td[style]").first().attr("style")).isEqualTo("padding-left:20px");
    }

    @Test
    void chartsAreInlineSvgWithTitleDescriptionAxesAndValues() {
        Document doc = render(SAMPLE);
        assertThat(doc.select("figure > svg[role=img]")).hasSize(3);
        assertThat(doc.select("svg#funding-chart > title").text()).isEqualTo("Gap funding");
        assertThat(doc.select("svg#funding-chart > desc").text()).isEqualTo("Funding and gap per goal: Ministry of Justice");
        String svgText = doc.select("svg#funding-chart").text();
        assertThat(svgText).contains("Goal").contains("Amount (ALL)").contains("1,000,000").contains("150,000");
        assertThat(doc.select("svg#funding-chart rect title").eachText()).contains("Gap: 400,000 ALL");
        assertThat(doc.select("svg#rates-chart").text()).contains("72.5%").contains("35.0%");
        assertThat(doc.select("svg#gantt-chart rect[fill=url(#gantt-hatch)]")).isNotEmpty();
        assertThat(doc.select("svg#gantt-chart rect[stroke-dasharray]")).isNotEmpty();
        assertThat(doc.select("figure details table")).hasSize(3);
    }

    @Test
    void noticesAndSummariesAreMarkedUp() {
        Document doc = render(SAMPLE);
        assertThat(doc.select("aside.notice.illustrative").text()).isEqualTo("Illustrative data: Ministry of Justice");
        assertThat(doc.select("dl.summary dd.n").first().text()).isEqualTo("1,000 ALL");
        assertThat(doc.select("section > p").first().html()).isEqualTo("Ministry of Justice<br>second line");
    }
}

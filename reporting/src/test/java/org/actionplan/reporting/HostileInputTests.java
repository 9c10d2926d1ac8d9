package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.actionplan.core.Plan;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
import org.actionplan.core.json.PlanJson;

/**
 * Every text field of the plan holds a hostile payload ({@link TestPlans#PAYLOADS}); every report in every format
 * must stay inert and well-formed, and must still show the payload as text.
 */
class HostileInputTests {

    static Stream<Arguments> reports() {
        Plan plan = TestPlans.hostile();
        List<Arguments> all = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("sq"))) {
            ReportOptions options = ReportOptions.of(locale);
            all.add(Arguments.of(Reports.actionPlan(plan, options)));
            all.add(Arguments.of(Reports.responsibilityMatrix(plan, options)));
            all.add(Arguments.of(Reports.timeline(plan, options)));
            all.add(Arguments.of(Reports.costingSummary(PlanCosts.of(plan), GapConvention.COST_MINUS_FUNDING, options)));
            all.add(Arguments.of(TestMonitoring.progress(plan, options, TestPlans.PAYLOADS.get(1))));
            all.add(Arguments.of(TestPlans.audit(TestPlans.auditedHostile(), options)));
        }
        all.add(Arguments.of(SampleReports.everyBlock(TestPlans.PAYLOADS.get(3), TestPlans.PAYLOADS.get(0))));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void htmlHasNoScriptOrHandlerAndShowsThePayloadAsText(Report report) {
        String html = new String(ReportFormat.HTML.renderBytes(report), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, img, iframe, object, embed, link, a, base, form")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'");
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
                assertThat(a.getValue()).doesNotContainIgnoringCase("javascript:");
            }
        }
        String text = doc.body().text();
        assertThat(TestPlans.PAYLOADS.stream().filter(p -> p.startsWith("<") || p.startsWith("\">"))
                .anyMatch(text::contains)).as("a markup payload shown as text").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void csvParsesBackWithInertCells(Report report) throws IOException {
        for (RenderedFile file : ReportFormat.CSV.render(report)) {
            String csv = new String(file.bytes(), StandardCharsets.UTF_8);
            try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
                List<CSVRecord> records = parser.getRecords();
                assertThat(records).isNotEmpty();
                int width = records.get(0).size();
                for (CSVRecord r : records) {
                    assertThat(r.size()).as("%s record %d", file.name(), r.getRecordNumber()).isEqualTo(width);
                    for (String cell : r) {
                        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                            assertThat(isNumber(cell)).as("cell '%s' in %s could run as a formula", cell, file.name())
                                    .isTrue();
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void markdownKeepsEveryTableRowItsColumnCountAndWritesNoHtmlButBreaks(Report report) {
        String md = new String(ReportFormat.MARKDOWN.renderBytes(report), StandardCharsets.UTF_8);
        int expected = -1;
        for (String line : md.split("\n", -1)) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            int pipes = unescapedPipes(line);
            if (expected < 0) {
                expected = pipes;
            }
            assertThat(pipes).as("pipes in row: %s", line.length() > 200 ? line.substring(0, 200) : line)
                    .isEqualTo(expected);
        }
        for (int i = md.indexOf('<'); i >= 0; i = md.indexOf('<', i + 1)) {
            boolean escaped = i > 0 && md.charAt(i - 1) == '\\' && (i < 2 || md.charAt(i - 2) != '\\');
            assertThat(escaped || md.startsWith("<br>", i)).as("raw '<' at %d: %s", i,
                    md.substring(i, Math.min(md.length(), i + 30))).isTrue();
        }
        for (String line : md.split("\n")) {
            assertThat(line).doesNotStartWith("    ").doesNotStartWith("\t");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void xlsxHasNoFormulaAndNoTextThatStartsOne(Report report) throws IOException {
        byte[] bytes = ReportFormat.XLSX.renderBytes(report);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
                    for (Cell cell : row) {
                        if (cell == null) {
                            continue;
                        }
                        assertThat(cell.getType()).isNotEqualTo(CellType.FORMULA);
                        assertThat(cell.getFormula()).isNull();
                        if (cell.getType() == CellType.STRING) {
                            String text = cell.asString();
                            assertThat(text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0)
                                    .as("text cell '%s'", text).isTrue();
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void jsonReadsBackToTheSameReport(Report report) {
        String json = new String(ReportFormat.JSON.renderBytes(report), StandardCharsets.UTF_8);
        assertThat(PlanJson.read(json, Report.class)).isEqualTo(report);
    }

    static int unescapedPipes(String line) {
        int count = 0;
        int backslashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '|' && backslashes % 2 == 0) {
                count++;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return count;
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

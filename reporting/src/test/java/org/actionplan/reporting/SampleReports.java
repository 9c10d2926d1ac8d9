package org.actionplan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Hand-built reports that use every block, column type and chart style, for renderer tests. */
final class SampleReports {

    private SampleReports() {
    }

    static Report everyBlock() {
        return everyBlock("Gap", "Ministry of Justice");
    }

    /**
     * A report with every kind of block.
     *
     * @param label  a text used for labels and titles
     * @param text  a text used in paragraphs and cells
     */
    static Report everyBlock(String label, String text) {
        return everyBlock(label, text, "en");
    }

    /**
     * A report with every kind of block, in a language.
     *
     * @param label  a text used for labels and titles
     * @param text  a text used in paragraphs and cells
     * @param language  the report language
     */
    static Report everyBlock(String label, String text, String language) {
        Table table = new Table("amounts", label + " table", List.of(
                Column.of("name", label, ColumnType.TEXT),
                Column.of("cost", "Cost (ALL)", ColumnType.MONEY),
                Column.of("share", "Share", ColumnType.PERCENT),
                Column.of("count", "Count", ColumnType.NUMBER),
                Column.of("due", "Due", ColumnType.DATE)), List.of(
                Row.group(0, Value.text("Goal 1"), Value.empty(), Value.empty(), Value.empty(), Value.empty()),
                Row.data(1, new Value.Text(text, "sq", "translated " + text, "en"),
                        Value.money(new BigDecimal("1234567.885"), "ALL", 2), Value.percent(new BigDecimal("12.25"), 1),
                        Value.count(-3), Value.date(LocalDate.of(2024, 3, 5))),
                Row.data(1, Value.text("-5 unquantified"), Value.text("not quantified"), Value.empty(),
                        Value.number(new BigDecimal("0.5"), 2), Value.empty()),
                Row.total(0, Value.text("Total"), Value.money(new BigDecimal("1234567.885"), "ALL", 2),
                        Value.percent(new BigDecimal("100"), 1), Value.count(-3), Value.empty())),
                "Note: " + text);
        Chart.Bars stacked = new Chart.Bars("funding", label + " funding", "Funding and gap per goal: " + text, true,
                "Goal", "Amount (ALL)", ColumnType.MONEY, "ALL", 0, List.of("Goal 1", text),
                List.of(new Chart.Series("Funded", List.of(new BigDecimal("600000"), new BigDecimal("150000"))),
                        new Chart.Series("Gap", List.of(new BigDecimal("400000"), BigDecimal.ZERO))));
        Chart.Bars grouped = new Chart.Bars("rates", "Rates", "Implementation rate per objective", false,
                "Objective", "Rate (%)", ColumnType.PERCENT, null, 1, List.of("1.1", "1.2"),
                List.of(new Chart.Series("2024", List.of(new BigDecimal("72.5"), new BigDecimal("0.4"))),
                        new Chart.Series("2025", List.of(new BigDecimal("90"), new BigDecimal("35")))));
        Chart.Gantt gantt = new Chart.Gantt("gantt", "Timeline", "Four tasks", "Year", "Activity",
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), List.of(
                new Chart.Task(text, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), Chart.TaskStyle.EXACT, "2024H1"),
                new Chart.Task("1.2", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 8, 31), Chart.TaskStyle.FUZZY, "mid 2024"),
                new Chart.Task("1.3", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), Chart.TaskStyle.ONGOING, "ongoing"),
                new Chart.Task("1.4", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Chart.TaskStyle.OPEN, "from 2025"),
                new Chart.Task("1.5", null, null, Chart.TaskStyle.UNPLACED, text)));
        return new Report("every-block", label + " report", text, language, List.of(
                ReportSection.of(label + " section",
                        new Block.Heading(label + " heading"),
                        new Block.Paragraph(text + "\nsecond line"),
                        new Block.Notice(Block.NoticeKind.ILLUSTRATIVE, text),
                        new Block.Summary(label, List.of(
                                new Block.Entry("Total", Value.money(new BigDecimal("1000"), "ALL", 0)),
                                new Block.Entry("Rate", Value.percent(new BigDecimal("72.5"), 1)),
                                new Block.Entry(label, Value.text(text)))),
                        table),
                ReportSection.of("Charts", stacked, grouped, gantt)));
    }
}

package org.actionplan.examples.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;
import org.actionplan.costing.AuditFinding;
import org.actionplan.scoring.PeriodScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example program so that none of them can rot. */
class ExampleProgramsTests {

    private static String printed(Consumer<PrintStream> program) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            program.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void buildPlanInCodeCostsItsOneActivityAndWritesJsonThatReadsBack() {
        Plan[] plan = new Plan[1];
        String out = printed(o -> plan[0] = BuildPlanInCode.run(o));
        // 2024: 1,200,000 current; 2025: 800,000 current + 500,000 capital; one funding line of 1,200,000
        assertThat(out).startsWith("Plan my-plan: cost 2500000.00 ALL, funded 1200000.00 ALL");
        String json = out.substring(out.indexOf('{'));
        assertThat(PlanJson.read(json)).isEqualTo(plan[0]);
    }

    @Test
    void loadAndValidateFindsTheReviewedWarningsAndNoErrors() {
        String out = printed(LoadAndValidate::run);
        // the reviewed expected findings (expected-findings/albania-nap-2024-2025.tsv) are 19 warnings
        assertThat(out).contains("albania-nap-2024-2025: 19 findings {WARNING=19}").contains("errors 0, warnings 19");
        assertThat(out).containsPattern("SIGMA quality score [0-5]/5");
    }

    @Test
    void costAndGapByGoalPrintsTheSummaryTableFiguresInAllAndEur() {
        String out = printed(CostAndGapByGoal::run);
        // seed 004 line 1645: total 276,515,418 (EUR 2,513,777), gap (69,582,000); 69,582,000 / 110 = 632,563.6
        assertThat(out).contains("rate: 110 ALL per EUR")
                .contains("plan: cost 276,515,418 ALL (2,513,777 EUR), gap 69,582,000 ALL (632,564 EUR)");
        // line 1393: goal I gap 3,340,000 (/110 = 30,363.6); line 1569: goal III 52,268,000 (/110 = 475,163.6);
        // goal II is the rest: 69,582,000 - 3,340,000 - 52,268,000 = 13,974,000 (/110 = 127,036.4)
        List<String> goals = out.lines().filter(l -> l.startsWith("goal ")).toList();
        assertThat(goals).hasSize(3);
        assertThat(goals.get(0)).endsWith(": gap 3,340,000 ALL (30,364 EUR)");
        assertThat(goals.get(1)).endsWith(": gap 13,974,000 ALL (127,036 EUR)");
        assertThat(goals.get(2)).endsWith(": gap 52,268,000 ALL (475,164 EUR)");
    }

    @Test
    void auditPublishedFiguresCountsEveryFigureAndListsTheCapitalShareMismatch() {
        @SuppressWarnings("unchecked")
        List<AuditFinding>[] findings = new List[1];
        String out = printed(o -> findings[0] = AuditPublishedFigures.run(o));
        Matcher m = Pattern.compile("^(\\d+) figures audited: \\{(.*)\\}$", Pattern.MULTILINE).matcher(out);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("1406");
        int sum = 0;
        for (String count : m.group(2).split(", ")) {
            sum += Integer.parseInt(count.substring(count.indexOf('=') + 1));
        }
        assertThat(sum).isEqualTo(1406);
        // PJESA IV line 267 prints a capital share of 8.0%; 23,000,000 of 276,515,418 is 8.318%
        assertThat(findings[0]).anyMatch(f -> f.verdict() == AuditFinding.Verdict.MISMATCH
                && f.figure().id().equals("prose/plan/capital-share"));
        assertThat(out.lines().filter(l -> l.startsWith("MISMATCH "))).hasSizeBetween(1, 3);
    }

    @Test
    void scoreMonitoringGivesTheSameSecondHalfOf2024AsTheCommandLine() {
        PeriodScore[] score = new PeriodScore[1];
        String out = printed(o -> score[0] = ScoreMonitoring.run(o));
        var rate = score[0].implementation();
        assertThat(out).contains("NOTE: illustrative monitoring data: true")
                .contains("2024H2: " + rate.achieved() + " of " + rate.counted() + " due activities achieved, "
                        + rate.unreported() + " unreported");
        assertThat(rate.counted()).isPositive();
        assertThat(rate.achieved()).isBetween(0, rate.counted());
        // the command line scores the same period from all three bundled reports: later reports do not change it
        String cli = cliScore();
        assertThat(cli).contains("2024H2: implementation rate").contains("(" + rate.achieved() + " of " + rate.counted()
                + " due activities achieved; " + rate.unreported() + " unreported)");
    }

    private static String cliScore() {
        java.io.StringWriter out = new java.io.StringWriter();
        int code = org.actionplan.examples.cli.ActionPlan.run(new java.io.PrintWriter(out),
                new java.io.PrintWriter(new java.io.StringWriter()), "score");
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void generateReportWritesTheCostingSummaryHtml(@TempDir Path dir) throws Exception {
        Path[] file = new Path[1];
        String out = printed(o -> file[0] = GenerateReport.run(o, dir.resolve("reports")));
        assertThat(file[0]).isNotEmptyFile().hasParent(dir.resolve("reports"));
        assertThat(file[0].toString()).endsWith(".html");
        assertThat(out).startsWith("wrote " + file[0]);
        assertThat(Files.readString(file[0])).contains("276,515,418");
    }

    @Test
    void theUserCostingRuleHoldsOverGeneratedPlans() {
        String out = printed(o -> assertThat(UserCostingRuleProperty.run(o, 40, 7L)).isZero());
        assertThat(out).isEqualTo("40 generated plans checked (seed 7): 40 kept the rule, 0 broke it" + System.lineSeparator());
    }
}

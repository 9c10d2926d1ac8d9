package org.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.actionplan.core.Activity;
import org.actionplan.core.Code;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;

/**
 * Keeps README.md's Java snippets honest: the code between the {@code README} markers below is copied
 * verbatim into README.md's java blocks (in this order), and {@link #readmeShowsExactlyTheCodeTestedHere()}
 * fails if the two drift apart. The testkit module is used because it may depend on every module README shows.
 */
class ReadmeTests {

    @Test
    void quickStartBuildsWritesAndReadsAPlan() {
        // README quick start: begin
        Currency lek = Money.currency("ALL");
        Activity training = Activity.builder("1.1", LocalizedText.sqEn("Trajnim për mësuesit", "Training for teachers"))
                .code("1.1.")                                    // the code as printed; normalised to 1.1
                .timeframe(Timeframe.Dated.within("T2 2024", CalendarPeriod.quarter(2024, 2)))
                .cost(CostEstimate.of(lek,
                        Map.of(2024, YearCost.of(new BigDecimal("1200000"), BigDecimal.ZERO)),
                        List.of(FundingLine.of(FundingSourceKind.STATE_BUDGET_MTBP, 2024, EconomicCategory.CURRENT,
                                new BigDecimal("800000")))))
                .build();
        Plan plan = Plan.builder("my-plan", LocalizedText.sqEn("Plani i veprimit", "Action plan"), 2024, 2025, lek)
                .goal(Section.builder("1", SectionKind.GOAL, LocalizedText.sqEn("Parandalimi", "Prevention"))
                        .code("1").activity(training).build())
                .build();

        String json = PlanJson.write(plan);      // pretty, UTF-8, stable property order, amounts as plain decimals
        Plan back = PlanJson.read(json);         // strict: bad input throws PlanFormatException with line, column, path
        Activity read = back.activity("1.1").orElseThrow();
        System.out.println(read.code() + " costs " + read.cost().totalMoney());   // 1.1 costs ALL 1200000.00
        // README quick start: end

        assertThat(back).isEqualTo(plan);
        assertThat(read.code()).isEqualTo(Code.parse("1.1"));
        assertThat(read.rawCode()).isEqualTo("1.1.");
        assertThat(read.code() + " costs " + read.cost().totalMoney()).isEqualTo("1.1 costs ALL 1200000.00");
        assertThat(json).contains("\"current\": 1200000").endsWith("}\n");
    }

    @Test
    void generatedPlanSnippetGivesTheCountShown() {
        // README testkit: begin
        Plan generated = PlanGenerator.generate(new SplittableRandom(42), PlanShape.ofActivities(1_000).withPeriod(2024, 2026));
        System.out.println(generated.allActivities().size() + " activities");   // 1000 activities
        // README testkit: end

        assertThat(generated.allActivities()).hasSize(1000);
        assertThat(generated.lastYear()).isEqualTo(2026);
    }

    @Test
    void readmeShowsExactlyTheCodeTestedHere() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<String> source = Files.readAllLines(Path.of("src", "test", "java", "org", "actionplan", "testkit",
                "ReadmeTests.java"), StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        int from = 0;
        while ((from = readme.indexOf("```java\n", from)) >= 0) {
            int start = from + "```java\n".length();
            int end = readme.indexOf("```", start);
            blocks.add(readme.substring(start, end));
            from = end + 3;
        }
        assertThat(blocks).containsExactly(snippet(source, "quick start"), snippet(source, "testkit"));
        assertThat(readme).contains("mvn -B -ntp verify").contains("<!-- main job -->").contains("docs/plan-format.md");
        for (String module : List.of("core", "testkit", "costing", "scoring", "reporting", "examples", "benchmarks", "bom")) {
            assertThat(readme).contains("| `" + module + "` | `actionplan-" + module + "` |");
        }
        String ci = Files.readString(Path.of("..", ".ci", "run"), StandardCharsets.UTF_8);
        assertThat(ci).contains("\nmvn -B -ntp verify\n");
    }

    /** The lines between a snippet's markers, with the method body's indentation removed. */
    private static String snippet(List<String> source, String name) {
        int begin = source.indexOf("        // README " + name + ": begin");
        int end = source.indexOf("        // README " + name + ": end");
        assertThat(begin).as("markers of %s", name).isNotNegative().isLessThan(end);
        StringBuilder sb = new StringBuilder();
        for (String line : source.subList(begin + 1, end)) {
            sb.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
        }
        return sb.toString();
    }
}

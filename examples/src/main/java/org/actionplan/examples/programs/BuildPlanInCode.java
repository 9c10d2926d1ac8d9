package org.actionplan.examples.programs;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.actionplan.core.Activity;
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
import org.actionplan.costing.PlanCosts;

/** Builds a small plan with the core builders, costs it and writes it as JSON. */
public final class BuildPlanInCode {

    private BuildPlanInCode() {
    }

    /**
     * Runs the example.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Builds the plan and prints its cost and its JSON.
     *
     * @param out  where to print, not null
     * @return the plan built, never null
     */
    public static Plan run(PrintStream out) {
        // One activity costed in two years: current and capital cost per year, and one funding line.
        Activity training = Activity.builder("1.1.1.1", LocalizedText.sqEn("Trajnim i policisë", "Police training"))
                .code("1.1.1.1")
                .cost(CostEstimate.of(Money.currency("ALL"),
                        Map.of(2024, YearCost.of(new BigDecimal("1200000"), BigDecimal.ZERO),
                                2025, YearCost.of(new BigDecimal("800000"), new BigDecimal("500000"))),
                        List.of(FundingLine.of(FundingSourceKind.STATE_BUDGET_MTBP, 2024, EconomicCategory.CURRENT,
                                new BigDecimal("1200000")))))
                .build();
        // Sections nest goal > objective > measure; activities hang on the measure.
        Section measure = Section.builder("1.1.1", SectionKind.MEASURE, LocalizedText.sqEn("Kapacitetet", "Capacity"))
                .code("1.1.1").activity(training).build();
        Section objective = Section.builder("1.1", SectionKind.OBJECTIVE, LocalizedText.sqEn("Hetimi", "Investigation"))
                .code("1.1").child(measure).build();
        Section goal = Section.builder("I", SectionKind.GOAL, LocalizedText.sqEn("Ndjekja penale", "Prosecution"))
                .code("I").child(objective).build();
        Plan plan = Plan.builder("my-plan", LocalizedText.sqEn("Plani im", "My plan"), 2024, 2025, Money.currency("ALL"))
                .languages("sq", "en").goal(goal).build();

        var root = PlanCosts.of(plan).tree().root();
        out.println("Plan " + plan.id() + ": cost " + root.cost().amount().toPlainString() + " ALL, funded "
                + root.funding().amount().toPlainString() + " ALL");
        out.println(PlanJson.write(plan));
        return plan;
    }
}

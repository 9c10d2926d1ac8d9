package org.actionplan.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.actionplan.core.indicator.Baseline;
import org.actionplan.core.indicator.Comparator;
import org.actionplan.core.indicator.Direction;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.IndicatorType;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.indicator.Target;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.institution.InstitutionKind;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.ExchangeRate;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;

/** A small hand-built plan using every construct of the model, shared by the core tests. */
public final class SamplePlans {

    private SamplePlans() {
    }

    /**
     * Returns the sample plan.
     *
     * @return the plan
     */
    public static Plan small() {
        Indicator indicator = Indicator.of("ind-1", LocalizedText.sqEn("Numri i hetimeve", "Number of investigations"),
                IndicatorType.NUMBER, Direction.INCREASE,
                new Baseline(CalendarPeriod.year(2023), new IndicatorValue.NumberValue(new BigDecimal("50")), "50"),
                List.of(new Target(CalendarPeriod.year(2024), Comparator.AT_LEAST, new IndicatorValue.NumberValue(new BigDecimal("60")), "60"),
                        new Target(CalendarPeriod.year(2025), Comparator.INCREASE, null, "Rritës")));
        Activity a1 = Activity.builder("1.1.1.1", LocalizedText.of("sq", "Studim për kuadrin ligjor"))
                .code("1.1.1.1")
                .indicator(indicator)
                .responsibility(new Responsibility("MB", "MD, PP", List.of(
                        new Assignment("MB", "MB", Role.LEAD), new Assignment("MD", "MD", Role.SUPPORTING),
                        new Assignment(null, "PP", Role.SUPPORTING))))
                .timeframe(new Timeframe.Dated("2024 - 2025", CalendarPeriod.year(2024), CalendarPeriod.year(2025)))
                .cost(CostEstimate.of(Money.currency("ALL"),
                        Map.of(2024, new YearCost(new BigDecimal("1000000"), BigDecimal.ZERO, new BigDecimal("1000000")),
                                2025, YearCost.of(new BigDecimal("500000.50"), new BigDecimal("250000"))),
                        List.of(FundingLine.of(FundingSourceKind.STATE_BUDGET_MTBP, 2024, EconomicCategory.CURRENT, new BigDecimal("400000")))))
                .budgetProgram("10430", "10430 Përkujdesi Social")
                .source(SourceRef.of("004", "costing", 1341))
                .build();
        Activity a2 = Activity.builder("1.1.1.2", LocalizedText.sqEn("Fushatë ndërgjegjësimi", "Awareness campaign"))
                .code("1.1.1.2.")
                .timeframe(new Timeframe.Ongoing("Në vazhdimësi"))
                .timeframe(new Timeframe.Unparsed("vazhdimet e", "no rule matches"))
                .timeframe(new Timeframe.Recurring("deri në mars të çdo viti", java.time.Month.MARCH, CalendarPeriod.year(2024)))
                .cost(CostEstimate.unquantified(Money.currency("ALL"), "donatorë",
                        List.of(FundingLine.unquantified(FundingSourceKind.FOREIGN, "donatorë"))))
                .lifecycle(null, LocalDate.of(2025, 3, 1))
                .subActivity(Activity.builder("1.1.1.2.1", LocalizedText.of("sq", "Nënveprimtari")).code("1.1.1.2.1").build())
                .build();
        Section measure = Section.builder("1.1.1", SectionKind.MEASURE, LocalizedText.of("sq", "Rishikimi i kuadrit ligjor"))
                .code("1.1.1").label("Masë prioritare").activity(a1).activity(a2).build();
        Section objective = Section.builder("1.1", SectionKind.OBJECTIVE, LocalizedText.of("sq", "Goditja e trafiqeve"))
                .code("1.1").child(measure).build();
        Section goal = Section.builder("I", SectionKind.GOAL, LocalizedText.sqEn("Ulja e kërcënimit", "Reducing the threat"))
                .code("I").child(objective).weight(new BigDecimal("2")).build();
        return Plan.builder("sample", LocalizedText.sqEn("Plan shembull", "Sample plan"), 2024, 2025, Money.currency("ALL"))
                .jurisdiction("AL").languages("sq", "en")
                .vision(LocalizedText.of("sq", "Një shoqëri pa trafikim"))
                .relation(new PlanRelation(RelationKind.PARENT_STRATEGY, "strategy-2021-2025", null, null))
                .level(new LevelDefinition(SectionKind.GOAL, LocalizedText.sqEn("Qëllimi i Politikës", "Policy goal")))
                .level(new LevelDefinition(null, LocalizedText.sqEn("Aktiviteti", "Activity")))
                .goal(goal)
                .institution(Institution.of("MB", LocalizedText.sqEn("Ministria e Brendshme", "Ministry of Interior"), InstitutionKind.MINISTRY))
                .institution(Institution.of("MD", LocalizedText.sqEn("Ministria e Drejtësisë", "Ministry of Justice"), InstitutionKind.MINISTRY))
                .budgetProgram(new BudgetProgram("10430", LocalizedText.of("sq", "Përkujdesi Social"), null, "10430 Perkujdesi Social"))
                .exchangeRate(new ExchangeRate(Money.currency("EUR"), Money.currency("ALL"), new BigDecimal("110"),
                        null, "PKV 2024-2025, line 255"))
                .declaredFigure(new DeclaredFigure("total", Metric.COST, DeclaredFigure.PLAN_SCOPE, null, null, null,
                        "ERROR:#REF!", null, "ALL", SourceRef.of("004", "costing", 1573), null))
                .adoptedOn(LocalDate.of(2024, 1, 31))
                .note("illustrative")
                .build();
    }
}

package org.actionplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.actionplan.core.Activity;
import org.actionplan.core.BudgetProgram;
import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Metric;
import org.actionplan.core.Plan;
import org.actionplan.core.SamplePlans;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.SourceRef;
import org.actionplan.core.indicator.Comparator;
import org.actionplan.core.indicator.Direction;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.IndicatorType;
import org.actionplan.core.indicator.Target;
import org.actionplan.core.institution.Abbreviation;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.institution.InstitutionKind;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;

class PlanValidatorTests {

    private static Indicator indicator(String id, int targetYear) {
        return Indicator.of(id, LocalizedText.of("sq", "Numri i trajnimeve"), IndicatorType.NUMBER, Direction.INCREASE,
                null, List.of(new Target(CalendarPeriod.year(targetYear), Comparator.AT_LEAST, null, "10")));
    }

    private static CostEstimate cost(String currency, int... years) {
        Map<Integer, YearCost> map = new java.util.TreeMap<>();
        for (int y : years) {
            map.put(y, new YearCost(new BigDecimal("100"), new BigDecimal("50"), new BigDecimal("150")));
        }
        return CostEstimate.of(Money.currency(currency), map, List.of(
                FundingLine.of(FundingSourceKind.STATE_BUDGET_MTBP, years[0], EconomicCategory.CURRENT,
                        new BigDecimal("100"))));
    }

    private static Activity.Builder activity(String id, String code) {
        return Activity.builder(id, LocalizedText.of("sq", "Aktivitet " + code)).code(code)
                .indicator(indicator("ind-" + id, 2025))
                .responsibility(new Responsibility("MB, MD", null, List.of(new Assignment("MB", "MB", Role.LEAD),
                        new Assignment("MD", "MD", Role.CO_RESPONSIBLE))))
                .timeframe(new Timeframe.Dated("2024-2025", CalendarPeriod.year(2024), CalendarPeriod.year(2025)))
                .cost(cost("ALL", 2024, 2025))
                .budgetProgram("10430", "10430 Përkujdesi Social");
    }

    /** A plan with no defect: no finding at all, SIGMA 5. */
    static Plan clean() {
        return build(UnaryOperator.identity(), UnaryOperator.identity(), UnaryOperator.identity());
    }

    static Plan build(UnaryOperator<Activity.Builder> first, UnaryOperator<Section.Builder> objective,
            UnaryOperator<Plan.Builder> plan) {
        Section obj = objective.apply(Section.builder("o-1-1", SectionKind.OBJECTIVE, LocalizedText.of("sq", "Objektivi"))
                .code("1.1").indicator(indicator("ind-o", 2025))
                .activity(first.apply(activity("a-1", "1.1.1")).build())
                .activity(activity("a-2", "1.1.2").build())).build();
        Section goal = Section.builder("g-1", SectionKind.GOAL, LocalizedText.of("sq", "Qëllimi")).code("1").child(obj)
                .build();
        return plan.apply(Plan.builder("test", LocalizedText.of("sq", "Plan"), 2024, 2025, Money.currency("ALL"))
                .jurisdiction("AL").languages("sq", "en").goal(goal)
                .institution(Institution.of("MB", LocalizedText.of("sq", "Ministria e Brendshme"), InstitutionKind.MINISTRY))
                .institution(Institution.of("MD", LocalizedText.of("sq", "Ministria e Drejtësisë"), InstitutionKind.MINISTRY))
                .budgetProgram(new BudgetProgram("10430", LocalizedText.of("sq", "Përkujdesi Social"), "MB", null))
                .declaredFigure(figure("total", DeclaredFigure.PLAN_SCOPE))
                .source(SourceRef.of("004", null, 1))
                .adoptedOn(LocalDate.of(2024, 1, 31))).build();
    }

    private static DeclaredFigure figure(String id, String scope) {
        return new DeclaredFigure(id, Metric.COST, scope, null, null, null, "600", new BigDecimal("600"), "ALL", null,
                null);
    }

    private static Plan activityPlan(UnaryOperator<Activity.Builder> change) {
        return build(change, UnaryOperator.identity(), UnaryOperator.identity());
    }

    private static Plan objectivePlan(UnaryOperator<Section.Builder> change) {
        return build(UnaryOperator.identity(), change, UnaryOperator.identity());
    }

    private static Plan planPlan(UnaryOperator<Plan.Builder> change) {
        return build(UnaryOperator.identity(), UnaryOperator.identity(), change);
    }

    private static Institution inst(String id, String parent) {
        return new Institution(id, LocalizedText.of("sq", id), List.of(), List.of(), InstitutionKind.AGENCY, parent,
                null);
    }

    private static YearCost yc(String current, String capital, String total) {
        return new YearCost(new BigDecimal(current), new BigDecimal(capital), new BigDecimal(total));
    }

    /** For each rule: a plan that triggers it, and a near miss that does not. */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("model.id-format", planPlan(p -> p.institution(inst("M B", null))),
                        planPlan(p -> p.institution(inst("M-B", null)))),
                Arguments.of("model.jurisdiction", planPlan(p -> p.jurisdiction("Albania")),
                        planPlan(p -> p.jurisdiction("XK"))),
                Arguments.of("model.language", planPlan(p -> p.languages("English")), planPlan(p -> p.languages("de"))),
                Arguments.of("id.duplicate", objectivePlan(o -> o.child(Section.builder("a-2", SectionKind.MEASURE,
                        LocalizedText.of("sq", "M")).code("1.1.9").build())),
                        objectivePlan(o -> o.child(Section.builder("m-9", SectionKind.MEASURE,
                        LocalizedText.of("sq", "M")).code("1.1.9").build()))),
                Arguments.of("institution.unknown", activityPlan(a -> a.responsibility(new Responsibility("X", null,
                        List.of(new Assignment("MX", "X", Role.LEAD))))),
                        activityPlan(a -> a.responsibility(new Responsibility("MD", null,
                        List.of(new Assignment("MD", "MD", Role.LEAD)))))),
                Arguments.of("budget-program.unknown", activityPlan(a -> a.budgetProgram("99999", "99999")),
                        activityPlan(a -> a.budgetProgram(null, "no programme printed"))),
                Arguments.of("cost.currency", activityPlan(a -> a.cost(cost("EUR", 2024))),
                        activityPlan(a -> a.cost(cost("ALL", 2024)))),
                Arguments.of("figure.unknown-scope", planPlan(p -> p.declaredFigure(figure("f2", "nowhere"))),
                        planPlan(p -> p.declaredFigure(figure("f2", "a-2")))),
                Arguments.of("code.duplicate", objectivePlan(o -> o.activity(activity("a-3", "1.1.1").build())),
                        objectivePlan(o -> o.activity(activity("a-3", "1.1.3").build()))),
                Arguments.of("code.not-extending-parent", objectivePlan(o -> o.activity(activity("a-3", "1.2.3").build())),
                        objectivePlan(o -> o.activity(activity("a-3", "1.1.3.").build()))),
                Arguments.of("code.numbering-gap", objectivePlan(o -> o.activity(activity("a-4", "1.1.4").build())),
                        objectivePlan(o -> o.activity(activity("a-3", "1.1.3").build()))),
                Arguments.of("activity.no-lead", activityPlan(a -> a.responsibility(new Responsibility("", "MB",
                        List.of(new Assignment("MB", "MB", Role.SUPPORTING))))),
                        activityPlan(a -> a.responsibility(new Responsibility("PP", null,
                        List.of(new Assignment(null, "PP", Role.LEAD)))))),
                Arguments.of("activity.no-timeframe", activityPlan(a -> a.timeframes(List.of())),
                        activityPlan(a -> a.timeframes(List.of(new Timeframe.Ongoing("Në vazhdimësi"))))),
                Arguments.of("activity.no-financing", activityPlan(a -> a.cost(null)),
                        activityPlan(a -> a.cost(CostEstimate.unquantified(Money.currency("ALL"), "donatorë",
                        List.of(FundingLine.unquantified(FundingSourceKind.FOREIGN, "donatorë")))))),
                Arguments.of("activity.no-indicator", build(a -> Activity.builder("a-1", LocalizedText.of("sq", "x"))
                        .code("1.1.1").responsibility(new Responsibility("MB", null, List.of(new Assignment("MB", "MB",
                        Role.LEAD)))).timeframe(new Timeframe.Ongoing("x")).cost(cost("ALL", 2024)),
                        UnaryOperator.identity(), UnaryOperator.identity()),
                        activityPlan(a -> a.indicator(indicator("ind-extra", 2024)))),
                Arguments.of("objective.no-indicator", planPlan(p -> p.goal(Section.builder("g-2", SectionKind.GOAL,
                        LocalizedText.of("sq", "G")).code("2").activity(activity("a-9", "2.1").build()).build())),
                        planPlan(p -> p.goal(Section.builder("g-2", SectionKind.GOAL, LocalizedText.of("sq", "G"))
                        .code("2").build()))),
                Arguments.of("timeframe.unparsed", activityPlan(a -> a.timeframe(new Timeframe.Unparsed("2008 -",
                        "dangling dash"))), activityPlan(a -> a.timeframe(new Timeframe.Ongoing("vazhdimesi")))),
                Arguments.of("timeframe.inverted", activityPlan(a -> a.timeframes(List.of(new Timeframe.Dated("x",
                        CalendarPeriod.year(2025), CalendarPeriod.year(2024))))),
                        activityPlan(a -> a.timeframes(List.of(new Timeframe.Dated("x",
                        CalendarPeriod.year(2025), CalendarPeriod.quarter(2025, 1)))))),
                Arguments.of("timeframe.outside-plan", activityPlan(a -> a.timeframes(List.of(new Timeframe.Dated(
                        "2023-2025", CalendarPeriod.year(2023), CalendarPeriod.year(2025))))),
                        activityPlan(a -> a.timeframes(List.of(new Timeframe.Dated("2024 –", CalendarPeriod.year(2024),
                        null))))),
                Arguments.of("target.outside-plan", activityPlan(a -> a.indicator(indicator("ind-x", 2026))),
                        activityPlan(a -> a.indicator(indicator("ind-x", 2024)))),
                Arguments.of("cost.year-outside-plan", activityPlan(a -> a.cost(cost("ALL", 2024, 2026))),
                        activityPlan(a -> a.cost(cost("ALL", 2025)))),
                Arguments.of("cost.year-outside-timeframe", activityPlan(a -> a.timeframes(List.of(
                        Timeframe.Dated.within("2024", CalendarPeriod.year(2024))))),
                        activityPlan(a -> a.timeframes(List.of(Timeframe.Dated.within("2024", CalendarPeriod.year(2024)),
                        new Timeframe.Ongoing("vazhdimesi"))))),
                Arguments.of("cost.total-mismatch", activityPlan(a -> a.cost(CostEstimate.of(Money.currency("ALL"),
                        Map.of(2024, yc("100", "50", "140")), List.of(FundingLine.unquantified(FundingSourceKind.STATE_BUDGET,
                        "PBA"))))),
                        activityPlan(a -> a.cost(CostEstimate.of(Money.currency("ALL"),
                        Map.of(2024, yc("100.00", "50", "150.0"), 2025, new YearCost(new BigDecimal("1"), null,
                        new BigDecimal("7"))), List.of(FundingLine.unquantified(FundingSourceKind.STATE_BUDGET, "PBA")))))),
                Arguments.of("institution.unresolved", activityPlan(a -> a.responsibility(new Responsibility("MB, PP",
                        null, List.of(new Assignment("MB", "MB", Role.LEAD), new Assignment(null, "PP",
                        Role.CO_RESPONSIBLE))))),
                        activityPlan(a -> a.responsibility(new Responsibility("MB", null,
                        List.of(new Assignment("MB", "MB", Role.LEAD)))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsEachRuleWhereItAppliesAndNotOnANearMiss(String rule, Plan triggering, Plan nearMiss) {
        ValidationReport hit = PlanValidator.validate(triggering);
        assertThat(hit.withRule(rule)).as("%s on the triggering plan", rule).hasSize(1);
        Finding f = hit.withRule(rule).get(0);
        assertThat(f.severity()).isEqualTo(Rule.byId(rule).severity());
        assertThat(f.message()).isNotEqualTo(f.messageSq());
        assertThat(PlanValidator.validate(nearMiss).withRule(rule)).as("%s on the near miss", rule).isEmpty();
    }

    @Test
    void everyRuleIsCoveredByTheTableAboveAndDocumented() throws Exception {
        List<String> tested = rules().map(a -> (String) a.get()[0]).toList();
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/validation-rules.md"));
        for (Rule r : Rule.values()) {
            assertThat(tested).contains(r.id());
            assertThat(doc).contains("`" + r.id() + "`");
        }
    }

    @Test
    void findsNothingInACompletePlanAndScoresItFive() {
        ValidationReport report = PlanValidator.validate(clean());
        assertThat(report.findings()).isEmpty();
        assertThat(report.hasErrors()).isFalse();
        assertThat(report.sigma().score()).isEqualTo(5);
        assertThat(report.sigma().criteria()).extracting(SigmaQuality.Criterion::id)
                .containsExactly("responsible", "deadline", "financing", "indicators", "published");
        assertThat(report.sigma().criteria().get(3).total()).isEqualTo(3);
    }

    @Test
    void ignoresYearsCostedAtZeroOrNotAtAll() {
        // 004 prints 0 for every year up to 2030 whatever the activity's own years
        Plan plan = activityPlan(a -> a.timeframes(List.of(Timeframe.Dated.within("2024", CalendarPeriod.year(2024))))
                .cost(CostEstimate.of(Money.currency("ALL"), Map.of(2024, yc("5", "0", "5"), 2025, yc("0", "0", "0"),
                        2026, new YearCost(null, null, BigDecimal.ZERO), 2027, new YearCost(null, null, null)),
                        List.of(FundingLine.unquantified(FundingSourceKind.STATE_BUDGET, "PBA")))));
        ValidationReport report = PlanValidator.validate(plan);
        assertThat(report.withRule("cost.year-outside-plan")).isEmpty();
        assertThat(report.withRule("cost.year-outside-timeframe")).isEmpty();
    }

    @Test
    void locatesFindingsByPathAndNamesTheNodeByCodeAndId() {
        Plan plan = activityPlan(a -> a.cost(cost("ALL", 2024, 2026)));
        Finding f = PlanValidator.validate(plan).withRule("cost.year-outside-plan").get(0);
        assertThat(f.path()).isEqualTo("goals[0].children[0].activities[0].cost.years[2026]");
        assertThat(f.message()).isEqualTo("activity 1.1.1 (id a-1): a cost is given for 2026, outside the plan period "
                + "2024-2025");
        assertThat(f.messageSq()).isEqualTo("aktiviteti 1.1.1 (id a-1): një kosto është dhënë për 2026, jashtë "
                + "periudhës së planit 2024-2025");
        assertThat(f.value()).isEqualTo("2026");
    }

    @Test
    void reportsModelConstraintsWithTheirPath() {
        Plan plan = objectivePlan(o -> o.activity(activity("bad id", "1.1.3").build()));
        Finding f = PlanValidator.validate(plan).withRule("model.id-format").get(0);
        assertThat(f.path()).isEqualTo("goals[0].children[0].activities[2].id");
        assertThat(f.value()).isEqualTo("bad id");
        Finding lang = PlanValidator.validate(planPlan(p -> p.languages("EN"))).withRule("model.language").get(0);
        assertThat(lang.path()).isEqualTo("languages[2]");
    }

    @Test
    void reportsUnknownInstitutionsInTheRegistriesToo() {
        Plan plan = planPlan(p -> p.institution(inst("DKM", "PSH"))
                .abbreviation(new Abbreviation("PSH", LocalizedText.of("sq", "Policia e Shtetit"), "PSH", null))
                .budgetProgram(new BudgetProgram("03140", LocalizedText.of("sq", "Policia"), "PSH", null))
                .institution(inst("MB", null)));
        ValidationReport report = PlanValidator.validate(plan);
        assertThat(report.withRule("institution.unknown")).extracting(Finding::path).containsExactly(
                "institutions[2].parent", "abbreviations[0].institution", "budgetPrograms[1].institution");
        assertThat(report.withRule("id.duplicate")).extracting(Finding::path).containsExactly("institutions[3]");
        assertThat(report.errorCount()).isEqualTo(4);
        assertThat(report.countsByRule()).containsExactly(Map.entry("id.duplicate", 1),
                Map.entry("institution.unknown", 3));
    }

    @Test
    void namesTheMissingDuplicatedAndOutOfOrderCodesOfASiblingListAtTheListsPath() {
        Plan plan = objectivePlan(o -> o.activity(activity("a-5", "1.1.5").build()).activity(activity("a-2b", "1.1.2")
                .build()).activity(activity("a-4", "1.1.4").build()));
        ValidationReport report = PlanValidator.validate(plan);
        assertThat(report.withRule("code.duplicate")).hasSize(1);
        Finding f = report.withRule("code.numbering-gap").get(0);
        assertThat(report.withRule("code.numbering-gap")).hasSize(1);
        assertThat(f.path()).isEqualTo("goals[0].children[0].activities");
        assertThat(f.message()).isEqualTo("section 1.1 (id o-1-1): the codes under it are not numbered in sequence "
                + "(missing: 1.1.3; duplicated: 1.1.2; out of order: 1.1.4)");
        assertThat(f.messageSq()).isEqualTo("seksioni 1.1 (id o-1-1): kodet nën të nuk janë numëruar me radhë "
                + "(mungojnë: 1.1.3; të përsëritura: 1.1.2; jashtë radhe: 1.1.4)");
        assertThat(f.value()).isEqualTo("missing: 1.1.3; duplicated: 1.1.2; out of order: 1.1.4");
    }

    @Test
    void reportsAGapAmongTheGoalsOnThePlanAndNoneWhenOnlyACodeRepeats() {
        Plan plan = planPlan(p -> p.goal(Section.builder("g-3", SectionKind.GOAL, LocalizedText.of("sq", "G"))
                .code("3").build()));
        Finding f = PlanValidator.validate(plan).withRule("code.numbering-gap").get(0);
        assertThat(f.path()).isEqualTo("goals");
        assertThat(f.message()).startsWith("plan (id test): ").contains("missing: 2;");
        Plan repeated = objectivePlan(o -> o.activity(activity("a-3", "1.1.2").build()));
        assertThat(PlanValidator.validate(repeated).withRule("code.numbering-gap")).isEmpty();
    }

    @Test
    void skipsTheCodeExtensionCheckUnderAPillarNumeral() {
        Section objective = Section.builder("o", SectionKind.OBJECTIVE, LocalizedText.of("sq", "O")).code("1.(a)")
                .indicator(indicator("ind-o", 2025)).activity(activity("a", "1.(a).1").build()).build();
        Section pillar = Section.builder("p", SectionKind.GOAL, LocalizedText.of("sq", "P")).code("I").child(objective)
                .build();
        Plan plan = clean().toBuilder().goals(List.of(pillar)).build();
        assertThat(PlanValidator.validate(plan).findings()).isEmpty();
    }

    @Test
    void appliesTheSigmaCriteriaToLeafActivitiesAndCountsThem() {
        Activity parent = Activity.builder("p", LocalizedText.of("sq", "P")).code("1.1.3")
                .subActivity(activity("s", "1.1.3.1").cost(null).build()).build();
        Plan plan = objectivePlan(o -> o.activity(parent)).toBuilder().adoptedOn(null).build();
        Plan unpublished = new Plan(plan.id(), plan.kind(), plan.title(), plan.jurisdiction(), plan.firstYear(),
                plan.lastYear(), plan.currency(), plan.languages(), plan.vision(), plan.mission(), plan.principles(),
                plan.relations(), plan.levels(), plan.goals(), plan.institutions(), plan.abbreviations(),
                plan.budgetPrograms(), plan.exchangeRates(), plan.declaredFigures(), null, plan.amendments(),
                List.of(), plan.notes());
        ValidationReport report = PlanValidator.validate(unpublished);
        assertThat(report.withRule("activity.no-financing")).extracting(Finding::path)
                .containsExactly("goals[0].children[0].activities[2].subActivities[0]");
        assertThat(report.withRule("activity.no-lead")).isEmpty();
        assertThat(report.sigma().score()).isEqualTo(3);
        assertThat(report.sigma().criteria().get(2)).isEqualTo(new SigmaQuality.Criterion("financing", 2, 3, false));
        assertThat(report.sigma().criteria().get(4)).isEqualTo(new SigmaQuality.Criterion("published", 0, 1, false));
    }

    @Test
    void givesNoActivityPointsToAPlanWithoutActivities() {
        Plan empty = clean().toBuilder().goals(List.of()).build();
        ValidationReport report = PlanValidator.validate(empty);
        assertThat(report.sigma().score()).isEqualTo(1);
        assertThat(report.sigma().criteria().get(0)).isEqualTo(new SigmaQuality.Criterion("responsible", 0, 0, false));
    }

    @Test
    void neverChangesThePlanAndIsDeterministicOnTheSamplePlan() {
        Plan sample = SamplePlans.small();
        Plan copy = sample.toBuilder().build();
        ValidationReport first = PlanValidator.validate(sample);
        assertThat(sample).isEqualTo(copy);
        assertThat(PlanValidator.validate(sample)).isEqualTo(first);
        assertThat(first.withRule("timeframe.unparsed")).hasSize(1);
        assertThat(first.withRule("institution.unresolved")).extracting(Finding::value).containsExactly("PP");
        assertThat(first.hasErrors()).isFalse();
        assertThat(first.warningCount()).isEqualTo(first.findings().size());
    }
}

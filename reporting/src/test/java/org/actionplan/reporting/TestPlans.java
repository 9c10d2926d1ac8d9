package org.actionplan.reporting;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.actionplan.core.Activity;
import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Metric;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.SourceRef;
import org.actionplan.core.validation.PlanValidator;
import org.actionplan.costing.CostAudit;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
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
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Precision;
import org.actionplan.core.time.Timeframe;

/**
 * Small hand-built plans for the reporting tests: a bilingual one with every construct the reports show, and the
 * same plan with every text replaced by a hostile payload.
 */
final class TestPlans {

    /** Payloads that must stay inert in every format. */
    static final List<String> PAYLOADS = List.of(
            "<script>document.body.setAttribute('data-pwned','1')</script>",
            "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">",
            "=HYPERLINK(\"http://x\",\"click\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1:A9)",
            "\tTab start",
            "\rCR start",
            "a | b || c\nsecond line\r\nthird | line",
            "# heading\n- item\n1. one\n> quote\n    code\n[link](javascript:alert(1)) ![i](x) `tick` *em* _u_ ~~s~~ \\ &amp; &lt;",
            "x".repeat(10_000),
            "\u202Egnp.exe\u202C \u05E9\u05DC\u05D5\u05DD \u0627\u0644\u0633\u0644\u0627\u0645 e\u0301\u0308\u0327 \uD83D\uDE00",
            "</style><style>body{display:none}</style>",
            "]]><!-- --> <![CDATA[x]]> &#x3C;script&#x3E;",
            "a,\"b\",c");

    private TestPlans() {
    }

    static Plan small() {
        return plan(UnaryOperator.identity());
    }

    /** The small plan with its texts replaced by payloads, in turn. */
    static Plan hostile() {
        int[] next = {0};
        return plan(text -> PAYLOADS.get(next[0]++ % PAYLOADS.size()));
    }

    /**
     * The small plan with three declared figures as a costing table would print them: the total cost misprinted
     * (2 034 576 where the activities sum to 2 034 567), the funding total as a spreadsheet {@code #REF!} error,
     * and goal 2's cost printed right (300 000).
     */
    static Plan audited() {
        return withFigures(small(), UnaryOperator.identity());
    }

    /** The hostile plan with the declared figures, their texts replaced by payloads. */
    static Plan auditedHostile() {
        int[] next = {0};
        return withFigures(hostile(), text -> PAYLOADS.get(next[0]++ % PAYLOADS.size()));
    }

    /** The audit report of a plan: its validation and the costing audit with the gap printed as cost minus funding. */
    static Report audit(Plan plan, ReportOptions options) {
        return Reports.audit(plan, PlanValidator.validate(plan),
                CostAudit.audit(PlanCosts.of(plan), GapConvention.COST_MINUS_FUNDING), options);
    }

    private static Plan withFigures(Plan plan, UnaryOperator<String> t) {
        return plan.toBuilder()
                .declaredFigure(new DeclaredFigure(t.apply("total-cost"), Metric.COST, DeclaredFigure.PLAN_SCOPE, null,
                        null, null, t.apply("2 034 576"), new BigDecimal("2034576"), "ALL",
                        SourceRef.of(t.apply("costing.xlsx"), t.apply("Tabela 1"), 12), null))
                .declaredFigure(new DeclaredFigure(t.apply("total-funding"), Metric.FUNDING, DeclaredFigure.PLAN_SCOPE,
                        null, null, null, "#REF!", null, "ALL", SourceRef.of(t.apply("costing.xlsx"), null, 13), null))
                .declaredFigure(new DeclaredFigure(t.apply("goal-2-cost"), Metric.COST, "g-2", 2025, null, null,
                        t.apply("300 000"), new BigDecimal("300000"), "ALL", null, null))
                .build();
    }

    private static Plan plan(UnaryOperator<String> t) {
        Indicator investigations = Indicator.of("ind-1",
                LocalizedText.sqEn(t.apply("Numri i hetimeve"), t.apply("Number of investigations")),
                IndicatorType.NUMBER, Direction.INCREASE,
                new Baseline(CalendarPeriod.year(2023), new IndicatorValue.NumberValue(new BigDecimal("50")), t.apply("50")),
                List.of(new Target(CalendarPeriod.year(2024), Comparator.AT_LEAST,
                        new IndicatorValue.NumberValue(new BigDecimal("60")), t.apply("60"))));
        Activity study = Activity.builder("a-1-1-1", LocalizedText.sqEn(t.apply("Studim për kuadrin ligjor"),
                        t.apply("Study of the legal framework")))
                .code(t.apply("1.1.1"))
                .expectedResult(LocalizedText.sqEn(t.apply("Studim i publikuar"), t.apply("Study published")))
                .indicator(investigations)
                .verification(LocalizedText.of("sq", t.apply("Raporti vjetor")))
                .responsibility(new Responsibility(t.apply("MB"), t.apply("MD, PP"), List.of(
                        new Assignment("MB", "MB", Role.LEAD), new Assignment("MD", "MD", Role.SUPPORTING),
                        new Assignment(null, t.apply("PP"), Role.SUPPORTING))))
                .timeframe(new Timeframe.Dated(t.apply("2024 - 2025"), CalendarPeriod.year(2024), CalendarPeriod.year(2025)))
                .cost(CostEstimate.of(Money.currency("ALL"),
                        Map.of(2024, YearCost.of(new BigDecimal("1000000"), new BigDecimal("234567")),
                                2025, YearCost.of(new BigDecimal("500000"), BigDecimal.ZERO)),
                        List.of(FundingLine.of(FundingSourceKind.STATE_BUDGET_MTBP, 2024, EconomicCategory.CURRENT,
                                new BigDecimal("400000")))))
                .build();
        Activity campaign = Activity.builder("a-1-1-2", LocalizedText.sqEn(t.apply("Fushatë ndërgjegjësimi"),
                        t.apply("Awareness campaign")))
                .code(t.apply("1.1.2."))
                .responsibility(new Responsibility(null, null, List.of(
                        new Assignment("MD", "MD", Role.LEAD), new Assignment("MB", "MB", Role.CO_RESPONSIBLE))))
                .timeframe(new Timeframe.Ongoing(t.apply("Në vazhdimësi")))
                .timeframe(new Timeframe.Recurring(t.apply("deri në mars të çdo viti"), Month.MARCH,
                        CalendarPeriod.year(2024)))
                .cost(CostEstimate.unquantified(Money.currency("ALL"), t.apply("donatorë"),
                        List.of(FundingLine.unquantified(FundingSourceKind.FOREIGN, t.apply("donatorë")))))
                .subActivity(Activity.builder("a-1-1-2-1", LocalizedText.of("sq", t.apply("Nënveprimtari")))
                        .code(t.apply("1.1.2.1"))
                        .responsibility(new Responsibility(null, null, List.of(
                                new Assignment(null, t.apply("Bashkia Tiranë"), Role.LEAD))))
                        .timeframe(new Timeframe.Dated(t.apply("Mesi i vitit 2024"),
                                new CalendarPeriod(2024, Precision.PART, 2), new CalendarPeriod(2024, Precision.PART, 2)))
                        .build())
                .build();
        Activity training = Activity.builder("a-2-1-1", LocalizedText.of("sq", t.apply("Trajnim i prokurorëve")))
                .code(t.apply("2.1.1"))
                .responsibility(new Responsibility(null, null, List.of(new Assignment("PP", "PP", Role.LEAD))))
                .timeframe(new Timeframe.Dated(t.apply("K4 2025"), CalendarPeriod.quarter(2025, 4), CalendarPeriod.quarter(2025, 4)))
                .timeframe(new Timeframe.Unparsed(t.apply("vazhdimet e"), "no rule matches"))
                .cost(CostEstimate.of(Money.currency("ALL"), Map.of(2025, YearCost.of(new BigDecimal("300000"), null)),
                        List.of(new FundingLine(FundingSourceKind.FOREIGN, 2025, EconomicCategory.CURRENT,
                                new BigDecimal("300000"), t.apply("IOM"), null, null))))
                .build();
        Activity deadline = Activity.builder("a-2-1-2", LocalizedText.of("sq", t.apply("Protokoll bashkëpunimi")))
                .code(t.apply("2.1.2"))
                .timeframe(new Timeframe.Dated(t.apply("deri në fund të 2024"), null, CalendarPeriod.year(2024)))
                .timeframe(new Timeframe.Dated(t.apply("nga 2025"), CalendarPeriod.year(2025), null))
                .build();
        Section objective1 = Section.builder("o-1-1", SectionKind.OBJECTIVE,
                        LocalizedText.sqEn(t.apply("Goditja e trafiqeve"), t.apply("Striking trafficking")))
                .code(t.apply("1.1")).activity(study).activity(campaign).build();
        Section goal1 = Section.builder("g-1", SectionKind.GOAL,
                        LocalizedText.sqEn(t.apply("Ulja e kërcënimit"), t.apply("Reducing the threat")))
                .code(t.apply("1")).child(objective1).build();
        Section objective2 = Section.builder("o-2-1", SectionKind.OBJECTIVE,
                        LocalizedText.of("sq", t.apply("Mbrojtja e viktimave")))
                .code(t.apply("2.1")).activity(training).activity(deadline).build();
        Section goal2 = Section.builder("g-2", SectionKind.GOAL, LocalizedText.of("sq", t.apply("Mbrojtja")))
                .code(t.apply("2")).child(objective2).build();
        return Plan.builder("test", LocalizedText.sqEn(t.apply("Plan prove"), t.apply("Test plan")), 2024, 2025,
                        Money.currency("ALL"))
                .jurisdiction("AL").languages("sq", "en")
                .goal(goal1).goal(goal2)
                .institution(new Institution("MB", LocalizedText.sqEn(t.apply("Ministria e Brendshme"),
                        t.apply("Ministry of Interior")), List.of("MB"), List.of(), InstitutionKind.MINISTRY, null, null))
                .institution(new Institution("MD", LocalizedText.sqEn(t.apply("Ministria e Drejtësisë"),
                        t.apply("Ministry of Justice")), List.of("MD"), List.of(), InstitutionKind.MINISTRY, null, null))
                .institution(new Institution("PP", LocalizedText.of("sq", t.apply("Prokuroria e Përgjithshme")),
                        List.of("PP"), List.of(), InstitutionKind.PROSECUTION, null, null))
                .build();
    }
}

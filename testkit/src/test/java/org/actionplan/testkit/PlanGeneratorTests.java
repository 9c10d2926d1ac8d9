package org.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.actionplan.core.Activity;
import org.actionplan.core.BudgetProgram;
import org.actionplan.core.Code;
import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.Metric;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;
import org.actionplan.core.validation.Finding;
import org.actionplan.core.validation.PlanValidator;
import org.actionplan.core.validation.Severity;

class PlanGeneratorTests {

    private static Plan plan;

    @BeforeAll
    static void generateOnce() {
        plan = PlanGenerator.generate(new SplittableRandom(2024), PlanShape.ofActivities(5000));
    }

    static Stream<Arguments> data_shapes() {
        PlanShape d = PlanShape.ofActivities(0);
        return Stream.of(
                Arguments.of(d),
                Arguments.of(d.withActivities(1)),
                Arguments.of(d.withActivities(17)),
                Arguments.of(d.withActivities(18)),
                Arguments.of(d.withActivities(1001)),
                Arguments.of(d.withActivities(250).withGoals(1).withObjectivesPerGoal(1).withMeasuresPerObjective(1)),
                Arguments.of(d.withActivities(999).withGoals(7).withObjectivesPerGoal(4).withMeasuresPerObjective(5)
                        .withPeriod(2015, 2019).withCurrency("EUR").withInstitutions(40).withBudgetPrograms(12)
                        .withUnquantifiedShare(1).withFundingSources(6).withOddities(false)),
                Arguments.of(d.withActivities(300).withInstitutions(1).withBudgetPrograms(1).withFundingSources(1)
                        .withUnquantifiedShare(0).withPeriod(2030, 2030)));
    }

    @ParameterizedTest
    @MethodSource("data_shapes")
    void generatesExactlyTheShapeAsked(PlanShape shape) {
        Plan p = PlanGenerator.generate(new SplittableRandom(7), shape);

        assertThat(p.allActivities()).hasSize(shape.activities());
        assertThat(p.goals()).hasSize(shape.goals());
        assertThat(p.goals()).allSatisfy(g -> {
            assertThat(g.kind()).isEqualTo(SectionKind.GOAL);
            assertThat(g.children()).hasSize(shape.objectivesPerGoal())
                    .allSatisfy(o -> assertThat(o.children()).hasSize(shape.measuresPerObjective()));
        });
        assertThat(p.firstYear()).isEqualTo(shape.firstYear());
        assertThat(p.lastYear()).isEqualTo(shape.lastYear());
        assertThat(p.currency()).isEqualTo(shape.currencyUnit());
        assertThat(p.institutions()).hasSize(shape.institutions());
        assertThat(p.budgetPrograms()).hasSize(shape.budgetPrograms());
        assertEverythingResolvesAndStaysInPeriod(p);
        assertDeclaredFiguresAreCorrect(p);
        List<Finding> findings = PlanValidator.validate(p).findings();
        if (shape.oddities()) {
            assertThat(findings).allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.rule()).isIn(ODDITY_RULES);
            });
        } else {
            assertThat(findings).isEmpty();
        }
    }

    /** The validation rules that oddities are expected to trigger, all warnings. */
    private static final List<String> ODDITY_RULES = List.of("timeframe.unparsed", "activity.no-timeframe",
            "activity.no-financing");

    @Test
    void validationWarnsOnlyAboutTheOddities() {
        List<Finding> findings = PlanValidator.validate(plan).findings();
        long unparsed = plan.allActivities().stream().flatMap(a -> a.timeframes().stream())
                .filter(t -> t instanceof Timeframe.Unparsed).count();
        long unfunded = plan.allActivities().stream().filter(a -> a.cost().funding().isEmpty()).count();
        assertThat(unparsed).isPositive();
        assertThat(unfunded).isPositive();
        assertThat(findings).filteredOn(f -> f.rule().equals("timeframe.unparsed")).hasSize((int) unparsed);
        assertThat(findings).filteredOn(f -> f.rule().equals("activity.no-financing")).hasSize((int) unfunded);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.rule()).isIn(ODDITY_RULES);
        });
    }

    @Test
    void spreadsActivitiesEvenlyOverMeasures() {
        List<Integer> sizes = new ArrayList<>();
        plan.forEachSection(s -> {
            if (s.kind() == SectionKind.MEASURE) {
                sizes.add(s.activities().size());
            }
        });
        // 5000 activities over 18 measures: 277 or 278 each
        assertThat(sizes).hasSize(18).allSatisfy(n -> assertThat(n).isBetween(277, 278));
    }

    @Test
    void sameSeedAndShapeGiveAnEqualPlan() {
        PlanShape shape = PlanShape.ofActivities(500).withPeriod(2020, 2023);
        Plan a = PlanGenerator.generate(new SplittableRandom(99), shape);
        Plan b = PlanGenerator.generate(new SplittableRandom(99), shape);
        Plan c = PlanGenerator.generate(new SplittableRandom(100), shape);

        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void codesAreChildrenOfTheirSectionsAndRawCodesParseToThem() {
        plan.forEachSection(s -> {
            assertThat(s.code()).isNotNull();
            assertThat(s.id()).isEqualTo(s.code().toString());
            for (Section child : s.children()) {
                assertThat(child.code().isChildOf(s.code())).isTrue();
            }
            for (Activity a : s.activities()) {
                assertThat(a.code().isChildOf(s.code())).as(a.id()).isTrue();
                assertThat(a.id()).isEqualTo(a.code().toString());
                assertThat(Code.parse(a.rawCode())).isEqualTo(a.code());
            }
        });
    }

    @Test
    void activityIdsAndIndicatorIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        plan.forEachSection(s -> assertThat(ids.add(s.id())).isTrue());
        plan.forEachActivity(a -> {
            assertThat(ids.add(a.id())).as(a.id()).isTrue();
            for (Indicator i : a.indicators()) {
                assertThat(ids.add(i.id())).as(i.id()).isTrue();
            }
        });
    }

    @Test
    void unquantifiedShareIsRespectedAndUnknownIsNeverZero() {
        List<Activity> all = plan.allActivities();
        List<Activity> unquantified = all.stream().filter(a -> !a.cost().isQuantified()).toList();

        // 5000 draws at p = 0.1: the standard deviation is about 21, so 400..600 is far beyond chance
        assertThat(unquantified.size()).isBetween(400, 600);
        assertThat(unquantified).allSatisfy(a -> {
            CostEstimate c = a.cost();
            assertThat(c.total()).isNull();
            assertThat(c.years()).isEmpty();
            assertThat(c.text()).isIn("kosto administrative", "e buxhetuar", "donatorë");
            assertThat(c.funding()).isNotEmpty().allSatisfy(f -> {
                assertThat(f.isQuantified()).isFalse();
                assertThat(f.text()).isEqualTo(c.text());
            });
        });
    }

    @Test
    void fundingNeverExceedsCostButLeavesGaps() {
        int gaps = 0;
        int zeroCapital = 0;
        for (Activity a : plan.allActivities()) {
            if (!a.cost().isQuantified()) {
                continue;
            }
            for (Map.Entry<Integer, YearCost> year : a.cost().years().entrySet()) {
                YearCost y = year.getValue();
                assertThat(y.current().scale()).isZero();
                assertThat(y.capital().scale()).isZero();
                if (y.total() != null) {
                    assertThat(y.total()).isEqualTo(y.computedTotal());
                }
                if (y.capital().signum() == 0) {
                    zeroCapital++;
                }
                BigDecimal current = funded(a.cost(), year.getKey(), EconomicCategory.CURRENT);
                BigDecimal capital = funded(a.cost(), year.getKey(), EconomicCategory.CAPITAL);
                assertThat(current).isLessThanOrEqualTo(y.current());
                assertThat(capital).isLessThanOrEqualTo(y.capital());
                if (current.add(capital).compareTo(y.computedTotal()) < 0) {
                    gaps++;
                }
            }
            assertThat(a.cost().funding()).allSatisfy(f -> assertThat(f.year()).isIn(a.cost().years().keySet().toArray()));
        }
        assertThat(gaps).isPositive();
        assertThat(zeroCapital).isPositive();
    }

    private static BigDecimal funded(CostEstimate cost, int year, EconomicCategory category) {
        return cost.funding().stream().filter(f -> f.year() == year && f.category() == category)
                .map(FundingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void usesOnlyTheShapesFundingSourcesAndNamesDonorsOfForeignFunding() {
        Set<FundingSourceKind> seen = new HashSet<>();
        plan.forEachActivity(a -> {
            if (a.cost().isQuantified()) {
                for (FundingLine f : a.cost().funding()) {
                    seen.add(f.source());
                    if (f.source() == FundingSourceKind.FOREIGN) {
                        assertThat(f.donor()).isNotBlank();
                        assertThat(f.project()).isNotBlank();
                    }
                }
            }
        });
        assertThat(seen).containsExactlyInAnyOrder(FundingSourceKind.STATE_BUDGET_MTBP, FundingSourceKind.FOREIGN,
                FundingSourceKind.STATE_BUDGET_LATER);
    }

    @Test
    void odditiesIncludeNoisyCodesOpenTimeframesAndMissingBaselines() {
        Map<String, Integer> counts = new HashMap<>();
        plan.forEachActivity(a -> {
            if (!a.rawCode().equals(a.code().toString())) {
                counts.merge(a.rawCode().endsWith(".") ? "dot" : a.rawCode().endsWith(" ") ? "space" : "other", 1, Integer::sum);
            }
            for (Timeframe t : a.timeframes()) {
                String kind = t instanceof Timeframe.Ongoing ? "ongoing" : t instanceof Timeframe.Unparsed ? "unparsed"
                        : t instanceof Timeframe.Dated d && d.isOpenEnded() ? "open" : "dated";
                counts.merge(kind, 1, Integer::sum);
            }
            if (a.indicators().get(0).baseline() == null) {
                counts.merge("noBaseline", 1, Integer::sum);
            }
        });
        assertThat(counts).containsOnlyKeys("dot", "space", "ongoing", "unparsed", "open", "dated", "noBaseline");
    }

    @Test
    void withoutOdditiesEverythingIsClean() {
        Plan clean = PlanGenerator.generate(new SplittableRandom(3), PlanShape.ofActivities(2000).withOddities(false));
        clean.forEachActivity(a -> {
            assertThat(a.rawCode()).isEqualTo(a.code().toString());
            assertThat(a.timeframes()).allSatisfy(t -> {
                assertThat(t).isInstanceOf(Timeframe.Dated.class);
                assertThat(((Timeframe.Dated) t).isOpenEnded()).isFalse();
            });
            assertThat(a.indicators().get(0).baseline()).isNotNull();
        });
    }

    @Test
    void statesTheExchangeRateOf110LekPerEuro() {
        assertThat(plan.exchangeRates()).singleElement().satisfies(r -> {
            assertThat(r.base().getCurrencyCode()).isEqualTo("EUR");
            assertThat(r.quote().getCurrencyCode()).isEqualTo("ALL");
            assertThat(r.rate()).isEqualTo(new BigDecimal("110"));
        });
    }

    /** Checks by hand what validation checks: references resolve, dates and years lie in the period. */
    static void assertEverythingResolvesAndStaysInPeriod(Plan p) {
        Set<String> institutionIds = new HashSet<>();
        for (Institution i : p.institutions()) {
            assertThat(institutionIds.add(i.id())).isTrue();
        }
        assertThat(p.institutions()).allSatisfy(i -> {
            if (i.parent() != null) {
                assertThat(institutionIds).contains(i.parent());
            }
        });
        Set<String> programmes = new HashSet<>();
        for (BudgetProgram b : p.budgetPrograms()) {
            assertThat(programmes.add(b.code())).isTrue();
            assertThat(institutionIds).contains(b.institution());
        }
        p.forEachActivity(a -> {
            assertThat(a.title().in("sq")).isPresent();
            assertThat(a.title().in("en")).isPresent();
            assertThat(programmes).contains(a.budgetProgram());
            List<Assignment> assignments = a.responsibility().assignments();
            assertThat(assignments.get(0).role()).isEqualTo(Role.LEAD);
            assertThat(assignments).hasSizeBetween(1, 3).allSatisfy(x -> assertThat(institutionIds).contains(x.institution()));
            assertThat(assignments.stream().map(Assignment::institution).distinct()).hasSameSizeAs(assignments);
            assertThat(a.timeframes()).hasSizeBetween(1, 2).allSatisfy(t -> {
                if (t instanceof Timeframe.Dated d) {
                    assertInPeriod(p, d.start());
                    assertInPeriod(p, d.end());
                }
            });
            assertThat(a.indicators()).singleElement().satisfies(i -> {
                assertThat(i.targets()).isNotEmpty().allSatisfy(t -> assertInPeriod(p, t.period()));
                if (i.baseline() != null) {
                    assertThat(i.baseline().period().year()).isEqualTo(p.firstYear() - 1);
                }
            });
            assertThat(a.cost().currency()).isEqualTo(p.currency());
            assertThat(a.cost().years().keySet()).allSatisfy(y -> assertThat(p.covers(y)).isTrue());
        });
    }

    private static void assertInPeriod(Plan p, CalendarPeriod period) {
        if (period != null) {
            assertThat(period.year()).isBetween(p.firstYear(), p.lastYear());
        }
    }

    /** Recomputes the declared figures from the activities with BigDecimal arithmetic. */
    static void assertDeclaredFiguresAreCorrect(Plan p) {
        Map<String, BigDecimal> expected = new HashMap<>();
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal funding = BigDecimal.ZERO;
        for (int y = p.firstYear(); y <= p.lastYear(); y++) {
            expected.put("cost-" + y, BigDecimal.ZERO);
        }
        for (Section goal : p.goals()) {
            BigDecimal goalCost = BigDecimal.ZERO;
            for (Activity a : goal.allActivities()) {
                for (Map.Entry<Integer, YearCost> e : a.cost().years().entrySet()) {
                    expected.merge("cost-" + e.getKey(), e.getValue().computedTotal(), BigDecimal::add);
                }
                if (a.cost().isQuantified()) {
                    goalCost = goalCost.add(a.cost().total());
                }
                for (FundingLine f : a.cost().funding()) {
                    if (f.isQuantified()) {
                        funding = funding.add(f.amount());
                    }
                }
            }
            expected.put("cost-goal-" + goal.id(), goalCost);
            cost = cost.add(goalCost);
        }
        expected.put("cost-total", cost);
        expected.put("funding-total", funding);
        expected.put("gap-total", cost.subtract(funding));

        assertThat(p.declaredFigures()).hasSize(expected.size());
        for (DeclaredFigure f : p.declaredFigures()) {
            assertThat(f.value()).as(f.id()).isEqualByComparingTo(expected.get(f.id()));
            assertThat(f.printed()).isEqualTo(f.value().toPlainString());
            assertThat(f.unit()).isEqualTo(p.currency().getCurrencyCode());
            assertThat(f.metric()).isIn(Metric.COST, Metric.FUNDING, Metric.GAP);
        }
    }
}

package org.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.monitoring.ActivityStatus;
import org.actionplan.core.monitoring.Expenditure;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.monitoring.StatusUpdate;
import org.actionplan.core.time.CalendarPeriod;

class MonitoringGeneratorTests {

    private static final List<CalendarPeriod> QUARTERS = List.of(CalendarPeriod.quarter(2024, 1),
            CalendarPeriod.quarter(2024, 2), CalendarPeriod.quarter(2024, 3), CalendarPeriod.quarter(2024, 4),
            CalendarPeriod.quarter(2025, 1), CalendarPeriod.quarter(2025, 2), CalendarPeriod.quarter(2025, 3),
            CalendarPeriod.quarter(2025, 4));

    private static Plan plan(RandomGenerator r) {
        return PlanGenerator.generate(r, PlanShape.ofActivities(r.nextInt(1, 120)));
    }

    @Test
    void sameSeedGivesEqualReportsInPeriodOrder() {
        Plan plan = PlanGenerator.generate(new SplittableRandom(1), PlanShape.ofActivities(50));
        List<CalendarPeriod> shuffled = List.of(QUARTERS.get(3), QUARTERS.get(0), QUARTERS.get(1));
        List<MonitoringReport> a = MonitoringGenerator.generate(new SplittableRandom(7), plan, shuffled);
        List<MonitoringReport> b = MonitoringGenerator.generate(new SplittableRandom(7), plan, shuffled);
        assertThat(a).isEqualTo(b);
        assertThat(a).extracting(MonitoringReport::id).containsExactly("gen-2024Q1", "gen-2024Q2", "gen-2024Q4");
        assertThat(a).allSatisfy(r -> {
            assertThat(r.illustrative()).isTrue();
            assertThat(r.planId()).isEqualTo(plan.id());
            assertThat(r.asOf()).isEqualTo(r.period().end().plusDays(15));
        });
    }

    @Test
    void rejectsRepeatedPeriods() {
        Plan plan = PlanGenerator.generate(new SplittableRandom(1), PlanShape.ofActivities(3));
        assertThatIllegalArgumentException().isThrownBy(() -> MonitoringGenerator.generate(new SplittableRandom(1), plan,
                List.of(QUARTERS.get(0), QUARTERS.get(0)))).withMessage("period 2024Q1 repeats");
    }

    @Test
    void reportsArePlausibleForAnyPlan() {
        qt().withFixedSeed(20241231L).withExamples(40)
                .forAll(QuickTheoriesGens.from(MonitoringGeneratorTests::plan), QuickTheoriesGens.from(r -> r.nextLong()))
                .checkAssert((plan, seed) -> {
                    List<MonitoringReport> reports = MonitoringGenerator.generate(new SplittableRandom(seed), plan, QUARTERS);
                    Set<String> ids = new HashSet<>();
                    plan.forEachActivity(a -> ids.add(a.id()));
                    Map<String, ActivityStatus> last = new HashMap<>();
                    Map<String, BigDecimal> lastSpent = new HashMap<>();
                    for (MonitoringReport r : reports) {
                        for (StatusUpdate u : r.statusUpdates()) {
                            assertThat(ids).contains(u.activityId());
                            ActivityStatus before = last.put(u.activityId(), u.status());
                            if (before == ActivityStatus.COMPLETED || before == ActivityStatus.CANCELLED) {
                                assertThat(u.status()).isEqualTo(before);
                            }
                            YearCost planned = plan.activity(u.activityId()).orElseThrow().cost() == null ? null
                                    : plan.activity(u.activityId()).orElseThrow().cost().years().get(r.period().year());
                            BigDecimal spent = u.spent().stream().map(Expenditure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                            if (planned != null && planned.computedTotal() != null) {
                                assertThat(spent).isLessThanOrEqualTo(planned.computedTotal());
                            }
                            String key = u.activityId() + "/" + r.period().year();
                            BigDecimal previous = lastSpent.put(key, spent);
                            if (previous != null && !u.spent().isEmpty()) {
                                assertThat(spent).isGreaterThanOrEqualTo(previous.subtract(BigDecimal.ONE));
                            }
                        }
                        // the JSON format reads back every generated report
                        assertThat(PlanJson.read(PlanJson.write(r), MonitoringReport.class)).isEqualTo(r);
                    }
                });
    }
}

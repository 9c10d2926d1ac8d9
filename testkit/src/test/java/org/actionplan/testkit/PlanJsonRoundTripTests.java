package org.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import org.actionplan.core.Activity;
import org.actionplan.core.Plan;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.time.Timeframe;

/** Property tests of the JSON format ({@code PlanJson}, in core) over generated plans and values. */
class PlanJsonRoundTripTests {

    /** A random small shape: every component varies, including the extremes. */
    static PlanShape shape(RandomGenerator r) {
        int first = r.nextInt(2000, 2031);
        return new PlanShape(r.nextInt(0, 80), r.nextInt(1, 5), r.nextInt(1, 4), r.nextInt(1, 4), first,
                first + r.nextInt(0, 5), r.nextBoolean() ? "ALL" : "EUR", r.nextInt(1, 30), r.nextInt(1, 9),
                r.nextInt(5) == 0 ? 1.0 : r.nextDouble(), r.nextInt(1, PlanShape.MAX_FUNDING_SOURCES + 1), r.nextBoolean());
    }

    static Plan plan(RandomGenerator r) {
        return PlanGenerator.generate(r, shape(r));
    }

    @Test
    void readingWhatWasWrittenGivesAnEqualPlanAndTheSameBytes() {
        qt().withFixedSeed(20240131L).withExamples(60)
                .forAll(QuickTheoriesGens.from(PlanJsonRoundTripTests::plan))
                .checkAssert(plan -> {
                    String json = PlanJson.write(plan);
                    Plan back = PlanJson.read(json);
                    assertThat(back).isEqualTo(plan);
                    assertThat(PlanJson.write(back)).isEqualTo(json);
                });
    }

    @Test
    void everyGeneratedValueRoundTripsOnItsOwn() {
        qt().withFixedSeed(7L).withExamples(300)
                .forAll(QuickTheoriesGens.from(r -> Generators.activity(r, shape(r))),
                        QuickTheoriesGens.from(r -> Generators.indicator(r, shape(r))),
                        QuickTheoriesGens.from(r -> Generators.timeframe(r, 2020, 2030)),
                        QuickTheoriesGens.from(r -> Generators.costEstimate(r, shape(r))))
                .checkAssert((activity, indicator, timeframe, cost) -> {
                    assertThat(PlanJson.read(PlanJson.write(activity), Activity.class)).isEqualTo(activity);
                    assertThat(PlanJson.read(PlanJson.write(indicator), Indicator.class)).isEqualTo(indicator);
                    assertThat(PlanJson.read(PlanJson.write(timeframe), Timeframe.class)).isEqualTo(timeframe);
                    assertThat(PlanJson.read(PlanJson.write(cost), CostEstimate.class)).isEqualTo(cost);
                });
    }
}

package org.actionplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

import org.actionplan.core.Activity;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.monitoring.ActivityStatus;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.monitoring.Reported;
import org.actionplan.core.monitoring.StatusUpdate;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.testkit.MonitoringGenerator;
import org.actionplan.testkit.PlanGenerator;
import org.actionplan.testkit.PlanShape;

/** Properties of the scores over generated plans and reports (testkit generators, seeded by QuickTheories). */
class ScoringEnginePropertiesTests {

    private static final List<CalendarPeriod> PERIODS = List.of(CalendarPeriod.half(2024, 1), CalendarPeriod.half(2024, 2),
            CalendarPeriod.half(2025, 1), CalendarPeriod.half(2025, 2));
    private static final List<CalendarPeriod> SCORED = List.of(CalendarPeriod.year(2024), CalendarPeriod.half(2025, 1),
            CalendarPeriod.year(2025));

    /** A generated plan with its generated history, and the seed for further random choices. */
    record Case(Plan plan, MonitoringHistory history, long seed, ScoringPolicy policy) {
    }

    private static <T> Gen<T> from(Function<RandomGenerator, T> factory) {
        return in -> factory.apply(new SplittableRandom(in.next(Constraint.none())));
    }

    private static Case sample(RandomGenerator r, PlanShape shape) {
        Plan plan = PlanGenerator.generate(r, shape);
        MonitoringHistory history = MonitoringHistory.of(MonitoringGenerator.generate(r, plan, PERIODS));
        ScoringPolicy.Weighting[] w = ScoringPolicy.Weighting.values();
        ScoringPolicy policy = ScoringPolicy.defaults().toBuilder().weighting(w[r.nextInt(w.length)])
                .noDataAsZero(r.nextBoolean())
                .cancelled(r.nextBoolean() ? ScoringPolicy.CancelledRule.EXCLUDED : ScoringPolicy.CancelledRule.NOT_ACHIEVED)
                .missingBaseline(ScoringPolicy.MissingBaselineRule.values()[r.nextInt(3)]).build();
        return new Case(plan, history, r.nextLong(), policy);
    }

    private static Gen<Case> cases() {
        return from(r -> sample(r, PlanShape.ofActivities(r.nextInt(1, 60)).withGoals(r.nextInt(1, 4))));
    }

    private static Scorecard score(Case c) {
        return ScoringEngine.of(c.policy()).score(c.plan(), c.history(), SCORED);
    }

    private static void assertUnit(BigDecimal v) {
        if (v != null) {
            assertThat(v).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        }
    }

    private static void assertNodeInRange(NodeScore n) {
        assertUnit(n.score());
        assertUnit(n.share());
        assertThat(n.activitiesWithData()).isBetween(0, n.activities());
        n.children().forEach(ScoringEnginePropertiesTests::assertNodeInRange);
    }

    private static Map<String, BigDecimal> nodeScores(NodeScore n, Map<String, BigDecimal> into) {
        into.put(n.level() + ":" + n.id(), n.score());
        n.children().forEach(c -> nodeScores(c, into));
        return into;
    }

    @Test
    void everyScoreLiesInItsRange() {
        qt().withFixedSeed(11L).withExamples(60).forAll(cases()).checkAssert(c -> {
            for (PeriodScore p : score(c).periods()) {
                ImplementationRate r = p.implementation();
                assertUnit(r.rate());
                assertUnit(r.linearScore());
                assertUnit(r.costWeightedRate());
                assertThat(r.achieved()).isBetween(0, r.counted());
                assertThat(r.counted() + r.unreported()).isLessThanOrEqualTo(r.planned());
                if (r.points() != null) {
                    assertThat(r.points()).isIn(0, 1, 3, 4, 5);
                }
                assertUnit(p.objectives().rate());
                assertNodeInRange(p.rollUp());
                p.targets().forEach(t -> assertUnit(t.score()));
                p.activities().forEach(a -> assertUnit(a.score()));
                p.institutions().forEach(i -> {
                    assertUnit(i.implementationRate());
                    assertThat(i.completed()).isBetween(0, i.due());
                });
                p.budget().forEach(b -> assertThat(b.rate() == null || b.rate().signum() >= 0).isTrue());
            }
        });
    }

    @Test
    void moreProgressNeverLowersAScore() {
        qt().withFixedSeed(12L).withExamples(60).forAll(cases()).checkAssert(c -> {
            CalendarPeriod period = SCORED.get(new SplittableRandom(c.seed()).nextInt(SCORED.size()));
            List<String> reported = new ArrayList<>();
            c.plan().forEachSection(s -> s.activities().forEach(a -> {
                if (c.history().latestStatus(a.id(), period.end()).isPresent()) {
                    reported.add(a.id());
                }
            }));
            if (reported.isEmpty()) {
                return;
            }
            String chosen = reported.get(new SplittableRandom(c.seed() + 1).nextInt(reported.size()));
            Reported<StatusUpdate> before = c.history().latestStatus(chosen, period.end()).orElseThrow();
            List<MonitoringReport> reports = new ArrayList<>(c.history().reports());
            reports.add(MonitoringReport.builder("boost", c.plan().id(), before.reportPeriod(), before.asOf().plusDays(1))
                    .status(StatusUpdate.of(chosen, ActivityStatus.COMPLETED)).build());
            Case better = new Case(c.plan(), MonitoringHistory.of(reports), c.seed(), c.policy());
            PeriodScore a = ScoringEngine.of(c.policy()).score(c.plan(), c.history(), period);
            PeriodScore b = ScoringEngine.of(c.policy()).score(c.plan(), better.history(), period);
            if (a.implementation().rate() != null) {
                assertThat(b.implementation().rate()).isGreaterThanOrEqualTo(a.implementation().rate());
            }
            Map<String, BigDecimal> sa = nodeScores(a.rollUp(), new HashMap<>());
            Map<String, BigDecimal> sb = nodeScores(b.rollUp(), new HashMap<>());
            sa.forEach((k, v) -> {
                if (v != null) {
                    assertThat(sb.get(k)).as(k).isGreaterThanOrEqualTo(v);
                }
            });
        });
    }

    @Test
    void aParentWithOneChildScoresAsThatChild() {
        Gen<Case> single = from(r -> sample(r, new PlanShape(r.nextInt(1, 30), 1, 1, 1, 2024, 2025, "ALL", 5, 2, 0.2, 3, true)));
        qt().withFixedSeed(13L).withExamples(40).forAll(single).checkAssert(c -> {
            for (PeriodScore p : score(c).periods()) {
                NodeScore node = p.rollUp();
                while (node.children().size() == 1 && node.level() != NodeScore.Level.ACTIVITY) {
                    NodeScore child = node.children().get(0);
                    assertThat(node.score()).isEqualTo(child.score());
                    node = child;
                }
            }
        });
    }

    private static Plan permuted(Plan plan, Random random) {
        List<Section> goals = new ArrayList<>();
        for (Section g : plan.goals()) {
            goals.add(permuted(g, random));
        }
        Collections.shuffle(goals, random);
        return plan.toBuilder().goals(goals).build();
    }

    private static Section permuted(Section s, Random random) {
        List<Section> children = new ArrayList<>();
        for (Section c : s.children()) {
            children.add(permuted(c, random));
        }
        Collections.shuffle(children, random);
        List<Activity> activities = new ArrayList<>(s.activities());
        Collections.shuffle(activities, random);
        return s.toBuilder().children(children).activities(activities).build();
    }

    @Test
    void permutingChildrenChangesNothing() {
        qt().withFixedSeed(14L).withExamples(40).forAll(cases()).checkAssert(c -> {
            Plan shuffled = permuted(c.plan(), new Random(c.seed()));
            Scorecard a = score(c);
            Scorecard b = ScoringEngine.of(c.policy()).score(shuffled, c.history(), SCORED);
            for (int i = 0; i < SCORED.size(); i++) {
                PeriodScore pa = a.periods().get(i);
                PeriodScore pb = b.periods().get(i);
                assertThat(nodeScores(pb.rollUp(), new HashMap<>())).isEqualTo(nodeScores(pa.rollUp(), new HashMap<>()));
                assertThat(pb.implementation()).isEqualTo(pa.implementation());
                assertThat(pb.objectives()).isEqualTo(pa.objectives());
                assertThat(pb.institutions()).isEqualTo(pa.institutions());
            }
        });
    }

    private static Plan weighted(Plan plan, RandomGenerator random, BigDecimal factor, Map<String, BigDecimal> weights) {
        List<Section> goals = new ArrayList<>();
        for (Section g : plan.goals()) {
            goals.add(weighted(g, random, factor, weights));
        }
        return plan.toBuilder().goals(goals).build();
    }

    private static Section weighted(Section s, RandomGenerator random, BigDecimal factor, Map<String, BigDecimal> weights) {
        List<Section> children = new ArrayList<>();
        for (Section c : s.children()) {
            children.add(weighted(c, random, factor, weights));
        }
        List<Activity> activities = new ArrayList<>();
        for (Activity a : s.activities()) {
            BigDecimal w = weights.computeIfAbsent("a:" + a.id(), k -> BigDecimal.valueOf(random.nextInt(1, 20)));
            activities.add(a.toBuilder().weight(w.multiply(factor)).build());
        }
        BigDecimal w = weights.computeIfAbsent("s:" + s.id(), k -> BigDecimal.valueOf(random.nextInt(1, 20)));
        return s.toBuilder().children(children).activities(activities).weight(w.multiply(factor)).build();
    }

    @Test
    void scalingEveryWeightByAConstantChangesNothing() {
        qt().withFixedSeed(15L).withExamples(40).forAll(cases(), from(r -> BigDecimal.valueOf(r.nextInt(1, 1000), r.nextInt(0, 3))))
                .checkAssert((c, factor) -> {
                    Map<String, BigDecimal> weights = new HashMap<>();
                    Plan one = weighted(c.plan(), new SplittableRandom(c.seed()), BigDecimal.ONE, weights);
                    Plan scaled = weighted(c.plan(), new SplittableRandom(c.seed()), factor, weights);
                    ScoringEngine engine = ScoringEngine.of(c.policy().toBuilder().weighting(ScoringPolicy.Weighting.EXPLICIT).build());
                    for (CalendarPeriod p : SCORED) {
                        NodeScore a = engine.score(one, c.history(), p).rollUp();
                        NodeScore b = engine.score(scaled, c.history(), p).rollUp();
                        assertThat(nodeScores(b, new HashMap<>())).isEqualTo(nodeScores(a, new HashMap<>()));
                    }
                });
    }

    @Test
    void periodsOfOneYearAgreeWhetherScoredTogetherOrAlone() {
        qt().withFixedSeed(16L).withExamples(20).forAll(cases()).checkAssert(c -> {
            Scorecard all = score(c);
            for (int i = 0; i < SCORED.size(); i++) {
                assertThat(ScoringEngine.of(c.policy()).score(c.plan(), c.history(), SCORED.get(i)))
                        .isEqualTo(all.periods().get(i));
            }
        });
    }
}

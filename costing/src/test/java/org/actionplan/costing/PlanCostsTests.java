package org.actionplan.costing;

import static org.actionplan.costing.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.actionplan.core.Activity;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingSourceKind;
import org.junit.jupiter.api.Test;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class PlanCostsTests {

    private final PlanCosts costs = PlanCosts.of(Fixtures.sample());

    @Test
    void wholePlanTotalsAreComputedByHand() {
        CostNode plan = costs.pivot().root();
        assertThat(plan.cost()).isEqualTo(all("5751"));
        assertThat(plan.cost(2024, null)).isEqualTo(all("1900"));
        assertThat(plan.cost(2025, null)).isEqualTo(all("3751"));
        assertThat(plan.cost(2026, null)).isEqualTo(all("100"));
        assertThat(plan.cost(null, EconomicCategory.CURRENT)).isEqualTo(all("1600"));
        assertThat(plan.cost(null, EconomicCategory.CAPITAL)).isEqualTo(all("3251"));
        assertThat(plan.cost(null, EconomicCategory.UNSPECIFIED)).isEqualTo(all("900"));
        assertThat(plan.cost(2025, EconomicCategory.CAPITAL)).isEqualTo(all("3251"));
        assertThat(plan.cost(2030, null)).isEqualTo(all("0"));
        assertThat(plan.funding()).isEqualTo(all("1700"));
        assertThat(plan.gap()).isEqualTo(all("4051"));
        assertThat(plan.count()).isEqualTo(4);
        assertThat(plan.unquantified()).containsExactly("A2");
        assertThat(plan.unquantifiedFunding()).containsExactly("A2", "A4");
    }

    @Test
    void hierarchyTreeRollsUpSectionsAndListsUnquantifiedActivitiesAtEveryLevel() {
        CostTable tree = costs.tree();
        CostNode g1 = tree.at("G1").orElseThrow();
        assertThat(g1.code()).isEqualTo("I");
        assertThat(g1.dimension()).isEqualTo(Dimension.GOAL);
        assertThat(g1.cost()).isEqualTo(all("1751"));
        assertThat(g1.funding()).isEqualTo(all("700"));
        assertThat(g1.gap()).isEqualTo(all("1051"));
        assertThat(g1.count()).isEqualTo(2);
        assertThat(g1.unquantified()).containsExactly("A2");
        assertThat(tree.at("G1", "O1", "A2").orElseThrow().unquantified()).containsExactly("A2");
        assertThat(tree.at("G1", "O1", "A2").orElseThrow().activity()).isPresent();
        assertThat(tree.at("G1", "O1").orElseThrow().section()).isPresent();
        CostNode g2 = tree.at("G2").orElseThrow();
        assertThat(g2.cost()).isEqualTo(all("4000"));
        assertThat(g2.unquantified()).isEmpty();
        assertThat(g2.unquantifiedFunding()).containsExactly("A4");
        assertThat(tree.root().cost()).isEqualTo(all("5751"));
        assertThat(costs.node("O2").orElseThrow().cost()).isEqualTo(all("4000"));
        assertThat(costs.node("plan").orElseThrow().cost()).isEqualTo(all("5751"));
        assertThat(costs.node("nope")).isEmpty();
    }

    @Test
    void goalAndYearPivotPutsUnquantifiedActivitiesInTheYearNotStatedRow() {
        CostTable t = costs.pivot(Dimension.GOAL, Dimension.YEAR);
        CostNode g1 = t.at("G1").orElseThrow();
        assertThat(g1.children()).extracting(CostNode::key).containsExactly("2024", "2025", null);
        assertThat(t.at("G1", "2024").orElseThrow().cost()).isEqualTo(all("1000"));
        assertThat(t.at("G1", "2024").orElseThrow().funding()).isEqualTo(all("400"));
        assertThat(t.at("G1", "2024").orElseThrow().year()).isEqualTo(2024);
        assertThat(t.at("G1", "2025").orElseThrow().cost()).isEqualTo(all("751"));
        CostNode g1none = t.at("G1", (String) null).orElseThrow();
        assertThat(g1none.cost()).isEqualTo(all("0"));
        assertThat(g1none.unquantified()).containsExactly("A2");
        assertThat(g1.count()).isEqualTo(2);
        CostNode g2 = t.at("G2").orElseThrow();
        assertThat(g2.children()).extracting(CostNode::key).containsExactly("2024", "2025", "2026", null);
        assertThat(t.at("G2", null).orElseThrow().funding()).isEqualTo(all("1000"));
        assertThat(g2.count()).isEqualTo(2);
        assertThat(t.root().count()).isEqualTo(4);
    }

    @Test
    void yearPivotCountsEachActivityInEveryYearItHasAnAmount() {
        CostTable t = costs.pivot(Dimension.YEAR);
        assertThat(t.root().children()).extracting(CostNode::count).containsExactly(2, 2, 1, 2);
        assertThat(t.root().children()).extracting(n -> n.cost().amount().intValue()).containsExactly(1900, 3751, 100, 0);
        assertThat(t.years()).containsExactly(2024, 2025, 2026);
    }

    @Test
    void categoryPivotSplitsCurrentCapitalAndUnspecified() {
        CostTable t = costs.pivot(Dimension.CATEGORY);
        assertThat(t.root().children()).extracting(CostNode::category)
                .containsExactly(EconomicCategory.CURRENT, EconomicCategory.CAPITAL, EconomicCategory.UNSPECIFIED, null);
        assertThat(t.at("CURRENT").orElseThrow().cost()).isEqualTo(all("1600"));
        assertThat(t.at("CAPITAL").orElseThrow().cost()).isEqualTo(all("3251"));
        assertThat(t.at("UNSPECIFIED").orElseThrow().cost()).isEqualTo(all("900"));
        // the funding line of A3 has no category: it counts as unspecified
        assertThat(t.at("UNSPECIFIED").orElseThrow().funding()).isEqualTo(all("1000"));
        assertThat(t.at((String) null).orElseThrow().unquantified()).containsExactly("A2");
    }

    @Test
    void leadInstitutionPivotFollowsTheRegistryOrderWithNobodyLast() {
        CostTable t = costs.pivot(Dimension.LEAD_INSTITUTION);
        assertThat(t.root().children()).extracting(CostNode::key).containsExactly("MB", "MD", null);
        assertThat(t.at("MB").orElseThrow().cost()).isEqualTo(all("2751"));
        assertThat(t.at("MB").orElseThrow().title().primary()).isEqualTo("Ministry of Interior");
        assertThat(t.at("MD").orElseThrow().cost()).isEqualTo(all("0"));
        assertThat(t.at("MD").orElseThrow().unquantified()).containsExactly("A2");
        assertThat(t.at((String) null).orElseThrow().cost()).isEqualTo(all("3000"));
    }

    @Test
    void involvedInstitutionPivotCountsEachActivityInEveryInstitutionItNames() {
        CostTable t = costs.pivot(Dimension.INVOLVED_INSTITUTION);
        assertThat(t.root().childrenPartition()).isFalse();
        assertThat(t.root().children()).extracting(CostNode::key).containsExactly("MB", "MD", "PP", null);
        assertThat(t.at("MB").orElseThrow().cost()).isEqualTo(all("2751"));
        assertThat(t.at("MD").orElseThrow().cost()).isEqualTo(all("1751"));
        assertThat(t.at("MD").orElseThrow().count()).isEqualTo(2);
        assertThat(t.at("PP").orElseThrow().cost()).isEqualTo(all("1751"));
        assertThat(t.at((String) null).orElseThrow().cost()).isEqualTo(all("3000"));
        assertThat(t.root().cost()).isEqualTo(all("5751"));
    }

    @Test
    void budgetProgrammePivotPutsRegisteredProgrammesFirst() {
        CostTable t = costs.pivot(Dimension.BUDGET_PROGRAMME);
        assertThat(t.root().children()).extracting(CostNode::key).containsExactly("10430", "03140", null);
        assertThat(t.at("10430").orElseThrow().cost()).isEqualTo(all("4751"));
        assertThat(t.at("03140").orElseThrow().unquantified()).containsExactly("A2");
        assertThat(t.at((String) null).orElseThrow().cost()).isEqualTo(all("1000"));
    }

    @Test
    void sourceKindPivotGroupsActivitiesByEverySourceTheyName() {
        CostTable t = costs.pivot(Dimension.SOURCE_KIND);
        assertThat(t.root().children()).extracting(CostNode::sourceKind).containsExactly(
                FundingSourceKind.STATE_BUDGET_MTBP, FundingSourceKind.STATE_BUDGET, FundingSourceKind.ADMINISTRATIVE,
                FundingSourceKind.FOREIGN);
        assertThat(t.at("FOREIGN").orElseThrow().cost()).isEqualTo(all("4751"));
        assertThat(t.at("FOREIGN").orElseThrow().unquantifiedFunding()).containsExactly("A4");
        assertThat(t.at("ADMINISTRATIVE").orElseThrow().unquantified()).containsExactly("A2");
        assertThat(t.at("STATE_BUDGET").orElseThrow().funding(FundingSourceKind.STATE_BUDGET)).isEqualTo(all("1000"));
    }

    @Test
    void donorPivotGroupsActivitiesByDonorNamedWithOrWithoutAmount() {
        CostTable t = costs.pivot(Dimension.DONOR);
        assertThat(t.root().children()).extracting(CostNode::key).containsExactly("EU", "UNDP", null);
        assertThat(t.at("EU").orElseThrow().funding(FundingSourceKind.FOREIGN)).isEqualTo(all("300"));
        assertThat(t.at("UNDP").orElseThrow().cost()).isEqualTo(all("3000"));
        assertThat(t.at((String) null).orElseThrow().cost()).isEqualTo(all("1000"));
    }

    @Test
    void equalSplitAllocationGivesTheRemainderUnitToTheLead() {
        CostTable t = costs.pivot(Dimension.responsibleInstitution(Allocation.equalSplit()));
        // A1 1751 split MB/MD: 2025 capital 251 -> 126 + 125 (ALL has 2 decimals, so 125.50 each): see below
        assertThat(t.root().childrenPartition()).isTrue();
        CostNode mb = t.at("MB").orElseThrow();
        CostNode md = t.at("MD").orElseThrow();
        assertThat(mb.cost().plus(md.cost()).plus(t.at((String) null).orElseThrow().cost())).isEqualTo(all("5751"));
        // ALL has two decimals in ISO 4217, so 251.00 splits exactly into 125.50 + 125.50
        assertThat(md.cost()).isEqualTo(all("875.50"));
        assertThat(mb.cost()).isEqualTo(all("1875.50"));
        assertThat(md.funding()).isEqualTo(all("350"));
    }

    @Test
    void explicitAllocationSplitsByWeightsAndFallsBackForOtherActivities() {
        Allocation shares = Allocation.explicit(Map.of("A1", Map.of("MB", new BigDecimal("3"), "MD", BigDecimal.ONE)),
                Allocation.allToLead());
        CostTable t = costs.pivot(Dimension.responsibleInstitution(shares));
        // A1: 1751 * 3/4 = 1313.25 to MB, 437.75 to MD; A3 to its lead MB; A2 to its lead MD
        assertThat(t.at("MB").orElseThrow().cost()).isEqualTo(all("2313.25"));
        assertThat(t.at("MD").orElseThrow().cost()).isEqualTo(all("437.75"));
        assertThat(t.at("MD").orElseThrow().unquantified()).containsExactly("A2");
    }

    @Test
    void explicitAllocationNamingAnUnknownInstitutionIsAnError() {
        Allocation shares = Allocation.explicit(Map.of("A1", Map.of("XX", BigDecimal.ONE)), Allocation.equalSplit());
        assertThatThrownBy(() -> costs.pivot(Dimension.responsibleInstitution(shares)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A1").hasMessageContaining("XX");
    }

    @Test
    void activityPivotHasOneRowPerActivityInDocumentOrder() {
        CostTable t = costs.pivot(Dimension.ACTIVITY);
        assertThat(t.root().children()).extracting(CostNode::key).containsExactly("A1", "A2", "A3", "A4");
        assertThat(t.at("A4").orElseThrow().code()).isEqualTo("2.1.2");
    }

    @Test
    void levelBeyondTheDeepestSectionPutsEverythingInTheNotStatedRow() {
        CostTable t = costs.pivot(Dimension.level(5));
        assertThat(t.root().children()).extracting(CostNode::key).containsExactly((String) null);
        assertThat(t.root().children().get(0).cost()).isEqualTo(all("5751"));
    }

    @Test
    void fastAndGeneralPathsAgreeOnThreeDimensions() {
        List<Dimension> dims = List.of(Dimension.level(2), Dimension.LEAD_INSTITUTION, Dimension.YEAR);
        assertThat(Tables.describe(costs.pivot(dims, false))).isEqualTo(Tables.describe(costs.pivot(dims, true)));
    }

    @Test
    void negativeAmountsAreRejectedWithTheActivity() {
        Activity bad = Activity.builder("X1", LocalizedText.of("en", "x")).cost(CostEstimate.of(Fixtures.ALL,
                Fixtures.years(2024, Fixtures.cc("1", null)), List.of())).build();
        // YearCost itself rejects negatives; an amount with too many decimals is rejected by the engine
        Activity fine = Activity.builder("X2", LocalizedText.of("en", "x")).cost(CostEstimate.of(Fixtures.ALL,
                Fixtures.years(2024, Fixtures.cc("1.005", null)), List.of())).build();
        Plan plan = Plan.builder("p", LocalizedText.of("en", "p"), 2024, 2024, Fixtures.ALL)
                .goal(Section.builder("G", SectionKind.GOAL, LocalizedText.of("en", "g")).activity(bad).activity(fine).build())
                .build();
        assertThatThrownBy(() -> PlanCosts.of(plan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X2").hasMessageContaining("1.005").hasMessageContaining("2 decimals");
        assertThatThrownBy(() -> Fixtures.cc("-1", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAmountOrAPlanTotalBeyondLongMinorUnitsIsAClearError() {
        assertThatThrownBy(() -> PlanCosts.of(planOf("100000000000000000", "1")))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("B1").hasMessageContaining("64-bit");
        assertThatThrownBy(() -> PlanCosts.of(planOf("60000000000000000", "60000000000000000")))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("total in ALL");
    }

    private static Plan planOf(String first, String second) {
        Activity a = Activity.builder("B1", LocalizedText.of("en", "x")).cost(CostEstimate.of(Fixtures.ALL,
                Fixtures.years(2024, Fixtures.cc(first, null)), List.of())).build();
        Activity b = Activity.builder("B2", LocalizedText.of("en", "x")).cost(CostEstimate.of(Fixtures.ALL,
                Fixtures.years(2024, Fixtures.cc(second, null)), List.of())).build();
        return Plan.builder("p", LocalizedText.of("en", "p"), 2024, 2024, Fixtures.ALL)
                .goal(Section.builder("G", SectionKind.GOAL, LocalizedText.of("en", "g")).activity(a).activity(b).build())
                .build();
    }

    // ------------------------------------------------------------------ properties over random plans

    private static final List<Dimension> PARTITIONS = List.of(Dimension.GOAL, Dimension.level(2),
            Dimension.LEAD_INSTITUTION, Dimension.BUDGET_PROGRAMME, Dimension.YEAR, Dimension.CATEGORY,
            Dimension.ACTIVITY, Dimension.responsibleInstitution(Allocation.equalSplit()));

    private static Plan random(long seed, int n) {
        return RandomPlans.plan(new java.util.SplittableRandom(seed), "", n);
    }

    @Test
    void theGrandTotalEqualsTheSumOverEveryPartition() {
        qt().withExamples(60).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            PlanCosts c = PlanCosts.of(random(seed, n));
            CostTable tree = c.tree();
            Tables.assertPartitions(tree.root(), tree);
            for (Dimension d : PARTITIONS) {
                CostTable t = c.pivot(d);
                assertThat(t.root().cost()).isEqualTo(tree.root().cost());
                assertThat(t.root().funding()).isEqualTo(tree.root().funding());
                assertThat(t.root().count()).isEqualTo(tree.root().count());
                Tables.assertPartitions(t.root(), t);
            }
            CostTable three = c.pivot(Dimension.GOAL, Dimension.LEAD_INSTITUTION, Dimension.YEAR);
            Tables.assertPartitions(three.root(), three);
        });
    }

    @Test
    void everyActivityIsCountedOnceAndEveryUnquantifiedOneIsListedAtTheTop() {
        qt().withExamples(40).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            Plan plan = random(seed, n);
            CostNode root = PlanCosts.of(plan).pivot(Dimension.GOAL, Dimension.YEAR).root();
            List<Activity> all = plan.allActivities();
            assertThat(root.count()).isEqualTo(all.size());
            assertThat(root.unquantified()).containsExactlyElementsOf(all.stream()
                    .filter(a -> a.cost() == null || !a.cost().isQuantified()).map(Activity::id).toList());
            for (CostNode goal : root.children()) {
                assertThat(goal.count()).isLessThanOrEqualTo(root.count());
                for (CostNode year : goal.children()) {
                    assertThat(goal.unquantified()).containsAll(year.unquantified());
                }
            }
        });
    }

    @Test
    void rollUpsAreInvariantUnderReorderingActivities() {
        qt().withExamples(40).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            Plan plan = random(seed, n);
            List<Dimension> dims = List.of(Dimension.GOAL, Dimension.LEAD_INSTITUTION, Dimension.YEAR);
            assertThat(Tables.describeUnordered(PlanCosts.of(RandomPlans.reversed(plan)).pivot(dims)))
                    .isEqualTo(Tables.describeUnordered(PlanCosts.of(plan).pivot(dims)));
        });
    }

    @Test
    void rollingUpTwoPlansAndAddingEqualsRollingUpTheMergedPlan() {
        qt().withExamples(40).forAll(longs().all(), longs().all()).checkAssert((s1, s2) -> {
            Plan a = RandomPlans.plan(new java.util.SplittableRandom(s1), "a", 25);
            Plan b = RandomPlans.plan(new java.util.SplittableRandom(s2), "b", 25);
            List<Section> goals = new java.util.ArrayList<>(a.goals());
            goals.addAll(b.goals());
            Plan merged = a.toBuilder().goals(goals).build();
            List<Dimension> dims = List.of(Dimension.LEAD_INSTITUTION, Dimension.YEAR, Dimension.CATEGORY);
            CostTable ta = PlanCosts.of(a).pivot(dims);
            CostTable tb = PlanCosts.of(b).pivot(dims);
            CostTable tm = PlanCosts.of(merged).pivot(dims);
            tm.rows().forEach(row -> {
                String[] path = path(tm, row);
                long cost = minor(ta, path, true) + minor(tb, path, true);
                long fund = minor(ta, path, false) + minor(tb, path, false);
                assertThat(row.cost().toMinor()).isEqualTo(cost);
                assertThat(row.funding().toMinor()).isEqualTo(fund);
                int count = ta.at(path).map(CostNode::count).orElse(0) + tb.at(path).map(CostNode::count).orElse(0);
                assertThat(row.count()).isEqualTo(count);
            });
        });
    }

    private static long minor(CostTable t, String[] path, boolean cost) {
        return t.at(path).map(n -> (cost ? n.cost() : n.funding()).toMinor()).orElse(0L);
    }

    private static String[] path(CostTable t, CostNode target) {
        List<String> keys = new java.util.ArrayList<>();
        find(t.root(), target, keys);
        return keys.toArray(new String[0]);
    }

    private static boolean find(CostNode at, CostNode target, List<String> keys) {
        if (at == target) {
            return true;
        }
        for (CostNode c : at.children()) {
            keys.add(c.key());
            if (find(c, target, keys)) {
                return true;
            }
            keys.remove(keys.size() - 1);
        }
        return false;
    }

    @Test
    void costEqualsFundingPlusGapInEveryGroup() {
        qt().withExamples(30).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            CostTable t = PlanCosts.of(random(seed, n)).pivot(Dimension.BUDGET_PROGRAMME, Dimension.YEAR);
            for (CostNode row : t.rows()) {
                assertThat(row.funding().plus(row.gap())).isEqualTo(row.cost());
                for (Integer y : t.years()) {
                    assertThat(row.funding(y, null, null).plus(row.gap(y))).isEqualTo(row.cost(y, null));
                }
            }
        });
    }

    @Test
    void allocationConservesEveryTotalExactly() {
        qt().withExamples(40).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            Plan plan = random(seed, n);
            Map<String, Map<String, BigDecimal>> shares = new java.util.HashMap<>();
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            for (Activity a : plan.allActivities()) {
                if (r.nextBoolean()) {
                    shares.put(a.id(), Map.of("MB", BigDecimal.valueOf(r.nextInt(1, 7)), "MF", BigDecimal.valueOf(r.nextInt(0, 3))));
                }
            }
            PlanCosts c = PlanCosts.of(plan);
            CostNode whole = c.pivot().root();
            for (Allocation a : List.of(Allocation.allToLead(), Allocation.equalSplit(),
                    Allocation.explicit(shares, Allocation.equalSplit()))) {
                CostTable t = c.pivot(Dimension.responsibleInstitution(a), Dimension.YEAR);
                assertThat(t.root().cost()).isEqualTo(whole.cost());
                assertThat(t.root().funding()).isEqualTo(whole.funding());
                Tables.assertPartitions(t.root(), t);
            }
        });
    }

    @Test
    void everyHierarchyRowEqualsItsSectionOrActivityRowInThePivots() {
        qt().withExamples(60).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, n) -> {
            PlanCosts c = PlanCosts.of(random(seed, n));
            CostTable tree = c.tree();
            CostTable byActivity = c.pivot(Dimension.ACTIVITY);
            List<CostNode> rows = tree.rows();
            for (CostNode row : rows) {
                if (row.section().isPresent()) {
                    CostTable byLevel = c.pivot(row.dimension());
                    java.util.Optional<CostNode> same = byLevel.root().child(row.key());
                    if (row.count() == 0) {
                        // a pivot has no row for a section without activities; the hierarchy shows it empty
                        assertThat(same).isEmpty();
                        assertThat(row.cost().isZero() && row.funding().isZero()).isTrue();
                    } else {
                        assertThat(Tables.summary(row, tree, false))
                                .isEqualTo(Tables.summary(same.orElseThrow(), byLevel, false));
                    }
                } else if (row.activity().isPresent()) {
                    // the activity's own row plus its sub-activities' rows (their own estimates)
                    List<Activity> subtree = new java.util.ArrayList<>();
                    row.activity().orElseThrow().forEachInTree(subtree::add);
                    long cost = 0;
                    long funding = 0;
                    List<String> unquantified = new java.util.ArrayList<>();
                    for (Activity a : subtree) {
                        CostNode own = byActivity.root().child(a.id()).orElseThrow();
                        cost += own.cost().toMinor();
                        funding += own.funding().toMinor();
                        unquantified.addAll(own.unquantified());
                    }
                    assertThat(row.cost().toMinor()).isEqualTo(cost);
                    assertThat(row.funding().toMinor()).isEqualTo(funding);
                    assertThat(row.count()).isEqualTo(subtree.size());
                    assertThat(row.unquantified()).isEqualTo(unquantified);
                    if (subtree.size() == 1) {
                        CostNode own = byActivity.root().child(row.key()).orElseThrow();
                        assertThat(Tables.summary(row, tree, false)).isEqualTo(Tables.summary(own, byActivity, false));
                    }
                }
                assertThat(row.children()).isSameAs(row.children());
            }
            // rows that read their cells from the columns give the same amounts once copied into cells
            CostTable copied = c.tree().convertedTo(Fixtures.ALL, List.of(), java.math.RoundingMode.HALF_EVEN);
            assertThat(Tables.describe(copied)).isEqualTo(Tables.describe(tree));
            // find gives the first row of the depth-first order with the key, on a fresh table too
            CostTable fresh = c.tree();
            for (CostNode row : rows) {
                if (row.key() != null) {
                    CostNode first = rows.stream().filter(r -> row.key().equals(r.key())).findFirst().orElseThrow();
                    assertThat(tree.find(row.key())).containsSame(first);
                    assertThat(Tables.summary(fresh.find(row.key()).orElseThrow(), fresh, false))
                            .isEqualTo(Tables.summary(first, tree, false));
                }
            }
        });
    }

    @Test
    void findInTheHierarchyReturnsTheFirstRowDepthFirstWhenIdsRepeat() {
        Activity a = Activity.builder("X", LocalizedText.of("en", "activity X"))
                .subActivity(Activity.builder("S", LocalizedText.of("en", "sub")).build()).build();
        Section first = Section.builder("G1", SectionKind.GOAL, LocalizedText.of("en", "goal 1"))
                .child(Section.builder("S", SectionKind.OBJECTIVE, LocalizedText.of("en", "objective S"))
                        .activity(Activity.builder("A", LocalizedText.of("en", "a")).build()).build())
                .activity(a).build();
        Section second = Section.builder("X", SectionKind.GOAL, LocalizedText.of("en", "goal X")).build();
        Plan plan = Plan.builder("p", LocalizedText.of("en", "p"), 2024, 2025, Fixtures.ALL).goals(List.of(first, second))
                .build();
        CostTable tree = PlanCosts.of(plan).tree();
        // depth first: G1, its activity X, X's sub-activity S, then objective S, then goal X
        assertThat(tree.find("X").orElseThrow().activity()).isPresent();
        assertThat(tree.find("S").orElseThrow().activity()).isPresent();
        assertThat(tree.find("A").orElseThrow().count()).isEqualTo(1);
        assertThat(tree.find("G1").orElseThrow().count()).isEqualTo(3);
        assertThat(tree.find("nope")).isEmpty();
        assertThat(tree.rows().stream().map(CostNode::key).toList())
                .containsExactly(null, "G1", "X", "S", "S", "A", "X");
    }

    @Test
    void theFastAndGeneralPathsAgreeOnRandomPlans() {
        List<Dimension> pool = List.of(Dimension.GOAL, Dimension.level(2), Dimension.LEAD_INSTITUTION,
                Dimension.BUDGET_PROGRAMME, Dimension.YEAR, Dimension.CATEGORY, Dimension.ACTIVITY);
        qt().withExamples(40).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            List<Dimension> dims = new java.util.ArrayList<>();
            int k = r.nextInt(4);
            for (int i = 0; i < k; i++) {
                dims.add(pool.get(r.nextInt(pool.size())));
            }
            PlanCosts c = PlanCosts.of(random(seed, n));
            assertThat(Tables.describe(c.pivot(dims, false))).isEqualTo(Tables.describe(c.pivot(dims, true)));
        });
    }

    @Test
    void noNegativeAmountIsAccepted() {
        qt().forAll(longs().between(Long.MIN_VALUE + 1, -1)).checkAssert(v -> {
            BigDecimal neg = BigDecimal.valueOf(v, 2);
            assertThatThrownBy(() -> org.actionplan.core.money.YearCost.of(neg, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> org.actionplan.core.money.FundingLine.of(FundingSourceKind.FOREIGN, 2024,
                    EconomicCategory.CURRENT, neg)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Allocation.split(org.actionplan.core.money.Money.ofMinor(v, Fixtures.ALL),
                    List.of(BigDecimal.ONE))).isInstanceOf(IllegalArgumentException.class);
        });
    }

    // ------------------------------------------------------------------ properties over testkit plans

    private static Plan generated(long seed, int n) {
        return org.actionplan.testkit.PlanGenerator.generate(new java.util.SplittableRandom(seed),
                org.actionplan.testkit.PlanShape.ofActivities(n));
    }

    @Test
    void generatedPlansPartitionExactlyAndTheirCorrectDeclaredFiguresAllMatch() {
        qt().withExamples(25).forAll(longs().all(), integers().between(0, 300)).checkAssert((seed, n) -> {
            Plan plan = generated(seed, n);
            PlanCosts c = PlanCosts.of(plan);
            CostNode whole = c.tree().root();
            for (Dimension d : PARTITIONS) {
                CostTable t = c.pivot(d, Dimension.YEAR);
                assertThat(t.root().cost()).isEqualTo(whole.cost());
                assertThat(t.root().funding()).isEqualTo(whole.funding());
                Tables.assertPartitions(t.root(), t);
            }
            // the generator declares the total, per year and per goal cost, the funding and the gap, all correct
            List<AuditFinding> audit = CostAudit.audit(c, GapConvention.COST_MINUS_FUNDING);
            assertThat(audit).hasSize(plan.declaredFigures().size());
            assertThat(audit).isNotEmpty().allMatch(f -> f.verdict() == AuditFinding.Verdict.MATCH);
        });
    }

    @Test
    void generatedPlansRollUpTheSameInAnyActivityOrder() {
        qt().withExamples(20).forAll(longs().all(), integers().between(0, 200)).checkAssert((seed, n) -> {
            Plan plan = generated(seed, n);
            List<Dimension> dims = List.of(Dimension.GOAL, Dimension.BUDGET_PROGRAMME, Dimension.CATEGORY);
            assertThat(Tables.describeUnordered(PlanCosts.of(RandomPlans.reversed(plan)).pivot(dims)))
                    .isEqualTo(Tables.describeUnordered(PlanCosts.of(plan).pivot(dims)));
        });
    }
}

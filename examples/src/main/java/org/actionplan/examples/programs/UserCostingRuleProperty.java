package org.actionplan.examples.programs;

import java.io.PrintStream;
import java.util.SplittableRandom;

import org.actionplan.core.Plan;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.costing.CostNode;
import org.actionplan.costing.PlanCosts;
import org.actionplan.testkit.PlanGenerator;
import org.actionplan.testkit.PlanShape;

/**
 * Checks a user's own costing rule over many generated plans: the pattern of a property test. The rule here:
 * "in every plan, each goal's capital cost is at most its total cost, and the goals' costs add up to the plan's".
 * In a test suite, put the same check in a QuickTheories {@code qt().forAll(...)} (QuickTheories is a test-scope
 * dependency, so this program uses a plain seeded loop: same seed, same plans, same result).
 */
public final class UserCostingRuleProperty {

    private UserCostingRuleProperty() {
    }

    /**
     * Runs the example.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        run(System.out, 200, 42L);
    }

    /**
     * Checks the rule over generated plans and prints how many held.
     *
     * @param out  where to print, not null
     * @param plans  how many plans to generate
     * @param seed  the random seed
     * @return the number of plans that broke the rule (the first is printed)
     */
    public static int run(PrintStream out, int plans, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int broken = 0;
        for (int i = 0; i < plans; i++) {
            // vary the shape: 1 to 60 activities, 1 to 4 goals
            PlanShape shape = PlanShape.ofActivities(1 + random.nextInt(60)).withGoals(1 + random.nextInt(4));
            Plan plan = PlanGenerator.generate(random, shape);
            String why = check(PlanCosts.of(plan).tree().root());
            if (why != null && broken++ == 0) {
                out.println("rule broken by plan " + i + " of shape " + shape + ": " + why);
            }
        }
        out.println(plans + " generated plans checked (seed " + seed + "): " + (plans - broken) + " kept the rule, "
                + broken + " broke it");
        return broken;
    }

    /** Returns why the rule fails for a plan's cost tree, or null if it holds. */
    static String check(CostNode root) {
        var sum = root.cost().amount().subtract(root.cost().amount());
        for (CostNode goal : root.children()) {
            if (goal.cost(null, EconomicCategory.CAPITAL).amount().compareTo(goal.cost().amount()) > 0) {
                return "goal " + goal.code() + " has more capital than cost";
            }
            sum = sum.add(goal.cost().amount());
        }
        return sum.compareTo(root.cost().amount()) == 0 ? null : "goals add up to " + sum + ", not " + root.cost().amount();
    }
}

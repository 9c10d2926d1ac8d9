package org.actionplan.examples.programs;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.Locale;

import org.actionplan.core.Plan;
import org.actionplan.core.money.ExchangeRate;
import org.actionplan.core.money.Money;
import org.actionplan.costing.CostNode;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;

/** Costs the bundled Albanian plan 2024-2025 and prints the financing gap by goal in ALL and EUR. */
public final class CostAndGapByGoal {

    private CostAndGapByGoal() {
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
     * Prints cost, funding and gap (cost minus funding) of the plan and of each goal.
     *
     * @param out  where to print, not null
     * @return the plan's cost tree root, never null
     */
    public static CostNode run(PrintStream out) {
        Plan plan = Bundled.plan("albania-nap-2024-2025");
        // the plan states its own rate: 110 ALL per EUR
        ExchangeRate eur = plan.exchangeRates().stream()
                .filter(r -> r.base().getCurrencyCode().equals("EUR")).findFirst().orElseThrow();
        CostNode root = PlanCosts.of(plan).tree().root();
        out.println("rate: " + eur.rate().toPlainString() + " ALL per EUR");
        out.println("plan: cost " + both(root.cost(), eur) + ", gap " + both(root.gap(GapConvention.COST_MINUS_FUNDING), eur));
        for (CostNode goal : root.children()) {
            out.println("goal " + goal.code() + ": gap " + both(goal.gap(GapConvention.COST_MINUS_FUNDING), eur));
        }
        return root;
    }

    private static String both(Money all, ExchangeRate eur) {
        // whole units for display; HALF_EVEN for both the ALL amount and the converted EUR amount
        Money converted = eur.convert(all, RoundingMode.HALF_EVEN);
        return String.format(Locale.ROOT, "%,d ALL (%,d EUR)", all.amount().setScale(0, RoundingMode.HALF_EVEN).longValue(),
                converted.amount().setScale(0, RoundingMode.HALF_EVEN).longValue());
    }
}

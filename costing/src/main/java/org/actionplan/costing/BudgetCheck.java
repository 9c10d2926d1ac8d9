package org.actionplan.costing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.actionplan.core.money.Money;

/**
 * The SIGMA plan-versus-budget check: groups or activities whose planned cost exceeds their budget allocation by
 * a threshold or more (SIGMA: 20%) are a material inconsistency.
 * <p>
 * For each allocation, {@code excess = (cost - allocation) / allocation}; the row is flagged when
 * {@code cost - allocation >= threshold x allocation}, compared exactly. A zero allocation flags any positive cost
 * (its excess ratio is undefined).
 */
public final class BudgetCheck {

    /** The SIGMA threshold: 20%. */
    public static final BigDecimal SIGMA_THRESHOLD = new BigDecimal("0.20");

    private BudgetCheck() {
    }

    /**
     * The outcome of the check for one row.
     *
     * @param node  the row, not null
     * @param cost  its planned cost, not null
     * @param allocation  its budget allocation, not null
     * @param excess  {@code (cost - allocation) / allocation}, undefined for a zero allocation, not null
     * @param flagged  true if the cost exceeds the allocation by the threshold or more
     */
    public record Finding(CostNode node, Money cost, Money allocation, Ratio excess, boolean flagged) {

        /**
         * Creates a finding.
         *
         * @throws NullPointerException if an argument is null
         */
        public Finding {
            Objects.requireNonNull(node, "node must not be null");
            Objects.requireNonNull(cost, "cost must not be null");
            Objects.requireNonNull(allocation, "allocation must not be null");
            Objects.requireNonNull(excess, "excess must not be null");
        }
    }

    /**
     * Checks rows against allocations with the SIGMA threshold of 20%.
     *
     * @param table  the table, not null
     * @param allocations  allocation by row key, not null
     * @return one finding per allocation, in the table's row order, never null
     * @throws IllegalArgumentException if a key matches no row or several rows
     */
    public static List<Finding> check(CostTable table, Map<String, Money> allocations) {
        return check(table, allocations, SIGMA_THRESHOLD);
    }

    /**
     * Checks rows against allocations.
     *
     * @param table  the table, not null
     * @param allocations  allocation by row key (a section or activity id in the hierarchy table, a goal id or
     *        institution key in a one-dimension pivot), each key matching exactly one row, not null
     * @param threshold  the excess that flags a row, as a fraction (0.20 = 20%), not negative, not null
     * @return one finding per allocation, in the table's row order, never null
     * @throws IllegalArgumentException if a key matches no row or several rows, or the threshold is negative
     * @throws org.actionplan.core.money.CurrencyMismatchException if an allocation is not in the table's currency
     */
    public static List<Finding> check(CostTable table, Map<String, Money> allocations, BigDecimal threshold) {
        Objects.requireNonNull(threshold, "threshold must not be null");
        if (threshold.signum() < 0) {
            throw new IllegalArgumentException("threshold must not be negative: " + threshold.toPlainString());
        }
        Map<String, List<CostNode>> byKey = new HashMap<>();
        for (CostNode n : table.rows()) {
            if (n.key() != null && allocations.containsKey(n.key())) {
                byKey.computeIfAbsent(n.key(), k -> new ArrayList<>()).add(n);
            }
        }
        for (String key : allocations.keySet()) {
            List<CostNode> nodes = byKey.get(key);
            if (nodes == null) {
                throw new IllegalArgumentException("allocation for '" + key + "' matches no row of the table");
            }
            if (nodes.size() > 1) {
                throw new IllegalArgumentException("allocation for '" + key + "' matches " + nodes.size()
                        + " rows; check a table where the key is unique");
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (CostNode n : table.rows()) {
            Money allocation = n.key() == null ? null : allocations.get(n.key());
            if (allocation == null) {
                continue;
            }
            Money cost = n.cost();
            Money excess = cost.minus(allocation);
            boolean flagged = allocation.isZero() ? cost.amount().signum() > 0
                    : excess.amount().compareTo(threshold.multiply(allocation.amount())) >= 0;
            findings.add(new Finding(n, cost, allocation, new Ratio(excess.amount(), allocation.amount()), flagged));
        }
        return List.copyOf(findings);
    }
}

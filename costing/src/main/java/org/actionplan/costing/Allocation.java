package org.actionplan.costing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.actionplan.costing.internal.Shares;
import org.actionplan.core.money.Money;

/**
 * How the cost of an activity shared by several responsible institutions is allocated among them.
 * <p>
 * The responsible institutions of an activity are its assignments with the role LEAD or CO_RESPONSIBLE, in
 * document order (supporting institutions receive nothing). Every cost and funding cell (year x category x
 * source) is allocated separately and exactly: the parts of a cell sum to the cell to the minor unit.
 * <ul>
 * <li>{@link #allToLead()}: the whole amount to the lead.</li>
 * <li>{@link #equalSplit()}: {@code amount / n} each; the {@code amount mod n} remaining minor units go one each
 * to the first institutions in document order.</li>
 * <li>{@link #explicit(Map, Allocation)}: parts proportional to given weights by the largest-remainder rule:
 * each gets {@code floor(amount * w / W)}, then the remaining units go one each to the largest remainders,
 * ties to the earlier institution (responsible order, then other named institutions by key).</li>
 * </ul>
 * An activity with no responsible institution keeps its whole amount in the "not stated" group.
 * This class is immutable and thread-safe.
 */
public final class Allocation {

    /** The allocation policies. */
    public enum Policy {
        /** Everything to the lead institution. */
        ALL_TO_LEAD,
        /** Equal parts among responsible institutions. */
        EQUAL_SPLIT,
        /** Explicit weights per activity. */
        EXPLICIT
    }

    private static final Allocation ALL_TO_LEAD = new Allocation(Policy.ALL_TO_LEAD, Map.of(), null);
    private static final Allocation EQUAL_SPLIT = new Allocation(Policy.EQUAL_SPLIT, Map.of(), null);

    private final Policy policy;
    private final Map<String, Map<String, BigDecimal>> shares;
    private final Allocation fallback;

    private Allocation(Policy policy, Map<String, Map<String, BigDecimal>> shares, Allocation fallback) {
        this.policy = policy;
        this.shares = shares;
        this.fallback = fallback;
    }

    /**
     * Returns the policy that gives the whole amount to the lead institution.
     *
     * @return the policy, never null
     */
    public static Allocation allToLead() {
        return ALL_TO_LEAD;
    }

    /**
     * Returns the policy that splits amounts equally among the responsible institutions.
     *
     * @return the policy, never null
     */
    public static Allocation equalSplit() {
        return EQUAL_SPLIT;
    }

    /**
     * Returns the policy of explicit weights per activity.
     *
     * @param sharesByActivity  activity id to (institution key to non-negative weight, at least one positive); an
     *        institution key is the institution's id, or the name as written when it did not resolve; not null
     * @param fallback  the policy for activities absent from the map: {@link #allToLead()} or {@link #equalSplit()},
     *        not null
     * @return the policy, never null
     * @throws IllegalArgumentException if a weight is negative, an activity's weights are all zero, or the
     *         fallback is itself explicit
     */
    public static Allocation explicit(Map<String, Map<String, BigDecimal>> sharesByActivity, Allocation fallback) {
        Objects.requireNonNull(sharesByActivity, "sharesByActivity must not be null");
        Objects.requireNonNull(fallback, "fallback must not be null");
        if (fallback.policy == Policy.EXPLICIT) {
            throw new IllegalArgumentException("the fallback of an explicit allocation must be ALL_TO_LEAD or EQUAL_SPLIT");
        }
        Map<String, Map<String, BigDecimal>> copy = new LinkedHashMap<>();
        sharesByActivity.forEach((activity, weights) -> {
            Map<String, BigDecimal> w = new LinkedHashMap<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
                BigDecimal v = Objects.requireNonNull(e.getValue(), "weight of " + e.getKey() + " in " + activity);
                if (v.signum() < 0) {
                    throw new IllegalArgumentException("negative share " + v.toPlainString() + " for institution '"
                            + e.getKey() + "' of activity '" + activity + "'");
                }
                sum = sum.add(v);
                w.put(Objects.requireNonNull(e.getKey(), "institution key"), v);
            }
            if (sum.signum() == 0) {
                throw new IllegalArgumentException("the shares of activity '" + activity + "' sum to zero");
            }
            copy.put(activity, Collections.unmodifiableMap(w));
        });
        return new Allocation(Policy.EXPLICIT, Collections.unmodifiableMap(copy), fallback);
    }

    /**
     * Returns the policy.
     *
     * @return the policy, never null
     */
    public Policy policy() {
        return policy;
    }

    /**
     * Returns the explicit weights by activity id.
     *
     * @return the weights, empty unless the policy is EXPLICIT
     */
    public Map<String, Map<String, BigDecimal>> shares() {
        return shares;
    }

    /**
     * Returns the policy for activities without explicit weights.
     *
     * @return the fallback, null unless the policy is EXPLICIT
     */
    public Allocation fallback() {
        return fallback;
    }

    /**
     * Splits an amount by weights, conserving it to the minor unit (largest-remainder rule, ties to the earlier).
     *
     * @param amount  the non-negative amount, not null
     * @param weights  the non-negative weights, at least one positive, not null
     * @return the parts in the order of the weights, summing exactly to the amount, never null
     * @throws IllegalArgumentException if the amount or a weight is negative, or all weights are zero
     */
    public static List<Money> split(Money amount, List<BigDecimal> weights) {
        Objects.requireNonNull(amount, "amount must not be null");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot allocate a negative amount: " + amount);
        }
        int scale = 0;
        for (BigDecimal w : weights) {
            scale = Math.max(scale, Objects.requireNonNull(w, "weight must not be null").scale());
        }
        BigInteger[] ints = new BigInteger[weights.size()];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = weights.get(i).setScale(scale).unscaledValue();
        }
        long[] parts = Shares.split(amount.toMinor(), ints);
        List<Money> result = new ArrayList<>(parts.length);
        for (long p : parts) {
            result.add(Money.ofMinor(p, amount.currency()));
        }
        return List.copyOf(result);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Allocation other && policy == other.policy && shares.equals(other.shares)
                && Objects.equals(fallback, other.fallback);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policy, shares, fallback);
    }

    @Override
    public String toString() {
        return policy == Policy.EXPLICIT ? "EXPLICIT(" + shares.size() + " activities, else " + fallback + ")" : policy.name();
    }
}

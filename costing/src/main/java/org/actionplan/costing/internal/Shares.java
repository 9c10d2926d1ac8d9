package org.actionplan.costing.internal;

import java.math.BigInteger;

/**
 * Splits an amount of minor units into parts proportional to integer weights, conserving the total exactly
 * (largest-remainder rule; equal remainders go to the earlier part).
 */
public final class Shares {

    private Shares() {
    }

    /**
     * Splits an amount by weights.
     *
     * @param amount  the non-negative amount in minor units
     * @param weights  the non-negative weights, at least one positive, not null
     * @return the parts, summing to the amount, never null
     * @throws IllegalArgumentException if no weight is positive or one is negative
     */
    public static long[] split(long amount, BigInteger[] weights) {
        BigInteger total = BigInteger.ZERO;
        for (BigInteger w : weights) {
            if (w.signum() < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
            total = total.add(w);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
        long[] parts = new long[weights.length];
        BigInteger[] rest = new BigInteger[weights.length];
        BigInteger a = BigInteger.valueOf(amount);
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = a.multiply(weights[i]).divideAndRemainder(total);
            parts[i] = qr[0].longValueExact();
            rest[i] = qr[1];
            given += parts[i];
        }
        long left = amount - given;
        // left < weights.length; give one unit each to the largest remainders, earlier first on ties
        boolean[] taken = new boolean[weights.length];
        for (long k = 0; k < left; k++) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (!taken[i] && (best < 0 || rest[i].compareTo(rest[best]) > 0)) {
                    best = i;
                }
            }
            taken[best] = true;
            parts[best]++;
        }
        return parts;
    }

    /**
     * Splits an amount into equal parts, the remainder units going one each to the first parts.
     *
     * @param amount  the non-negative amount in minor units
     * @param n  the number of parts, positive
     * @return the parts, summing to the amount, never null
     */
    public static long[] equal(long amount, int n) {
        long[] parts = new long[n];
        long q = amount / n;
        long r = amount % n;
        for (int i = 0; i < n; i++) {
            parts[i] = q + (i < r ? 1 : 0);
        }
        return parts;
    }
}

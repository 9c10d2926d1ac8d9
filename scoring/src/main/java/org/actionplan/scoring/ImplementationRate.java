package org.actionplan.scoring;

import java.math.BigDecimal;

/**
 * The SIGMA activity implementation rate of a period, plain and cost-weighted, with its point band and
 * linear score. Rates are fractions 0 to 1 at the policy scale; null means no data (nothing counted).
 * This class is immutable and thread-safe.
 *
 * @param planned  activities planned for completion in the period (or ongoing, if counted) and in force at its start
 * @param counted  those entering the rate: planned minus unreported and cancelled ones the policy leaves out
 * @param achieved  those achieved
 * @param unreported  planned activities without any status update
 * @param cancelled  planned activities reported cancelled
 * @param rate  achieved over counted, null if nothing is counted
 * @param points  the SIGMA band: above 90% 5, 70-90% 4, 50-70% 3, 30-50% 1, below 30% 0; null if no rate
 * @param linearScore  (rate - 25%) / 65%, clamped to 0 to 1; null if no rate
 * @param costCounted  planned cost of the counted activities with a quantified cost
 * @param costAchieved  planned cost of the achieved activities with a quantified cost
 * @param costWeightedRate  costAchieved over costCounted, null if costCounted is zero
 * @param costUnquantified  counted activities left out of the cost-weighted rate for want of a cost
 */
public record ImplementationRate(int planned, int counted, int achieved, int unreported, int cancelled,
        BigDecimal rate, Integer points, BigDecimal linearScore, BigDecimal costCounted, BigDecimal costAchieved,
        BigDecimal costWeightedRate, int costUnquantified) {
}

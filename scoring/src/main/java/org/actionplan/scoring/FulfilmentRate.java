package org.actionplan.scoring;

import java.math.BigDecimal;

/**
 * The SIGMA objective fulfilment rate: outcome targets met over outcome targets due in the period.
 * Targets without data are counted apart, never as unmet. This class is immutable and thread-safe.
 *
 * @param due  targets of section (objective, goal, measure) indicators due in the period
 * @param met  those met
 * @param noData  those that could not be assessed
 * @param rate  met over (due - noData), null if that is zero
 */
public record FulfilmentRate(int due, int met, int noData, BigDecimal rate) {
}

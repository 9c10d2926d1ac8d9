package org.actionplan.core.money;

import java.math.BigDecimal;

import org.actionplan.core.Checks;

/**
 * One line of a bottom-up cost calculation (the IPSIS method): quantity times unit cost, in a year.
 * <p>
 * The unit cost may be given directly or come from a standard-cost catalogue entry named by
 * {@code standardCost}; the costing module resolves it. This class is immutable and thread-safe.
 *
 * @param category  the expenditure category (e.g. {@code training}, {@code travel}), not blank
 * @param description  what is bought, may be null
 * @param year  the fiscal year
 * @param economic  current or capital, not null
 * @param quantity  the non-negative quantity, not null
 * @param unit  the unit of the quantity (e.g. {@code participant-day}), may be null
 * @param unitCost  the non-negative unit cost in the estimate's currency, may be null if a standard cost is named
 * @param standardCost  the key of a standard-cost catalogue entry, may be null
 */
public record CostItem(String category, String description, int year, EconomicCategory economic,
        BigDecimal quantity, String unit, BigDecimal unitCost, String standardCost) {

    /**
     * Creates a cost item.
     *
     * @throws IllegalArgumentException if an amount is negative, or neither a unit cost nor a standard cost is given
     */
    public CostItem {
        Checks.notBlank(category, "category");
        Checks.notNull(economic, "economic");
        quantity = Checks.nonNegative(Checks.notNull(quantity, "quantity"), "quantity");
        unitCost = Checks.nonNegative(unitCost, "unitCost");
        if (unitCost == null && standardCost == null) {
            throw new IllegalArgumentException("cost item '" + category + "' needs a unitCost or a standardCost");
        }
    }
}

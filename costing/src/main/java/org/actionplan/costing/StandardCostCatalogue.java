package org.actionplan.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.CostItem;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.Money;
import org.actionplan.core.money.YearCost;

/**
 * A versioned catalogue of standard unit costs (the IPSIS method): unit costs by expenditure category, key and
 * fiscal year, in one currency, and the function that costs an activity bottom-up from its {@link CostItem}s.
 * <p>
 * Each item costs {@code quantity x unit cost}, rounded once to the currency's minor unit with the given
 * rounding mode (HALF_EVEN by default); the unit cost is the item's own or, when it names a standard cost, the
 * catalogue entry for its category, key and year. There is no fallback to another year or category: a missing
 * entry is an error. Item amounts are summed per year and economic category. This class is immutable and
 * thread-safe.
 */
public final class StandardCostCatalogue {

    /**
     * One standard unit cost.
     *
     * @param category  the expenditure category (e.g. {@code training}), not blank
     * @param key  the standard-cost key (e.g. {@code seminar-participant-day}), not blank
     * @param year  the fiscal year it applies to
     * @param unitCost  the non-negative unit cost in the catalogue's currency, not null
     * @param unit  the unit (e.g. {@code participant-day}), may be null
     */
    public record Entry(String category, String key, int year, BigDecimal unitCost, String unit) {

        /**
         * Creates an entry.
         *
         * @throws IllegalArgumentException if the category or key is blank, or the unit cost negative
         */
        public Entry {
            if (category == null || category.isBlank() || key == null || key.isBlank()) {
                throw new IllegalArgumentException("a standard cost needs a category and a key");
            }
            Objects.requireNonNull(unitCost, "unitCost must not be null");
            if (unitCost.signum() < 0) {
                throw new IllegalArgumentException("standard cost " + category + "/" + key + " " + year
                        + " is negative: " + unitCost.toPlainString());
            }
        }
    }

    private final String version;
    private final Currency currency;
    private final Map<String, Entry> entries;

    private StandardCostCatalogue(String version, Currency currency, Map<String, Entry> entries) {
        this.version = version;
        this.currency = currency;
        this.entries = entries;
    }

    /**
     * Creates a catalogue.
     *
     * @param version  the version label (e.g. {@code IPSIS 2024 v1}), not blank
     * @param currency  the currency of every unit cost, not null
     * @param entries  the entries, not null
     * @return the catalogue, never null
     * @throws IllegalArgumentException if two entries share category, key and year
     */
    public static StandardCostCatalogue of(String version, Currency currency, List<Entry> entries) {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a catalogue needs a version");
        }
        Objects.requireNonNull(currency, "currency must not be null");
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (map.put(id(e.category(), e.key(), e.year()), e) != null) {
                throw new IllegalArgumentException("catalogue '" + version + "' has two entries for "
                        + e.category() + "/" + e.key() + " in " + e.year());
            }
        }
        return new StandardCostCatalogue(version, currency, Collections.unmodifiableMap(map));
    }

    private static String id(String category, String key, int year) {
        return category + '\u0000' + key + '\u0000' + year;
    }

    /**
     * Returns the version label.
     *
     * @return the version, never null
     */
    public String version() {
        return version;
    }

    /**
     * Returns the currency.
     *
     * @return the currency, never null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the entries in the order given.
     *
     * @return the entries, unmodifiable, never null
     */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Finds the unit cost of a category and key in a year.
     *
     * @param category  the category, not null
     * @param key  the key, not null
     * @param year  the year
     * @return the entry, empty if the catalogue has none
     */
    public Optional<Entry> find(String category, String key, int year) {
        return Optional.ofNullable(entries.get(id(category, key, year)));
    }

    /**
     * Returns the amount of one item: quantity x unit cost, rounded to the minor unit.
     *
     * @param item  the item, not null
     * @param rounding  the rounding mode, not null
     * @return the amount, never null
     * @throws IllegalArgumentException if the item names a standard cost the catalogue lacks
     */
    public Money amount(CostItem item, RoundingMode rounding) {
        BigDecimal unitCost = unitCost(item);
        if (unitCost == null) {
            throw new IllegalArgumentException(missing(item));
        }
        return Money.of(item.quantity().multiply(unitCost), currency, rounding);
    }

    private BigDecimal unitCost(CostItem item) {
        if (item.unitCost() != null) {
            return item.unitCost();
        }
        Entry e = entries.get(id(item.category(), item.standardCost(), item.year()));
        return e == null ? null : e.unitCost();
    }

    private String missing(CostItem item) {
        return "catalogue '" + version + "' has no standard cost " + item.category() + "/" + item.standardCost()
                + " for " + item.year();
    }

    /**
     * Costs items with HALF_EVEN rounding of each item.
     *
     * @param items  the items, not null
     * @return the estimate, never null
     * @throws IllegalArgumentException listing every item whose standard cost is missing
     */
    public CostEstimate estimate(List<CostItem> items) {
        return estimate(items, RoundingMode.HALF_EVEN);
    }

    /**
     * Costs items bottom-up: each item's amount (see {@link #amount(CostItem, RoundingMode)}) is added to its year
     * and economic category. A year with only {@link EconomicCategory#UNSPECIFIED} items gets a total only.
     *
     * @param items  the items, not null
     * @param rounding  the rounding of each item's amount, not null
     * @return the estimate in the catalogue's currency, with the items, no funding, never null
     * @throws IllegalArgumentException listing every item (1-based position) whose standard cost is missing, or
     *         naming a year that mixes unspecified with current or capital items
     */
    public CostEstimate estimate(List<CostItem> items, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding must not be null");
        List<String> problems = new ArrayList<>();
        TreeMap<Integer, BigDecimal[]> byYear = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            CostItem item = items.get(i);
            if (unitCost(item) == null) {
                problems.add("item " + (i + 1) + ": " + missing(item));
                continue;
            }
            BigDecimal[] cells = byYear.computeIfAbsent(item.year(), y -> new BigDecimal[3]);
            int c = item.economic().ordinal();
            BigDecimal amount = amount(item, rounding).amount();
            cells[c] = cells[c] == null ? amount : cells[c].add(amount);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Map<Integer, YearCost> years = new LinkedHashMap<>();
        byYear.forEach((year, cells) -> {
            BigDecimal unspecified = cells[EconomicCategory.UNSPECIFIED.ordinal()];
            BigDecimal current = cells[EconomicCategory.CURRENT.ordinal()];
            BigDecimal capital = cells[EconomicCategory.CAPITAL.ordinal()];
            if (unspecified != null && (current != null || capital != null)) {
                throw new IllegalArgumentException("year " + year
                        + " mixes items of unspecified economic category with current or capital items");
            }
            years.put(year, unspecified != null ? new YearCost(null, null, unspecified) : YearCost.of(current, capital));
        });
        return new CostEstimate(currency, new TreeMap<>(years), List.of(), items, null);
    }

    @Override
    public String toString() {
        return "StandardCostCatalogue[" + version + ", " + currency + ", " + entries.size() + " entries]";
    }
}

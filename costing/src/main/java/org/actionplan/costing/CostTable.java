package org.actionplan.costing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.actionplan.core.Activity;
import org.actionplan.core.BudgetProgram;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.money.CurrencyMismatchException;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.ExchangeRate;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.costing.internal.Aggregator;
import org.actionplan.costing.internal.Columns;
import org.actionplan.costing.internal.Row;

/**
 * The result of a roll-up: an immutable tree of {@link CostNode}s under a root that stands for the whole plan.
 * <p>
 * A pivot table ({@link PlanCosts#pivot(Dimension...)}) has one tree level per dimension, outermost first; the
 * hierarchy table ({@link PlanCosts#tree()}) follows the plan's own sections and activities. Rows are in stable
 * order: sections, activities and registered institutions and programmes in document order, others by key, years
 * ascending, enum values in declaration order, "not stated" last. The same plan gives the same table.
 * <p>
 * Amounts are exact. A table over activities in several currencies keeps exact sums per currency; its amounts can
 * be read only after {@link #convertedTo(Currency, List, RoundingMode)}, which converts each cell's exact sum with
 * a single rounding. This class is immutable and thread-safe.
 */
public final class CostTable {

    private static final MathContext DIVISION = MathContext.DECIMAL128;

    private final Columns columns;
    private final List<Dimension> dimensions;
    private final Currency[] currencies;
    private final List<ExchangeRate> ratesUsed;
    private final RoundingMode rounding;
    private final CostNode root;

    CostTable(Columns columns, List<Dimension> dimensions, Currency[] currencies, Row root, List<ExchangeRate> ratesUsed,
            RoundingMode rounding) {
        this.columns = columns;
        this.dimensions = List.copyOf(dimensions);
        this.currencies = currencies;
        this.ratesUsed = List.copyOf(ratesUsed);
        this.rounding = rounding;
        this.root = node(root);
    }

    /**
     * Returns the dimensions, outermost first.
     *
     * @return the dimensions, empty for the hierarchy table, never null
     */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /**
     * Returns the root: the whole plan.
     *
     * @return the root, never null
     */
    public CostNode root() {
        return root;
    }

    /**
     * Returns the currency of the amounts.
     *
     * @return the currency, never null
     * @throws CurrencyMismatchException if the activities use several currencies and the table is not converted
     */
    public Currency currency() {
        if (currencies.length > 1) {
            throw new CurrencyMismatchException(currencies[0], currencies[1],
                    "one total (convert the table with CostTable.convertedTo and explicit exchange rates)");
        }
        return currencies[0];
    }

    /**
     * Returns the currencies of the amounts, the plan's first.
     *
     * @return the currencies, one after conversion, never null
     */
    public List<Currency> currencies() {
        return List.of(currencies);
    }

    /**
     * Returns the fiscal years of the table: the plan period and every year with an amount, ascending.
     *
     * @return the years, never null
     */
    public List<Integer> years() {
        return Arrays.stream(columns.years).boxed().toList();
    }

    /**
     * Returns the exchange rates used to convert this table.
     *
     * @return the rates, empty if the table was not converted, never null
     */
    public List<ExchangeRate> ratesUsed() {
        return ratesUsed;
    }

    /**
     * Returns the rounding mode used to convert this table.
     *
     * @return the rounding, null if the table was not converted
     */
    public RoundingMode rounding() {
        return rounding;
    }

    /**
     * Finds a row by the keys along its path from the root.
     *
     * @param keys  the keys, outermost first; a null key selects the "not stated" group
     * @return the row, empty if there is none
     */
    public Optional<CostNode> at(String... keys) {
        CostNode node = root;
        for (String key : keys) {
            Optional<CostNode> child = node.child(key);
            if (child.isEmpty()) {
                return Optional.empty();
            }
            node = child.get();
        }
        return Optional.of(node);
    }

    /**
     * Finds the first row, depth first, whose key equals a key (a section or activity id in the hierarchy table).
     *
     * @param key  the key, not null
     * @return the row, empty if none
     */
    public Optional<CostNode> find(String key) {
        Objects.requireNonNull(key, "key must not be null");
        if (root.row().ref instanceof Plan plan) {
            // hierarchy table: search the plan's structure, build only the rows on the way to the match
            int[] path = Aggregator.pathTo(plan, key);
            if (path.length == 0) {
                return Optional.empty();
            }
            CostNode node = root;
            for (int i : path) {
                node = node.children().get(i);
            }
            return Optional.of(node);
        }
        CostNode[] found = new CostNode[1];
        root.forEach(n -> {
            if (found[0] == null && key.equals(n.key())) {
                found[0] = n;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * Returns every row, depth first, parents before children, the root first.
     *
     * @return the rows, unmodifiable, never null
     */
    public List<CostNode> rows() {
        List<CostNode> list = new ArrayList<>();
        root.forEach(list::add);
        return Collections.unmodifiableList(list);
    }

    /**
     * Converts the table to a currency.
     * <p>
     * Each cell (year x category, and x source for funding) is converted from its exact per-currency sum:
     * {@code sum(amount_c * rate_c)} for rates quoted from the cell's currency, {@code amount_c / rate_c} for rates
     * quoted the other way (divisions carried to 34 significant digits), then rounded once to the target's minor
     * unit with the given mode. A row's totals are sums of its converted cells, so they differ from the exactly
     * converted total by at most half a minor unit per cell summed (with HALF_EVEN or HALF_UP); and since every row
     * is converted from its own exact sums, a parent may differ from the sum of its converted children by up to half
     * a minor unit per child cell ({@link CostNode#childrenPartition()} is then false). For each currency the first
     * matching rate of the list is used.
     *
     * @param target  the target currency, not null
     * @param rates  the exchange rates, not null
     * @param mode  the rounding mode, not null
     * @return the converted table, never null
     * @throws CurrencyMismatchException if no rate connects one of the table's currencies with the target
     */
    public CostTable convertedTo(Currency target, List<ExchangeRate> rates, RoundingMode mode) {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(rates, "rates must not be null");
        Objects.requireNonNull(mode, "mode must not be null");
        ExchangeRate[] used = new ExchangeRate[currencies.length];
        List<ExchangeRate> usedList = new ArrayList<>();
        for (int c = 0; c < currencies.length; c++) {
            if (currencies[c].equals(target)) {
                continue;
            }
            for (ExchangeRate r : rates) {
                if ((r.base().equals(currencies[c]) && r.quote().equals(target))
                        || (r.quote().equals(currencies[c]) && r.base().equals(target))) {
                    used[c] = r;
                    usedList.add(r);
                    break;
                }
            }
            if (used[c] == null) {
                throw new CurrencyMismatchException(currencies[c], target,
                        "conversion: no exchange rate between " + currencies[c].getCurrencyCode() + " and "
                                + target.getCurrencyCode() + " was given");
            }
        }
        Row converted = convert(root.row(), target, used, mode);
        return new CostTable(columns, dimensions, new Currency[] {target}, converted, usedList, mode);
    }

    private Row convert(Row row, Currency target, ExchangeRate[] used, RoundingMode mode) {
        List<Row> kids = new ArrayList<>();
        for (Row child : row.children()) {
            kids.add(convert(child, target, used, mode));
        }
        Row r = row.withCells(convertCells(row.cost(), target, used, mode), convertCells(row.fund(), target, used, mode), kids);
        boolean rounded = false;
        for (ExchangeRate rate : used) {
            rounded |= rate != null;
        }
        r.additive = row.additive && (!rounded || kids.isEmpty());
        return r;
    }

    private long[] convertCells(long[] cells, Currency target, ExchangeRate[] used, RoundingMode mode) {
        int per = cells.length / currencies.length;
        long[] out = new long[per];
        int targetScale = Money.scaleOf(target);
        for (int i = 0; i < per; i++) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean any = false;
            for (int c = 0; c < currencies.length; c++) {
                long v = cells[c * per + i];
                if (v == 0) {
                    continue;
                }
                any = true;
                BigDecimal amount = BigDecimal.valueOf(v, Money.scaleOf(currencies[c]));
                ExchangeRate r = used[c];
                if (r == null) {
                    sum = sum.add(amount);
                } else if (r.base().equals(currencies[c])) {
                    sum = sum.add(amount.multiply(r.rate()));
                } else {
                    sum = sum.add(amount.divide(r.rate(), DIVISION));
                }
            }
            out[i] = any ? sum.setScale(targetScale, mode).unscaledValue().longValueExact() : 0;
        }
        return out;
    }

    // ------------------------------------------------------------------ for CostNode

    int[] yearArray() {
        return columns.years;
    }

    int slot(Integer year) {
        if (year == null) {
            return -1;
        }
        int i = Arrays.binarySearch(columns.years, year);
        return i < 0 ? -2 : i;
    }

    List<String> ids(int[] activities) {
        String[] ids = new String[activities.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = columns.activities[activities[i]].id();
        }
        return List.of(ids);
    }

    CostNode node(Row row) {
        if (row.axis == -1) {
            return new CostNode(this, row, null, null, null, null, null, null, null);
        }
        if (row.ref instanceof Section s) {
            return new CostNode(this, row, Dimension.level(row.axis + 1), s.id(), s.rawCode(), s.title(), null, null, null);
        }
        if (row.ref instanceof Activity a) {
            return new CostNode(this, row, Dimension.ACTIVITY, a.id(), a.rawCode(), a.title(), null, null, null);
        }
        Dimension dim = dimensions.get(row.axis);
        int v = row.value;
        switch (dim.kind()) {
            case LEVEL: {
                Section[] atLevel = dim.level() - 1 < columns.depth ? columns.levelSections[dim.level() - 1] : new Section[0];
                if (v >= atLevel.length) {
                    return plain(row, dim, null, null);
                }
                Section s = atLevel[v];
                return new CostNode(this, row, dim, s.id(), s.rawCode(), s.title(), null, null, null);
            }
            case LEAD_INSTITUTION:
            case RESPONSIBLE_INSTITUTION:
            case INVOLVED_INSTITUTION: {
                if (v >= columns.who().institutions.length) {
                    return plain(row, dim, null, null);
                }
                String key = columns.who().institutions[v];
                LocalizedText names = columns.plan.institution(key).map(Institution::names).orElse(null);
                return plain(row, dim, key, names);
            }
            case BUDGET_PROGRAMME: {
                if (v >= columns.who().programmes.length) {
                    return plain(row, dim, null, null);
                }
                String key = columns.who().programmes[v];
                LocalizedText name = columns.plan.budgetPrograms().stream().filter(p -> p.code().equals(key))
                        .map(BudgetProgram::name).findFirst().orElse(null);
                return plain(row, dim, key, name);
            }
            case YEAR: {
                Integer year = v < columns.years.length ? columns.years[v] : null;
                return new CostNode(this, row, dim, year == null ? null : year.toString(), null, null, year, null, null);
            }
            case CATEGORY: {
                EconomicCategory cat = v < Columns.NONE ? EconomicCategory.values()[v] : null;
                return new CostNode(this, row, dim, cat == null ? null : cat.name(), null, null, null, cat, null);
            }
            case SOURCE_KIND: {
                FundingSourceKind kind = v < Columns.SOURCES ? FundingSourceKind.values()[v] : null;
                return new CostNode(this, row, dim, kind == null ? null : kind.name(), null, null, null, null, kind);
            }
            case DONOR:
                return plain(row, dim, v < columns.donors.length ? columns.donors[v] : null, null);
            default: {
                Activity a = columns.activities[v];
                return new CostNode(this, row, dim, a.id(), a.rawCode(), a.title(), null, null, null);
            }
        }
    }

    private CostNode plain(Row row, Dimension dim, String key, LocalizedText title) {
        return new CostNode(this, row, dim, key, null, title, null, null, null);
    }
}

package org.actionplan.costing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.actionplan.core.Activity;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Section;
import org.actionplan.core.money.CurrencyMismatchException;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.costing.internal.Row;

/**
 * One row of a {@link CostTable}: a group (a goal, an institution, a year, ...) or the whole plan, with its exact
 * cost per year and category, identified funding per source kind, financing gap, shares, and the activities it
 * could not quantify.
 * <p>
 * Amounts are exact sums in minor units of the table's currency. {@code cost(year, category)} and
 * {@code funding(year, category, source)} take null for "all". Funding whose year the plan does not state is
 * included in totals but in no single year ({@link #fundingYearNotStated()}); so {@link #gap()} may differ from
 * the sum of {@link #gap(Integer)} over years by exactly that amount. Activities without a cost amount are never
 * added as zero: they are counted in {@link #count()} and listed in {@link #unquantified()}.
 * This class is immutable and thread-safe.
 */
public final class CostNode {

    private final CostTable table;
    private final Row row;
    private final Dimension dimension;
    private final String key;
    private final String code;
    private final LocalizedText title;
    private final Integer year;
    private final EconomicCategory category;
    private final FundingSourceKind source;
    /** The child rows, built on the first call of {@link #children()}. */
    private volatile List<CostNode> children;

    CostNode(CostTable table, Row row, Dimension dimension, String key, String code, LocalizedText title, Integer year,
            EconomicCategory category, FundingSourceKind source) {
        this.table = table;
        this.row = row;
        this.dimension = dimension;
        this.key = key;
        this.code = code;
        this.title = title;
        this.year = year;
        this.category = category;
        this.source = source;
    }

    Row row() {
        return row;
    }

    /**
     * Returns the dimension of this row.
     *
     * @return the dimension; null for the root (the whole plan)
     */
    public Dimension dimension() {
        return dimension;
    }

    /**
     * Returns the group's key: a section or activity id, an institution key, a programme code, a year, a category
     * or source kind name, a donor.
     *
     * @return the key; null for the root and for the "not stated" group
     */
    public String key() {
        return key;
    }

    /**
     * Returns the printed code of a section or activity row.
     *
     * @return the code, null if none
     */
    public String code() {
        return code;
    }

    /**
     * Returns the title of a section, activity, institution or programme row.
     *
     * @return the title, null if none
     */
    public LocalizedText title() {
        return title;
    }

    /**
     * Returns the year of a row on the year dimension.
     *
     * @return the year, null for other rows and for "year not stated"
     */
    public Integer year() {
        return year;
    }

    /**
     * Returns the category of a row on the category dimension.
     *
     * @return the category, null for other rows and for "no amount"
     */
    public EconomicCategory category() {
        return category;
    }

    /**
     * Returns the source kind of a row on the source-kind dimension.
     *
     * @return the source kind, null for other rows and for "no source named"
     */
    public FundingSourceKind sourceKind() {
        return source;
    }

    /**
     * Returns the sub-groups, in stable order (document or registry order, then "not stated" last).
     *
     * @return the children, unmodifiable, never null
     */
    public List<CostNode> children() {
        List<CostNode> list = children;
        if (list == null) {
            synchronized (this) {
                list = children;
                if (list == null) {
                    List<Row> rows = row.children();
                    CostNode[] nodes = new CostNode[rows.size()];
                    for (int i = 0; i < nodes.length; i++) {
                        nodes[i] = table.node(rows.get(i));
                    }
                    list = Collections.unmodifiableList(Arrays.asList(nodes));
                    children = list;
                }
            }
        }
        return list;
    }

    /**
     * Tells whether the children's amounts add up exactly to this row's: true unless the children lie on a
     * membership dimension ({@link Dimension#partitions()}) or are sub-activities of an activity with an estimate
     * of its own.
     *
     * @return true if the children partition this row
     */
    public boolean childrenPartition() {
        return row.additive;
    }

    /**
     * Returns the currency of the amounts.
     *
     * @return the currency, never null
     * @throws CurrencyMismatchException if the table mixes currencies and has not been converted
     */
    public Currency currency() {
        return table.currency();
    }

    // ------------------------------------------------------------------ cost

    /**
     * Returns the total cost.
     *
     * @return the cost, never null
     * @throws CurrencyMismatchException if the table mixes currencies
     */
    public Money cost() {
        return cost(null, null);
    }

    /**
     * Returns the cost in a year, a category, or both.
     *
     * @param fiscalYear  the year, null for all years
     * @param economic  the category, null for all categories
     * @return the cost, zero if there is none, never null
     * @throws CurrencyMismatchException if the table mixes currencies
     */
    public Money cost(Integer fiscalYear, EconomicCategory economic) {
        return money(sum(false, table.slot(fiscalYear), economic == null ? -1 : economic.ordinal(), -1));
    }

    /**
     * Returns the cost in the years of a window (e.g. the plan period or an MTBP window), inclusive.
     *
     * @param first  the first year of the window
     * @param last  the last year of the window
     * @return the cost inside the window, never null
     */
    public Money costWithin(int first, int last) {
        return money(window(first, last, true));
    }

    /**
     * Returns the cost in the years outside a window.
     *
     * @param first  the first year of the window
     * @param last  the last year of the window
     * @return the cost outside the window, never null
     */
    public Money costOutside(int first, int last) {
        return money(window(first, last, false));
    }

    private long window(int first, int last, boolean inside) {
        long total = 0;
        int[] years = table.yearArray();
        for (int ys = 0; ys < years.length; ys++) {
            if ((years[ys] >= first && years[ys] <= last) == inside) {
                total = Math.addExact(total, sum(false, ys, -1, -1));
            }
        }
        return total;
    }

    // ------------------------------------------------------------------ funding

    /**
     * Returns the identified funding from all sources.
     *
     * @return the funding, never null
     */
    public Money funding() {
        return funding(null, null, null);
    }

    /**
     * Returns the identified funding from one kind of source.
     *
     * @param kind  the source kind, not null
     * @return the funding, never null
     */
    public Money funding(FundingSourceKind kind) {
        return funding(null, null, java.util.Objects.requireNonNull(kind, "kind must not be null"));
    }

    /**
     * Returns the identified funding in a year, category and source kind.
     * A funding line without a category counts as {@link EconomicCategory#UNSPECIFIED}.
     *
     * @param fiscalYear  the year, null for all (including year not stated)
     * @param economic  the category, null for all
     * @param kind  the source kind, null for all
     * @return the funding, never null
     */
    public Money funding(Integer fiscalYear, EconomicCategory economic, FundingSourceKind kind) {
        return money(sum(true, table.slot(fiscalYear), economic == null ? -1 : economic.ordinal(),
                kind == null ? -1 : kind.ordinal()));
    }

    /**
     * Returns the identified funding whose year the plan does not state.
     *
     * @return the funding, never null
     */
    public Money fundingYearNotStated() {
        return money(sum(true, table.yearArray().length, -1, -1));
    }

    // ------------------------------------------------------------------ gap and shares

    /**
     * Returns the financing gap, cost minus identified funding (positive = shortfall, negative = surplus).
     *
     * @return the gap, never null
     */
    public Money gap() {
        return cost().minus(funding());
    }

    /**
     * Returns the financing gap in a year: the year's cost minus the year's funding.
     *
     * @param fiscalYear  the year, null for the whole period (same as {@link #gap()})
     * @return the gap, never null
     */
    public Money gap(Integer fiscalYear) {
        return cost(fiscalYear, null).minus(funding(fiscalYear, null, null));
    }

    /**
     * Returns the financing gap in a sign convention.
     *
     * @param convention  the convention, not null
     * @return the gap in that convention, never null
     */
    public Money gap(GapConvention convention) {
        return convention.apply(gap());
    }

    /**
     * Returns the gap as a share of cost, {@code (cost - funding) / cost}.
     *
     * @return the ratio, undefined if the cost is zero
     */
    public Ratio gapShare() {
        return new Ratio(gap().amount(), cost().amount());
    }

    /**
     * Returns the funded share of cost, {@code funding / cost}.
     *
     * @return the ratio, undefined if the cost is zero
     */
    public Ratio fundedShare() {
        return new Ratio(funding().amount(), cost().amount());
    }

    /**
     * Returns the capital share of cost, {@code capital / cost}.
     *
     * @return the ratio, undefined if the cost is zero
     */
    public Ratio capitalShare() {
        return new Ratio(cost(null, EconomicCategory.CAPITAL).amount(), cost().amount());
    }

    /**
     * Returns this row's share of another row's cost, e.g. of the whole plan's.
     *
     * @param whole  the row to compare with, not null
     * @return the ratio, undefined if the other row's cost is zero
     */
    public Ratio shareOf(CostNode whole) {
        return new Ratio(cost().amount(), whole.cost().amount());
    }

    // ------------------------------------------------------------------ counts

    /**
     * Returns the number of distinct activities in this group, quantified or not.
     *
     * @return the count
     */
    public int count() {
        return row.count;
    }

    /**
     * Returns the ids of the activities in this group that have no cost amount (never added as zero).
     *
     * @return the ids in document order, unmodifiable, never null
     */
    public List<String> unquantified() {
        return table.ids(row.unquantified);
    }

    /**
     * Returns the ids of the activities in this group that name a funding source without an amount.
     *
     * @return the ids in document order, unmodifiable, never null
     */
    public List<String> unquantifiedFunding() {
        return table.ids(row.unquantifiedFunding);
    }

    /**
     * Returns the section of a hierarchy row.
     *
     * @return the section, empty unless this row is a section of {@link PlanCosts#tree()}
     */
    public Optional<Section> section() {
        return row.ref instanceof Section s ? Optional.of(s) : Optional.empty();
    }

    /**
     * Returns the activity of a hierarchy row.
     *
     * @return the activity, empty unless this row is an activity of {@link PlanCosts#tree()}
     */
    public Optional<Activity> activity() {
        return row.ref instanceof Activity a ? Optional.of(a) : Optional.empty();
    }

    // ------------------------------------------------------------------ navigation

    /**
     * Visits this row and every row below it, depth first, parents before children.
     *
     * @param visitor  the visitor, not null
     */
    public void forEach(Consumer<CostNode> visitor) {
        visitor.accept(this);
        for (CostNode child : children()) {
            child.forEach(visitor);
        }
    }

    /**
     * Finds the child with a key.
     *
     * @param childKey  the key, null for the "not stated" child
     * @return the child, empty if none
     */
    public Optional<CostNode> child(String childKey) {
        for (CostNode child : children()) {
            if (java.util.Objects.equals(child.key, childKey)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    private Money money(long minor) {
        return Money.ofMinor(minor, table.currency());
    }

    /**
     * Sums cells matching a year slot, category and source (-1 = all) over the single currency.
     */
    private long sum(boolean funding, int yearSlot, int cat, int src) {
        table.currency();
        if (yearSlot == -2) {
            return 0;
        }
        return row.sum(funding, table.yearArray().length + 1, yearSlot, cat, src);
    }

    @Override
    public String toString() {
        return (dimension == null ? "plan" : dimension + "=" + key) + " " + Arrays.toString(row.cost());
    }
}

package org.actionplan.costing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One row of an aggregation result, in exact minor units, before it is wrapped for the public API.
 * Mutable while an aggregation builds it; treated as immutable afterwards.
 */
public final class Row {

    /** The axis index (0-based position in the dimension list), -1 for the root. */
    public final int axis;
    /** The encoded value on that axis. */
    public final int value;
    /** The section or activity of a hierarchy row, null otherwise. */
    public final Object ref;
    /** Cost per cell; null for a row that reads its entries from {@link #columns} (use {@link #cost()}). */
    public long[] cost;
    /** Funding per cell; null for a row that reads its entries from {@link #columns} (use {@link #fund()}). */
    public long[] fund;
    /** Number of distinct activities. */
    public int count;
    /** Indices of unquantified activities, ascending after {@link #seal()}. */
    public int[] unquantified = EMPTY;
    /** Indices of activities naming a source without amount, ascending after {@link #seal()}. */
    public int[] unquantifiedFunding = EMPTY;
    /** Whether the children of this row partition its amounts exactly. */
    public boolean additive = true;
    /** The first activity (column index) of a hierarchy row's range, -1 for other rows. */
    int first = -1;
    /** The end (exclusive) of a hierarchy row's activity range. */
    int end = -1;

    /** The columns of a row whose cells are the entries of its activity range, null for rows with their own cells. */
    private Columns columns;

    /** The children built so far (the eager ones; all of them once {@link #lazy} has run). */
    private final List<Row> children = new ArrayList<>();
    /** Builds the leading children on first use (the activity rows of the hierarchy), null when done or none. */
    private volatile Supplier<List<Row>> lazy;

    int last = -1;
    long key;
    long[] prefixes;
    private int unqSize;
    private int unqfSize;

    private static final int[] EMPTY = new int[0];

    Row(int axis, int value, Object ref, int costCells, int fundCells) {
        this.axis = axis;
        this.value = value;
        this.ref = ref;
        this.cost = new long[costCells];
        this.fund = new long[fundCells];
    }

    /**
     * Returns a copy of this row with other cells and children, the same group, counts and lists.
     *
     * @param newCost  the cost cells, not null
     * @param newFund  the funding cells, not null
     * @param newChildren  the children, not null
     * @return the copy, never null
     */
    public Row withCells(long[] newCost, long[] newFund, List<Row> newChildren) {
        Row r = new Row(axis, value, ref, 0, 0);
        r.cost = newCost;
        r.fund = newFund;
        r.count = count;
        r.unquantified = unquantified;
        r.unquantifiedFunding = unquantifiedFunding;
        r.unqSize = unqSize;
        r.unqfSize = unqfSize;
        r.additive = additive;
        r.key = key;
        r.first = first;
        r.end = end;
        r.children.addAll(newChildren);
        return r;
    }

    /** Makes a row that keeps no cells of its own: they are the entries of its activity range in the columns. */
    static Row ofEntries(int axis, int value, Object ref, Columns c) {
        Row row = new Row(axis, value, ref, 0, 0);
        row.cost = null;
        row.fund = null;
        row.columns = c;
        return row;
    }

    /**
     * Returns the cost cells.
     *
     * @return the cells, never null; not to be modified
     */
    public long[] cost() {
        if (columns != null) {
            cells();
        }
        return cost;
    }

    /**
     * Returns the funding cells.
     *
     * @return the cells, never null; not to be modified
     */
    public long[] fund() {
        if (columns != null) {
            cells();
        }
        return fund;
    }

    private synchronized void cells() {
        if (cost == null) {
            Row sums = new Row(axis, value, ref, columns.costCells, columns.fundCells);
            sums.addEntries(columns, first, end);
            fund = sums.fund;
            cost = sums.cost;
        }
    }

    /**
     * Sums the cells of one currency (the only one) that match a year slot, a category and a source (-1 = all).
     *
     * @param funding  true for funding cells, false for cost cells
     * @param yearSlots  the number of year slots
     * @param yearSlot  the year slot, -1 for all
     * @param cat  the category slot, -1 for all
     * @param src  the source kind, -1 for all (funding only)
     * @return the sum in minor units
     * @throws ArithmeticException if the sum overflows
     */
    public long sum(boolean funding, int yearSlots, int yearSlot, int cat, int src) {
        int sources = funding ? Columns.SOURCES : 1;
        long total = 0;
        if (columns != null) {
            int[] start = funding ? columns.fundStart : columns.costStart;
            int[] cellOf = funding ? columns.fundCell : columns.costCell;
            long[] amount = funding ? columns.fundAmt : columns.costAmt;
            for (int e = start[first], last = start[end]; e < last; e++) {
                int cell = cellOf[e];
                int costCell = cell / sources;
                if ((src < 0 || cell % sources == src) && (cat < 0 || costCell % Columns.CATEGORIES == cat)
                        && (yearSlot < 0 || (costCell / Columns.CATEGORIES) % yearSlots == yearSlot)) {
                    total = Math.addExact(total, amount[e]);
                }
            }
            return total;
        }
        long[] cells = funding ? fund : cost;
        for (int ys = 0; ys < yearSlots; ys++) {
            if (yearSlot >= 0 && ys != yearSlot) {
                continue;
            }
            for (int c = 0; c < Columns.CATEGORIES; c++) {
                if (cat >= 0 && c != cat) {
                    continue;
                }
                int base = (ys * Columns.CATEGORIES + c) * sources;
                for (int s = 0; s < sources; s++) {
                    if (src >= 0 && s != src) {
                        continue;
                    }
                    total = Math.addExact(total, cells[base + s]);
                }
            }
        }
        return total;
    }

    /**
     * Returns the children, in order, building them first if they are built on demand.
     *
     * @return the children, never null; not to be modified
     */
    public List<Row> children() {
        if (lazy != null) {
            synchronized (this) {
                Supplier<List<Row>> supplier = lazy;
                if (supplier != null) {
                    children.addAll(0, supplier.get());
                    lazy = null;
                }
            }
        }
        return children;
    }

    /** Appends a child (while building). */
    void add(Row child) {
        children.add(child);
    }

    /** Sets the builder of the leading children, run once on the first call of {@link #children()}. */
    void lazy(Supplier<List<Row>> supplier) {
        lazy = supplier;
    }

    /** Adds the cost and funding entries of activities {@code [from, to)} into this row's cells. */
    void addEntries(Columns c, int from, int to) {
        long[] cells = cost;
        int[] cell = c.costCell;
        long[] amount = c.costAmt;
        for (int e = c.costStart[from], last = c.costStart[to]; e < last; e++) {
            cells[cell[e]] += amount[e];
        }
        cells = fund;
        cell = c.fundCell;
        amount = c.fundAmt;
        for (int e = c.fundStart[from], last = c.fundStart[to]; e < last; e++) {
            cells[cell[e]] += amount[e];
        }
    }

    /** Adds another row's cells into this row's. */
    void addCells(Row other) {
        for (int i = 0; i < cost.length; i++) {
            cost[i] += other.cost[i];
        }
        for (int i = 0; i < fund.length; i++) {
            fund[i] += other.fund[i];
        }
    }

    /** Sets the count and activity lists of a hierarchy row from its range {@code [from, to)}. */
    void range(Columns c, int from, int to) {
        first = from;
        end = to;
        count = to - from;
        unquantified = select(c.quantified, false, from, to);
        unquantifiedFunding = select(c.unquantifiedFunding, true, from, to);
        unqSize = unquantified.length;
        unqfSize = unquantifiedFunding.length;
    }

    private static int[] select(boolean[] flags, boolean wanted, int from, int to) {
        int size = 0;
        for (int a = from; a < to; a++) {
            if (flags[a] == wanted) {
                size++;
            }
        }
        if (size == 0) {
            return EMPTY;
        }
        int[] r = new int[size];
        for (int a = from, i = 0; i < size; a++) {
            if (flags[a] == wanted) {
                r[i++] = a;
            }
        }
        return r;
    }

    void touch(int a, Columns c) {
        if (last == a) {
            return;
        }
        last = a;
        count++;
        if (!c.quantified[a]) {
            if (unqSize == unquantified.length) {
                unquantified = Arrays.copyOf(unquantified, Math.max(4, unqSize * 2));
            }
            unquantified[unqSize++] = a;
        }
        if (c.unquantifiedFunding[a]) {
            if (unqfSize == unquantifiedFunding.length) {
                unquantifiedFunding = Arrays.copyOf(unquantifiedFunding, Math.max(4, unqfSize * 2));
            }
            unquantifiedFunding[unqfSize++] = a;
        }
    }

    /** Trims and sorts the activity lists. */
    void seal() {
        unquantified = sorted(unquantified, unqSize);
        unquantifiedFunding = sorted(unquantifiedFunding, unqfSize);
        unqSize = unquantified.length;
        unqfSize = unquantifiedFunding.length;
    }

    private static int[] sorted(int[] a, int size) {
        int[] r = Arrays.copyOf(a, size);
        Arrays.sort(r);
        return r;
    }

    /** Adds a child's amounts and lists into this row (lists deduplicated). */
    void absorb(Row child) {
        addCells(child);
        unquantified = union(unquantified, child.unquantified);
        unquantifiedFunding = union(unquantifiedFunding, child.unquantifiedFunding);
        unqSize = unquantified.length;
        unqfSize = unquantifiedFunding.length;
    }

    static int[] union(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] r = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            int v;
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                v = a[i++];
            } else if (i >= a.length || b[j] < a[i]) {
                v = b[j++];
            } else {
                v = a[i++];
                j++;
            }
            r[k++] = v;
        }
        return Arrays.copyOf(r, k);
    }
}

package org.actionplan.costing.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    /** Cost per cell. */
    public long[] cost;
    /** Funding per cell. */
    public long[] fund;
    /** Number of distinct activities. */
    public int count;
    /** Indices of unquantified activities, ascending after {@link #seal()}. */
    public int[] unquantified = EMPTY;
    /** Indices of activities naming a source without amount, ascending after {@link #seal()}. */
    public int[] unquantifiedFunding = EMPTY;
    /** The children, in order. */
    public final List<Row> children = new ArrayList<>();
    /** Whether the children of this row partition its amounts exactly. */
    public boolean additive = true;

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
        r.children.addAll(newChildren);
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
        for (int i = 0; i < cost.length; i++) {
            cost[i] += child.cost[i];
        }
        for (int i = 0; i < fund.length; i++) {
            fund[i] += child.fund[i];
        }
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

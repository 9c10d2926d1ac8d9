package org.actionplan.costing.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.actionplan.core.Activity;
import org.actionplan.core.Section;

/**
 * Aggregates the columns of a plan into a tree of {@link Row}s with exact {@code long} arithmetic.
 * <p>
 * Two paths give identical results. The fast path serves axes on which every cost or funding entry falls
 * in exactly one group (hierarchy level, lead, programme, year, category, activity): it adds each entry once,
 * into its leaf row, through a dense index when the key space is small, and sums parents from their children.
 * The general path serves membership axes (an activity in several groups) and split axes (a shared cost
 * divided among institutions): it walks each entry down every level and adds it to each row it reaches.
 */
public final class Aggregator {

    private static final int DENSE_LIMIT = 1 << 22;

    private final Columns c;
    private final Axis[] axes;
    private final int k;
    private final int[] card;

    private Aggregator(Columns c, List<Axis> axes) {
        this.c = c;
        this.axes = axes.toArray(new Axis[0]);
        this.k = this.axes.length;
        this.card = new int[k];
        for (int d = 0; d < k; d++) {
            card[d] = cardinality(this.axes[d]);
        }
    }

    /**
     * Aggregates a plan's columns along axes, outermost first.
     *
     * @param c  the columns, not null
     * @param axes  the axes, not null, may be empty
     * @param general  true to force the general path (for tests)
     * @return the root row, never null
     * @throws ArithmeticException if the combinations of the axes do not fit a 64-bit key
     */
    public static Row pivot(Columns c, List<Axis> axes, boolean general) {
        Aggregator agg = new Aggregator(c, axes);
        boolean fast = !general;
        for (Axis ax : agg.axes) {
            fast &= ax.additive() && !(ax.kind() == Axis.Kind.RESPONSIBLE && ax.split() != Axis.Split.ALL_TO_LEAD);
        }
        return fast ? agg.fast() : agg.general();
    }

    /**
     * Returns the number of encoded values on an axis of a plan.
     *
     * @param c  the columns, not null
     * @param ax  the axis, not null
     * @return the cardinality, at least 1
     */
    public static int cardinality(Columns c, Axis ax) {
        return new Aggregator(c, List.of()).cardinality(ax);
    }

    private int cardinality(Axis ax) {
        switch (ax.kind()) {
            case LEVEL:
                return ax.level() < c.depth ? c.levelSections[ax.level()].length + 1 : 1;
            case LEAD:
            case RESPONSIBLE:
            case INVOLVED:
                return c.institutions.length + 1;
            case PROGRAMME:
                return c.programmes.length + 1;
            case YEAR:
                return c.yearSlots;
            case CATEGORY:
                return Columns.CATEGORIES;
            case SOURCE:
                return Columns.SOURCES + 1;
            case DONOR:
                return c.donors.length + 1;
            default:
                return Math.max(1, c.n);
        }
    }

    /** Encodes a 1-based column value (0 = none) so that none sorts last. */
    private static int enc(int v, int card) {
        return v == 0 ? card - 1 : v - 1;
    }

    private int[] column(Axis ax) {
        switch (ax.kind()) {
            case LEVEL:
                return ax.level() < c.depth ? c.level[ax.level()] : null;
            case LEAD:
            case RESPONSIBLE:
                return c.lead;
            case PROGRAMME:
                return c.programme;
            default:
                return null;
        }
    }

    private boolean isCellAxis(int d) {
        return axes[d].kind() == Axis.Kind.YEAR || axes[d].kind() == Axis.Kind.CATEGORY;
    }

    private int cellValue(int d, int costCell) {
        return axes[d].kind() == Axis.Kind.YEAR ? c.yearSlot(costCell) : Columns.category(costCell);
    }

    // ------------------------------------------------------------------ fast path

    private Row fast() {
        long[] mul = new long[k];
        long leafCard = 1;
        for (int d = k - 1; d >= 0; d--) {
            mul[d] = leafCard;
            leafCard = Math.multiplyExact(leafCard, card[d]);
        }
        long[] costPart = new long[c.costCells];
        for (int cell = 0; cell < c.costCells; cell++) {
            for (int d = 0; d < k; d++) {
                if (isCellAxis(d)) {
                    costPart[cell] += cellValue(d, cell) * mul[d];
                }
            }
        }
        long[] fundPart = new long[c.fundCells];
        for (int cell = 0; cell < c.fundCells; cell++) {
            fundPart[cell] = costPart[cell / Columns.SOURCES];
        }
        int attrCount = 0;
        int[][] cols = new int[k][];
        int[] attrAxis = new int[k];
        for (int d = 0; d < k; d++) {
            if (!isCellAxis(d)) {
                attrAxis[attrCount++] = d;
                cols[d] = column(axes[d]);
            }
        }
        Leaves leaves = new Leaves(leafCard <= DENSE_LIMIT ? (int) leafCard : -1);
        LongIntMap[] levelIndex = new LongIntMap[k];
        int[][] levelCounts = new int[k][];
        int[] levelSizes = new int[k];
        for (int l = 1; l < k; l++) {
            levelIndex[l] = new LongIntMap(256);
            levelCounts[l] = new int[64];
        }
        long[] prefixes = new long[16];

        final int[] costStart = c.costStart;
        final int[] costCell = c.costCell;
        final long[] costAmt = c.costAmt;
        final int[] fundStart = c.fundStart;
        final int[] fundCell = c.fundCell;
        final long[] fundAmt = c.fundAmt;
        for (int a = 0; a < c.n; a++) {
            long base = 0;
            for (int i = 0; i < attrCount; i++) {
                int d = attrAxis[i];
                int[] col = cols[d];
                int v = col == null ? (axes[d].kind() == Axis.Kind.ACTIVITY ? a : 0) : enc(col[a], card[d]);
                base += v * mul[d];
            }
            leaves.touchedCount = 0;
            for (int e = costStart[a], end = costStart[a + 1]; e < end; e++) {
                int cell = costCell[e];
                leaves.row(base + costPart[cell], a).cost[cell] += costAmt[e];
            }
            for (int e = fundStart[a], end = fundStart[a + 1]; e < end; e++) {
                int cell = fundCell[e];
                leaves.row(base + fundPart[cell], a).fund[cell] += fundAmt[e];
            }
            long[] touched = leaves.touched;
            int t = leaves.touchedCount;
            if (prefixes.length < t) {
                prefixes = new long[touched.length];
            }
            // distinct activities per inner level: each prefix this activity reached, once
            for (int l = 1; l < k; l++) {
                int p = 0;
                for (int i = 0; i < t; i++) {
                    long prefix = touched[i] / mul[l - 1];
                    boolean seen = false;
                    for (int j = 0; j < p; j++) {
                        if (prefixes[j] == prefix) {
                            seen = true;
                            break;
                        }
                    }
                    if (!seen) {
                        prefixes[p++] = prefix;
                        int idx = levelIndex[l].get(prefix);
                        if (idx < 0) {
                            idx = levelSizes[l]++;
                            if (idx == levelCounts[l].length) {
                                levelCounts[l] = Arrays.copyOf(levelCounts[l], idx * 2);
                            }
                            levelIndex[l].put(prefix, idx);
                        }
                        levelCounts[l][idx]++;
                    }
                }
            }
        }
        List<Row> level = new ArrayList<>(Arrays.asList(leaves.rows).subList(0, leaves.rowCount));
        for (Row r : level) {
            r.seal();
        }
        level.sort(Comparator.comparingLong(r -> r.key));
        for (int l = k - 1; l >= 0; l--) {
            List<Row> parents = new ArrayList<>();
            Row parent = null;
            for (Row child : level) {
                long pkey = child.key / card[l];
                if (parent == null || parent.key != pkey) {
                    parent = l == 0 ? root() : new Row(l - 1, (int) (pkey % card[l - 1]), null, c.costCells, c.fundCells);
                    parent.key = pkey;
                    parent.count = l == 0 ? c.n : levelCounts[l][levelIndex[l].get(pkey)];
                    parents.add(parent);
                }
                parent.children.add(child);
                parent.absorb(child);
            }
            level = parents;
        }
        Row result = level.isEmpty() ? root() : level.get(0);
        result.count = c.n;
        return result;
    }

    /** The leaf rows of the fast path, found through a dense index or a hash map. */
    private final class Leaves {
        private final int[] dense;
        private final LongIntMap map;
        Row[] rows = new Row[64];
        int rowCount;
        long[] touched = new long[16];
        int touchedCount;

        Leaves(int denseSize) {
            dense = denseSize >= 0 ? new int[denseSize] : null;
            map = denseSize >= 0 ? null : new LongIntMap(1024);
            if (dense != null) {
                Arrays.fill(dense, -1);
            }
        }

        /** Returns the leaf row of a key, creating it, and records the activity's first touch of it. */
        Row row(long key, int a) {
            int r = dense != null ? dense[(int) key] : map.get(key);
            if (r < 0) {
                r = rowCount;
                if (r == rows.length) {
                    rows = Arrays.copyOf(rows, r * 2);
                }
                rows[rowCount++] = leaf(key);
                if (dense != null) {
                    dense[(int) key] = r;
                } else {
                    map.put(key, r);
                }
            }
            Row row = rows[r];
            if (row.last != a) {
                row.touch(a, c);
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = key;
            }
            return row;
        }
    }

    private Row leaf(long key) {
        Row r = k == 0 ? root() : new Row(k - 1, (int) (key % card[k - 1]), null, c.costCells, c.fundCells);
        r.key = key;
        return r;
    }

    private Row root() {
        return new Row(-1, 0, null, c.costCells, c.fundCells);
    }

    // ------------------------------------------------------------------ general path

    private Row general() {
        List<Map<Long, Row>> levels = new ArrayList<>();
        for (int l = 0; l <= k; l++) {
            levels.add(new HashMap<>());
        }
        Row root = root();
        levels.get(0).put(0L, root);
        int[][] vals = new int[k][];
        BigInteger[][] weights = new BigInteger[k][];
        for (int a = 0; a < c.n; a++) {
            for (int d = 0; d < k; d++) {
                if (!isCellAxis(d)) {
                    prepare(d, a, vals, weights);
                }
            }
            for (int e = c.costStart[a]; e < c.costStart[a + 1]; e++) {
                descend(levels, 0, 0L, c.costAmt[e], c.costCell[e], c.costCell[e], true, a, vals, weights);
            }
            for (int e = c.fundStart[a]; e < c.fundStart[a + 1]; e++) {
                int cell = c.fundCell[e];
                descend(levels, 0, 0L, c.fundAmt[e], cell, cell / Columns.SOURCES, false, a, vals, weights);
            }
        }
        for (int l = k; l >= 1; l--) {
            List<Row> sorted = new ArrayList<>(levels.get(l).values());
            sorted.sort(Comparator.comparingLong(r -> r.key));
            for (Row r : sorted) {
                r.seal();
                Row parent = levels.get(l - 1).get(r.key / card[l - 1]);
                parent.children.add(r);
                parent.additive = axes[l - 1].additive();
            }
        }
        root.seal();
        return root;
    }

    private void descend(List<Map<Long, Row>> levels, int d, long prefix, long amount, int cell, int costCell,
            boolean isCost, int a, int[][] vals, BigInteger[][] weights) {
        Row row = levels.get(d).get(prefix);
        if (row == null) {
            row = new Row(d - 1, d == 0 ? 0 : (int) (prefix % card[d - 1]), null, c.costCells, c.fundCells);
            row.key = prefix;
            levels.get(d).put(prefix, row);
        }
        if (isCost) {
            row.cost[cell] += amount;
        } else {
            row.fund[cell] += amount;
        }
        row.touch(a, c);
        if (d == k) {
            return;
        }
        long next = Math.multiplyExact(prefix, card[d]);
        if (isCellAxis(d)) {
            descend(levels, d + 1, next + cellValue(d, costCell), amount, cell, costCell, isCost, a, vals, weights);
            return;
        }
        int[] v = vals[d];
        long[] parts = null;
        if (weights[d] != null) {
            parts = Shares.split(amount, weights[d]);
        } else if (axes[d].kind() == Axis.Kind.RESPONSIBLE && v.length > 1) {
            parts = Shares.equal(amount, v.length);
        }
        for (int i = 0; i < v.length; i++) {
            descend(levels, d + 1, next + v[i], parts == null ? amount : parts[i], cell, costCell, isCost, a, vals,
                    weights);
        }
    }

    private void prepare(int d, int a, int[][] vals, BigInteger[][] weights) {
        Axis ax = axes[d];
        weights[d] = null;
        int none = card[d] - 1;
        switch (ax.kind()) {
            case LEVEL:
            case LEAD:
            case PROGRAMME: {
                int[] col = column(ax);
                vals[d] = new int[] {col == null ? 0 : enc(col[a], card[d])};
                return;
            }
            case ACTIVITY:
                vals[d] = new int[] {a};
                return;
            case INVOLVED:
                vals[d] = encodeAll(c.involved[a], none);
                return;
            case DONOR:
                vals[d] = encodeAll(c.donorsOf[a], none);
                return;
            case SOURCE: {
                int mask = c.sourceMask[a];
                int[] v = new int[Integer.bitCount(mask)];
                int i = 0;
                for (int s = 0; s < Columns.SOURCES; s++) {
                    if ((mask & (1 << s)) != 0) {
                        v[i++] = s;
                    }
                }
                vals[d] = v.length == 0 ? new int[] {none} : v;
                return;
            }
            default:
                responsible(d, a, vals, weights);
        }
    }

    private static int[] encodeAll(int[] oneBased, int none) {
        if (oneBased.length == 0) {
            return new int[] {none};
        }
        int[] v = new int[oneBased.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = oneBased[i] - 1;
        }
        return v;
    }

    private void responsible(int d, int a, int[][] vals, BigInteger[][] weights) {
        Axis ax = axes[d];
        int none = card[d] - 1;
        Axis.Split split = ax.split();
        Map<String, BigDecimal> explicit = null;
        if (split == Axis.Split.EXPLICIT) {
            explicit = ax.shares() == null ? null : ax.shares().get(c.activities[a].id());
            if (explicit == null) {
                split = ax.fallback();
            }
        }
        if (split == Axis.Split.ALL_TO_LEAD) {
            vals[d] = new int[] {enc(c.lead[a], card[d])};
            return;
        }
        if (split == Axis.Split.EQUAL) {
            vals[d] = encodeAll(c.responsible[a], none);
            return;
        }
        List<String> keys = new ArrayList<>();
        for (int i : c.responsible[a]) {
            if (explicit.containsKey(c.institutions[i - 1])) {
                keys.add(c.institutions[i - 1]);
            }
        }
        explicit.keySet().stream().filter(x -> !keys.contains(x)).sorted().forEach(keys::add);
        int scale = 0;
        for (String key : keys) {
            BigDecimal w = explicit.get(key);
            scale = Math.max(scale, w.scale());
        }
        int[] v = new int[keys.size()];
        BigInteger[] w = new BigInteger[keys.size()];
        for (int i = 0; i < v.length; i++) {
            int idx = Arrays.asList(c.institutions).indexOf(keys.get(i));
            if (idx < 0) {
                throw new IllegalArgumentException("explicit share of activity '" + c.activities[a].id()
                        + "' names institution '" + keys.get(i) + "', which the plan does not name");
            }
            v[i] = idx;
            w[i] = explicit.get(keys.get(i)).setScale(scale).unscaledValue();
        }
        vals[d] = v;
        weights[d] = w;
    }

    // ------------------------------------------------------------------ hierarchy

    private static boolean isZero(long[] cells) {
        for (long v : cells) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rolls the columns up the plan's own hierarchy: plan, sections, activities, sub-activities.
     * Section rows carry their section as {@link Row#ref}, activity rows their activity; an activity row holds its
     * own estimate plus its sub-activities'.
     *
     * @param c  the columns, not null
     * @return the root row, never null
     */
    public static Row hierarchy(Columns c) {
        Aggregator agg = new Aggregator(c, List.of());
        Row root = agg.root();
        int[] next = {0};
        for (Section goal : c.plan.goals()) {
            Row child = agg.section(goal, 0, next);
            root.children.add(child);
            root.absorb(child);
            root.count += child.count;
        }
        return root;
    }

    private Row section(Section s, int depth, int[] next) {
        Row row = new Row(depth, 0, s, c.costCells, c.fundCells);
        for (Activity activity : s.activities()) {
            Row child = activity(activity, depth + 1, next);
            row.children.add(child);
            row.absorb(child);
            row.count += child.count;
        }
        for (Section sub : s.children()) {
            Row child = section(sub, depth + 1, next);
            row.children.add(child);
            row.absorb(child);
            row.count += child.count;
        }
        return row;
    }

    private Row activity(Activity activity, int depth, int[] next) {
        int a = next[0]++;
        Row row = new Row(depth, a, activity, c.costCells, c.fundCells);
        for (int e = c.costStart[a]; e < c.costStart[a + 1]; e++) {
            row.cost[c.costCell[e]] += c.costAmt[e];
        }
        for (int e = c.fundStart[a]; e < c.fundStart[a + 1]; e++) {
            row.fund[c.fundCell[e]] += c.fundAmt[e];
        }
        row.touch(a, c);
        row.seal();
        row.additive = activity.subActivities().isEmpty() || isZero(row.cost) && isZero(row.fund);
        for (Activity sub : activity.subActivities()) {
            Row child = activity(sub, depth + 1, next);
            row.children.add(child);
            row.absorb(child);
            row.count += child.count;
        }
        return row;
    }
}

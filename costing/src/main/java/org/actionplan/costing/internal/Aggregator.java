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
    private static final int FLAT_LIMIT = 1 << 23;

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
                return c.who().institutions.length + 1;
            case PROGRAMME:
                return c.who().programmes.length + 1;
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

    /** Returns the encoded value of activity a on attribute axis d, read from its column (or the activity itself). */
    private int value(int[] col, boolean activityAxis, int d, int a) {
        return col == null ? (activityAxis ? a : 0) : enc(col[a], card[d]);
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
                return c.who().lead;
            case PROGRAMME:
                return c.who().programme;
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
        LevelCounter[] counters = new LevelCounter[k];
        for (int l = 1; l < k; l++) {
            counters[l] = new LevelCounter(leafCard / mul[l - 1]);
        }
        leaves.counters = counters;
        leaves.mul = mul;
        // levels whose prefix holds only attribute axes are counted once per activity; the others per first touch
        int firstCellLevel = 1;
        while (firstCellLevel < k && !isCellAxis(firstCellLevel - 1)) {
            firstCellLevel++;
        }
        leaves.firstCellLevel = firstCellLevel;
        boolean[] isActivityAxis = new boolean[k];
        for (int d = 0; d < k; d++) {
            isActivityAxis[d] = axes[d].kind() == Axis.Kind.ACTIVITY;
        }

        int cc = c.costCells;
        int fc = c.fundCells;
        boolean flat = leafCard * (cc + fc) <= FLAT_LIMIT;
        if (flat) {
            flat((int) leafCard, attrCount, attrAxis, cols, isActivityAxis, costPart, fundPart, leaves, counters);
        } else {
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
                    base += value(cols[d], isActivityAxis[d], d, a) * mul[d];
                }
                for (int l = 1; l < firstCellLevel; l++) {
                    counters[l].touch(base / mul[l - 1], a);
                }
                for (int e = costStart[a], end = costStart[a + 1]; e < end; e++) {
                    int cell = costCell[e];
                    leaves.row(base + costPart[cell], a).cost[cell] += costAmt[e];
                }
                for (int e = fundStart[a], end = fundStart[a + 1]; e < end; e++) {
                    int cell = fundCell[e];
                    leaves.row(base + fundPart[cell], a).fund[cell] += fundAmt[e];
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
                    parent.count = l == 0 ? c.n : counters[l].get(pkey);
                    parents.add(parent);
                }
                parent.add(child);
                parent.absorb(child);
            }
            level = parents;
        }
        Row result = level.isEmpty() ? root() : level.get(0);
        result.count = c.n;
        return result;
    }

    /**
     * The fast path over a small key space (every key fits an {@code int}): amounts go straight into flat arrays
     * indexed by leaf key and cell, distinct activities are counted per leaf and per prefix in flat arrays, and a
     * {@link Row} is touched per entry only for the activities that must be listed (unquantified, or naming a
     * source without an amount). Rows are made at the end for every key reached.
     */
    private void flat(int leafCard, int attrCount, int[] attrAxis, int[][] cols, boolean[] isActivityAxis,
            long[] costPart, long[] fundPart, Leaves leaves, LevelCounter[] counters) {
        final int cc = c.costCells;
        final int fc = c.fundCells;
        // the part of the leaf key given by the cell (year, category), per cost and funding cell
        final int[] costKey = new int[cc];
        for (int cell = 0; cell < cc; cell++) {
            costKey[cell] = (int) costPart[cell];
        }
        final int[] fundKey = new int[fc];
        for (int cell = 0; cell < fc; cell++) {
            fundKey[cell] = (int) fundPart[cell];
        }
        final int firstCellLevel = leaves.firstCellLevel;
        final long[] flatCost = new long[leafCard * cc];
        final long[] flatFund = new long[leafCard * fc];
        final int[] lastAct = new int[leafCard];
        Arrays.fill(lastAct, -1);
        final int[] leafCount = new int[leafCard];
        // prefix[l][key] = key / mul[l - 1]: the level-l group of a leaf key, and that level's dense counters
        final int[][] prefix = new int[k][];
        final int[][] levelLast = new int[k][];
        final int[][] levelCount = new int[k][];
        for (int l = 1; l < k; l++) {
            prefix[l] = new int[leafCard];
            for (int key = 0; key < leafCard; key++) {
                prefix[l][key] = (int) (key / leaves.mul[l - 1]);
            }
            levelLast[l] = counters[l].denseLast;
            levelCount[l] = counters[l].dense;
        }
        final int[] attrMul = new int[attrCount];
        for (int i = 0; i < attrCount; i++) {
            attrMul[i] = (int) leaves.mul[attrAxis[i]];
        }
        final boolean[] quantified = c.quantified;
        final boolean[] unquantifiedFunding = c.unquantifiedFunding;
        final FlatTouches touches = new FlatTouches(leaves, lastAct, leafCount, prefix, levelLast, levelCount);
        for (int a = 0, n = c.n; a < n; a++) {
            int base = 0;
            for (int i = 0; i < attrCount; i++) {
                int d = attrAxis[i];
                base += value(cols[d], isActivityAxis[d], d, a) * attrMul[i];
            }
            touches.levels(base, a, 1, firstCellLevel);
            boolean listed = !quantified[a] || unquantifiedFunding[a];
            touches.add(a, base, listed, c.costStart, c.costCell, c.costAmt, costKey, flatCost, cc);
            touches.add(a, base, listed, c.fundStart, c.fundCell, c.fundAmt, fundKey, flatFund, fc);
        }
        for (int key = 0; key < leafCard; key++) {
            if (lastAct[key] >= 0) {
                Row row = leaves.rowAt(key);
                row.count += leafCount[key];
                System.arraycopy(flatCost, key * cc, row.cost, 0, cc);
                System.arraycopy(flatFund, key * fc, row.fund, 0, fc);
            }
        }
    }

    /** Adds an activity's entries into the flat arrays of {@link #flat} and counts its first touch of each leaf. */
    private final class FlatTouches {
        private final Leaves leaves;
        private final int[] lastAct;
        private final int[] leafCount;
        private final int[][] prefix;
        private final int[][] levelLast;
        private final int[][] levelCount;
        private final int firstCellLevel;

        FlatTouches(Leaves leaves, int[] lastAct, int[] leafCount, int[][] prefix, int[][] levelLast, int[][] levelCount) {
            this.leaves = leaves;
            this.lastAct = lastAct;
            this.leafCount = leafCount;
            this.prefix = prefix;
            this.levelLast = levelLast;
            this.levelCount = levelCount;
            this.firstCellLevel = leaves.firstCellLevel;
        }

        /** Adds the entries {@code [start[a], start[a + 1])} (cost or funding) of activity a. */
        void add(int a, int base, boolean listed, int[] start, int[] cellOf, long[] amount, int[] keyOf, long[] cells,
                int width) {
            for (int e = start[a], end = start[a + 1]; e < end; e++) {
                int cell = cellOf[e];
                int key = base + keyOf[cell];
                cells[key * width + cell] += amount[e];
                if (lastAct[key] != a) {
                    lastAct[key] = a;
                    if (listed) {
                        leaves.first(leaves.rowAt(key), a);
                    } else {
                        leafCount[key]++;
                        levels(key, a, firstCellLevel, k);
                    }
                }
            }
        }

        /** Counts activity a once in the groups of levels {@code [from, to)} that hold the key. */
        void levels(int key, int a, int from, int to) {
            for (int l = from; l < to; l++) {
                int p = prefix[l][key];
                if (levelLast[l][p] != a) {
                    levelLast[l][p] = a;
                    levelCount[l][p]++;
                }
            }
        }
    }

    /**
     * Counts distinct activities per key prefix of one level, in a dense array when the prefixes are few: an
     * activity is counted the first time it reaches a prefix (the last activity seen per prefix is kept).
     */
    private static final class LevelCounter {
        private final int[] dense;
        private final int[] denseLast;
        private final LongIntMap index;
        private int[] counts;
        private int[] last;
        private int size;

        LevelCounter(long space) {
            dense = space <= DENSE_LIMIT ? new int[(int) space] : null;
            denseLast = dense == null ? null : new int[(int) space];
            if (denseLast != null) {
                Arrays.fill(denseLast, -1);
            }
            index = dense == null ? new LongIntMap(256) : null;
            counts = dense == null ? new int[64] : null;
            last = dense == null ? new int[64] : null;
        }

        void touch(long prefix, int a) {
            if (dense != null) {
                int p = (int) prefix;
                if (denseLast[p] != a) {
                    denseLast[p] = a;
                    dense[p]++;
                }
                return;
            }
            touchMapped(prefix, a);
        }

        private void touchMapped(long prefix, int a) {
            int i = index.get(prefix);
            if (i < 0) {
                i = size++;
                if (i == counts.length) {
                    counts = Arrays.copyOf(counts, i * 2);
                    last = Arrays.copyOf(last, i * 2);
                }
                index.put(prefix, i);
                last[i] = -1;
            }
            if (last[i] != a) {
                last[i] = a;
                counts[i]++;
            }
        }

        int get(long prefix) {
            return dense != null ? dense[(int) prefix] : counts[index.get(prefix)];
        }
    }

    /** The leaf rows of the fast path, found through a dense index or a hash map. */
    private final class Leaves {
        private final int[] dense;
        private final LongIntMap map;
        Row[] rows = new Row[64];
        int rowCount;
        LevelCounter[] counters;
        long[] mul;
        int firstCellLevel;

        Leaves(int denseSize) {
            dense = denseSize >= 0 ? new int[denseSize] : null;
            map = denseSize >= 0 ? null : new LongIntMap(1024);
            if (dense != null) {
                Arrays.fill(dense, -1);
            }
        }

        /** Returns the leaf row of a key, creating it, and counts the activity's first touch of it and its prefixes. */
        Row row(long key, int a) {
            int r = dense != null ? dense[(int) key] : map.get(key);
            Row row = r >= 0 ? rows[r] : create(key);
            if (row.last != a) {
                first(row, a);
            }
            return row;
        }

        Row rowAt(long key) {
            int r = dense != null ? dense[(int) key] : map.get(key);
            return r >= 0 ? rows[r] : create(key);
        }

        void first(Row row, int a) {
            row.touch(a, c);
            long[] prefixes = row.prefixes;
            for (int l = firstCellLevel; l < prefixes.length; l++) {
                counters[l].touch(prefixes[l], a);
            }
        }

        private Row create(long key) {
            int r = rowCount;
            if (r == rows.length) {
                rows = Arrays.copyOf(rows, r * 2);
            }
            Row created = leaf(key);
            created.prefixes = new long[k];
            for (int l = 1; l < k; l++) {
                created.prefixes[l] = key / mul[l - 1];
            }
            rows[rowCount++] = created;
            if (dense != null) {
                dense[(int) key] = r;
            } else {
                map.put(key, r);
            }
            return created;
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
                parent.add(r);
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
                vals[d] = encodeAll(c.who().involved[a], none);
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
            vals[d] = new int[] {enc(c.who().lead[a], card[d])};
            return;
        }
        if (split == Axis.Split.EQUAL) {
            vals[d] = encodeAll(c.who().responsible[a], none);
            return;
        }
        List<String> keys = new ArrayList<>();
        for (int i : c.who().responsible[a]) {
            if (explicit.containsKey(c.who().institutions[i - 1])) {
                keys.add(c.who().institutions[i - 1]);
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
            int idx = Arrays.asList(c.who().institutions).indexOf(keys.get(i));
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

    /**
     * Rolls the columns up the plan's own hierarchy: plan, sections, activities, sub-activities.
     * The root carries the plan as {@link Row#ref}, section rows their section, activity rows their activity; an
     * activity row holds its own estimate plus its sub-activities'.
     * <p>
     * Every row covers a contiguous range of activities (columns are numbered in document order, a section's own
     * activities before its subsections'), so a section's cells are the sum of its own activities' entries plus its
     * subsections' cells: one pass over the entries. Activity rows are built only when their parent's children are
     * first asked for.
     *
     * @param c  the columns, not null
     * @return the root row, never null
     */
    public static Row hierarchy(Columns c) {
        Aggregator agg = new Aggregator(c, List.of());
        Row root = new Row(-1, 0, c.plan, c.costCells, c.fundCells);
        int next = 0;
        for (Section goal : c.plan.goals()) {
            Row child = agg.section(goal, 0, next);
            next = child.end;
            root.add(child);
            root.addCells(child);
        }
        root.range(c, 0, next);
        return root;
    }

    private Row section(Section s, int depth, int from) {
        Row row = new Row(depth, 0, s, c.costCells, c.fundCells);
        int a = from;
        for (int i = 0, size = s.activities().size(); i < size; i++) {
            a = c.subtreeEnd[a];
        }
        int own = a;
        row.addEntries(c, from, own);
        for (Section sub : s.children()) {
            Row child = section(sub, depth + 1, a);
            a = child.end;
            row.add(child);
            row.addCells(child);
        }
        row.range(c, from, a);
        if (own > from) {
            row.lazy(() -> activities(s.activities(), depth + 1, from));
        }
        return row;
    }

    private List<Row> activities(List<Activity> list, int depth, int from) {
        List<Row> rows = new ArrayList<>(list.size());
        int a = from;
        for (Activity activity : list) {
            rows.add(activity(activity, depth, a));
            a = c.subtreeEnd[a];
        }
        return rows;
    }

    private Row activity(Activity activity, int depth, int a) {
        int end = c.subtreeEnd[a];
        Row row = Row.ofEntries(depth, a, activity, c);
        row.range(c, a, end);
        if (!activity.subActivities().isEmpty()) {
            row.additive = ownAmountsZero(a);
            row.lazy(() -> activities(activity.subActivities(), depth + 1, a + 1));
        }
        return row;
    }

    /** Tells whether every own entry of an activity (sub-activities excluded) is zero; amounts are never negative. */
    private boolean ownAmountsZero(int a) {
        for (int e = c.costStart[a]; e < c.costStart[a + 1]; e++) {
            if (c.costAmt[e] != 0) {
                return false;
            }
        }
        for (int e = c.fundStart[a]; e < c.fundStart[a + 1]; e++) {
            if (c.fundAmt[e] != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds the first row of the hierarchy table, depth first, whose key (section or activity id) equals a key,
     * without building the rows: as the path of child positions from the root.
     *
     * @param plan  the plan, not null
     * @param key  the key, not null
     * @return the positions, empty for no match, never null
     */
    public static int[] pathTo(org.actionplan.core.Plan plan, String key) {
        List<Integer> path = new ArrayList<>();
        List<Section> goals = plan.goals();
        for (int i = 0; i < goals.size(); i++) {
            path.add(i);
            if (findIn(goals.get(i), key, path)) {
                return path.stream().mapToInt(Integer::intValue).toArray();
            }
            path.remove(path.size() - 1);
        }
        return new int[0];
    }

    private static boolean findIn(Section s, String key, List<Integer> path) {
        if (key.equals(s.id())) {
            return true;
        }
        List<Activity> acts = s.activities();
        if (findIn(acts, key, path)) {
            return true;
        }
        List<Section> subs = s.children();
        for (int i = 0; i < subs.size(); i++) {
            path.add(acts.size() + i);
            if (findIn(subs.get(i), key, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    private static boolean findIn(List<Activity> acts, String key, List<Integer> path) {
        for (int i = 0; i < acts.size(); i++) {
            path.add(i);
            Activity x = acts.get(i);
            if (key.equals(x.id()) || findIn(x.subActivities(), key, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}

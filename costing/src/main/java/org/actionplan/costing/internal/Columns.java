package org.actionplan.costing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.BiConsumer;

import org.actionplan.core.Activity;
import org.actionplan.core.BudgetProgram;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.core.money.YearCost;

/**
 * The exact, columnar form of a plan's costs: every amount converted once to {@code long} minor units.
 * <p>
 * Activities are numbered in document order (sub-activities after their parent). Cost and funding amounts
 * are stored as entries in compressed-row form: the entries of activity {@code a} are
 * {@code [start[a], start[a+1])}. A cost cell is {@code (currency * yearSlots + yearSlot) * CATEGORIES + category};
 * a funding cell is {@code costCell * SOURCES + source}. Year slot {@code years.length} means "year not stated";
 * category {@link #NONE} marks the zero "presence" entry of an activity without a cost amount, so that it is
 * counted and listed where it belongs.
 * <p>
 * The amounts are read in a single pass over the plan's objects. The institution and budget-programme columns are
 * read only when a roll-up asks for them ({@link #who()}), once. Immutable after construction; thread-safe.
 */
public final class Columns {

    /** Number of category slots: CURRENT, CAPITAL, UNSPECIFIED, NONE. */
    public static final int CATEGORIES = 4;
    /** The category slot of a presence entry (no amount). */
    public static final int NONE = 3;
    /** Number of funding source kinds. */
    public static final int SOURCES = FundingSourceKind.values().length;

    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};
    private static final int NO_YEAR = Integer.MIN_VALUE;
    private static final int[] NO_DONORS = new int[0];

    /** The plan. */
    public final Plan plan;
    /** Number of activities (cost carriers). */
    public final int n;
    /** The activities in document order. */
    public final Activity[] activities;
    /** Per activity: the end (exclusive) of its range, itself and its sub-activities at any depth. */
    public final int[] subtreeEnd;
    /** The currencies, the plan's first, then in order of appearance. */
    public final Currency[] currencies;
    /** The years, ascending: the plan period and every year with an amount. */
    public final int[] years;
    /** {@code years.length + 1}. */
    public final int yearSlots;
    /** Cells per row for cost. */
    public final int costCells;
    /** Cells per row for funding. */
    public final int fundCells;
    /** Cost entries: start offsets (length n + 1). */
    public final int[] costStart;
    /** Cost entry cells. */
    public final int[] costCell;
    /** Cost entry amounts in minor units. */
    public final long[] costAmt;
    /** Funding entries: start offsets (length n + 1). */
    public final int[] fundStart;
    /** Funding entry cells. */
    public final int[] fundCell;
    /** Funding entry amounts in minor units. */
    public final long[] fundAmt;
    /** Whether the activity has a cost amount. */
    public final boolean[] quantified;
    /** Whether the activity names a funding source without an amount. */
    public final boolean[] unquantifiedFunding;
    /** Bit mask of the funding source kinds each activity names (with or without amount). */
    public final int[] sourceMask;
    /** Donor indices (1-based into {@link #donors}) named per activity, ascending, may be empty. */
    public final int[][] donorsOf;
    /** Donor names, sorted. */
    public final String[] donors;
    /** Maximum section depth. */
    public final int depth;
    /** Per level (0-based depth): the value per activity, 1-based index into {@link #levelSections}, 0 = none. */
    public final int[][] level;
    /** Per level: the sections at that depth, in document order. */
    public final Section[][] levelSections;

    private volatile Who who;

    /** The institution and budget-programme columns, read on demand. */
    public static final class Who {
        /** Institution keys: registry ids in plan order, then other keys sorted. */
        public final String[] institutions;
        /** Lead institution per activity, 1-based index into {@link #institutions}, 0 = none. */
        public final int[] lead;
        /** Responsible institutions (lead and co-responsible) per activity, 1-based, in document order. */
        public final int[][] responsible;
        /** Every institution named per activity, 1-based, ascending. */
        public final int[][] involved;
        /** Budget-programme keys: registry codes in plan order, then other codes sorted. */
        public final String[] programmes;
        /** Budget programme per activity, 1-based index into {@link #programmes}, 0 = none. */
        public final int[] programme;

        private Who(Plan plan, Activity[] activities) {
            int n = activities.length;
            // one pass: provisional indices in order of first appearance, registries first
            Map<String, Integer> institutionIndex = new HashMap<>();
            List<String> institutionKeys = new ArrayList<>();
            for (Institution i : plan.institutions()) {
                if (institutionIndex.putIfAbsent(i.id(), institutionKeys.size() + 1) == null) {
                    institutionKeys.add(i.id());
                }
            }
            int registered = institutionKeys.size();
            Map<String, Integer> programmeIndex = new HashMap<>();
            List<String> programmeKeys = new ArrayList<>();
            for (BudgetProgram p : plan.budgetPrograms()) {
                if (programmeIndex.putIfAbsent(p.code(), programmeKeys.size() + 1) == null) {
                    programmeKeys.add(p.code());
                }
            }
            int registeredProgrammes = programmeKeys.size();
            lead = new int[n];
            responsible = new int[n][];
            involved = new int[n][];
            programme = new int[n];
            for (int a = 0; a < n; a++) {
                responsibility(activities[a].responsibility(), institutionIndex, institutionKeys, a);
                String bp = activities[a].budgetProgram();
                programme[a] = bp == null ? 0 : index(programmeIndex, programmeKeys, bp);
            }
            // final order: registered keys as given, the others sorted
            int[] inst = order(institutionKeys, registered);
            institutions = keys(institutionKeys, inst);
            int[] prog = order(programmeKeys, registeredProgrammes);
            programmes = keys(programmeKeys, prog);
            for (int a = 0; a < n; a++) {
                lead[a] = inst[lead[a]];
                remap(responsible[a], inst, false);
                remap(involved[a], inst, true);
                programme[a] = prog[programme[a]];
            }
        }

        private static int index(Map<String, Integer> index, List<String> keys, String key) {
            Integer i = index.get(key);
            if (i == null) {
                keys.add(key);
                i = keys.size();
                index.put(key, i);
            }
            return i;
        }

        /** Returns old 1-based index to new 1-based index (0 stays 0): registered first, others by key. */
        private static int[] order(List<String> keys, int registered) {
            Integer[] others = new Integer[keys.size() - registered];
            for (int i = 0; i < others.length; i++) {
                others[i] = registered + i;
            }
            Arrays.sort(others, (x, y) -> keys.get(x).compareTo(keys.get(y)));
            int[] map = new int[keys.size() + 1];
            for (int i = 0; i < registered; i++) {
                map[i + 1] = i + 1;
            }
            for (int i = 0; i < others.length; i++) {
                map[others[i] + 1] = registered + i + 1;
            }
            return map;
        }

        private static String[] keys(List<String> keys, int[] map) {
            String[] out = new String[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                out[map[i + 1] - 1] = keys.get(i);
            }
            return out;
        }

        private static void remap(int[] values, int[] map, boolean sort) {
            if (values.length == 0) {
                return;
            }
            for (int i = 0; i < values.length; i++) {
                values[i] = map[values[i]];
            }
            if (sort) {
                Arrays.sort(values);
            }
        }

        private void responsibility(Responsibility r, Map<String, Integer> index, List<String> keys, int a) {
            if (r == null || r.assignments().isEmpty()) {
                responsible[a] = NO_DONORS;
                involved[a] = NO_DONORS;
                return;
            }
            List<Assignment> list = r.assignments();
            int[] resp = new int[list.size()];
            int[] all = new int[list.size()];
            int nr = 0;
            int na = 0;
            for (int k = 0; k < list.size(); k++) {
                Assignment as = list.get(k);
                int i = index(index, keys, key(as));
                na = insertSorted(all, na, i);
                if (as.role() == Role.LEAD && lead[a] == 0) {
                    lead[a] = i;
                }
                if (as.role() != Role.SUPPORTING && indexOf(resp, nr, i) < 0) {
                    resp[nr++] = i;
                }
            }
            responsible[a] = Arrays.copyOf(resp, nr);
            involved[a] = Arrays.copyOf(all, na);
        }
    }

    private Columns(Plan plan, List<Activity> list, int[] subtreeEnd, int[][] levelValues, Section[][] levelSections) {
        this.plan = plan;
        this.n = list.size();
        this.activities = list.toArray(new Activity[0]);
        this.subtreeEnd = subtreeEnd;
        this.depth = levelSections.length;
        this.level = levelValues;
        this.levelSections = levelSections;

        Reader reader = new Reader(plan, n);
        for (int a = 0; a < n; a++) {
            reader.read(a, activities[a]);
        }
        currencies = reader.currencies.toArray(new Currency[0]);
        boolean[] seen = reader.yearSeen;
        for (int y = plan.firstYear(); y <= plan.lastYear(); y++) {
            seen[y] = true;
        }
        int[] slotOf = new int[seen.length];
        int count = 0;
        for (int y = 0; y < seen.length; y++) {
            if (seen[y]) {
                slotOf[y] = count++;
            }
        }
        years = new int[count];
        for (int y = 0, i = 0; y < seen.length; y++) {
            if (seen[y]) {
                years[i++] = y;
            }
        }
        yearSlots = years.length + 1;
        costCells = currencies.length * yearSlots * CATEGORIES;
        fundCells = costCells * SOURCES;

        costStart = reader.costStart;
        fundStart = reader.fundStart;
        int ce = costStart[n];
        int fe = fundStart[n];
        costAmt = Arrays.copyOf(reader.cAmt, ce);
        fundAmt = Arrays.copyOf(reader.fAmt, fe);
        costCell = new int[ce];
        fundCell = new int[fe];
        int[] cYear = reader.cYear;
        int[] cCat = reader.cCat;
        int[] fYear = reader.fYear;
        int[] fCat = reader.fCat;
        for (int a = 0; a < n; a++) {
            int cur = reader.currencyOf[a];
            for (int e = costStart[a]; e < costStart[a + 1]; e++) {
                int slot = cYear[e] == NO_YEAR ? years.length : slotOf[cYear[e]];
                costCell[e] = (cur * yearSlots + slot) * CATEGORIES + cCat[e];
            }
            for (int e = fundStart[a]; e < fundStart[a + 1]; e++) {
                int slot = fYear[e] == NO_YEAR ? years.length : slotOf[fYear[e]];
                fundCell[e] = ((cur * yearSlots + slot) * CATEGORIES + fCat[e] / SOURCES) * SOURCES + fCat[e] % SOURCES;
            }
        }
        quantified = reader.quantified;
        unquantifiedFunding = reader.unquantifiedFunding;
        sourceMask = reader.sourceMask;
        // donors: sorted names, indices remapped from first-appearance order
        donors = reader.donorIndex.keySet().stream().sorted().toArray(String[]::new);
        int[] remap = new int[donors.length + 1];
        for (int i = 0; i < donors.length; i++) {
            remap[reader.donorIndex.get(donors[i])] = i + 1;
        }
        donorsOf = reader.donorsOf;
        for (int a = 0; a < n; a++) {
            int[] d = donorsOf[a];
            if (d.length > 0) {
                for (int i = 0; i < d.length; i++) {
                    d[i] = remap[d[i]];
                }
                Arrays.sort(d);
            }
        }
    }

    /** Reads the amounts of every activity in one pass; the year slots are fixed afterwards. */
    private static final class Reader implements BiConsumer<Integer, YearCost> {
        final List<Currency> currencies = new ArrayList<>();
        final boolean[] yearSeen = new boolean[10_000];
        final int[] currencyOf;
        final int[] costStart;
        final int[] fundStart;
        int[] cYear;
        int[] cCat;
        long[] cAmt;
        int[] fYear;
        int[] fCat;
        long[] fAmt;
        int ce;
        int fe;
        final boolean[] quantified;
        final boolean[] unquantifiedFunding;
        final int[] sourceMask;
        final int[][] donorsOf;
        final Map<String, Integer> donorIndex = new HashMap<>();
        final long[] costTotals = new long[8];
        final long[] fundTotals = new long[8];
        private Currency lastCurrency;
        private int lastIndex;
        private int cur;
        private int scale;
        private Activity activity;

        Reader(Plan plan, int n) {
            currencies.add(plan.currency());
            lastCurrency = plan.currency();
            currencyOf = new int[n];
            costStart = new int[n + 1];
            fundStart = new int[n + 1];
            int cap = Math.max(16, n * 3);
            cYear = new int[cap];
            cCat = new int[cap];
            cAmt = new long[cap];
            fYear = new int[cap];
            fCat = new int[cap];
            fAmt = new long[cap];
            quantified = new boolean[n];
            unquantifiedFunding = new boolean[n];
            sourceMask = new int[n];
            donorsOf = new int[n][];
        }

        void read(int a, Activity act) {
            costStart[a] = ce;
            fundStart[a] = fe;
            donorsOf[a] = NO_DONORS;
            CostEstimate cost = act.cost();
            activity = act;
            cur = cost == null ? 0 : currencyIndex(cost.currency());
            currencyOf[a] = cur;
            scale = Money.scaleOf(currencies.get(cur));
            if (cost != null) {
                SortedMap<Integer, YearCost> years = cost.years();
                if (!years.isEmpty()) {
                    years.forEach(this);
                }
            }
            quantified[a] = ce > costStart[a];
            if (!quantified[a]) {
                addCost(NO_YEAR, NONE, 0);
            }
            if (cost != null) {
                List<FundingLine> funding = cost.funding();
                for (int i = 0, size = funding.size(); i < size; i++) {
                    FundingLine f = funding.get(i);
                    int source = f.source().ordinal();
                    sourceMask[a] |= 1 << source;
                    if (f.donor() != null) {
                        addDonor(a, f.donor());
                    }
                    if (f.amount() == null) {
                        unquantifiedFunding[a] = true;
                        continue;
                    }
                    Integer year = f.year();
                    if (year != null) {
                        yearSeen[checkYear(year)] = true;
                    }
                    EconomicCategory c = f.category() == null ? EconomicCategory.UNSPECIFIED : f.category();
                    long minor = minor(f.amount(), scale, act, year, f.source());
                    if (fe == fAmt.length) {
                        fYear = Arrays.copyOf(fYear, fe * 2);
                        fCat = Arrays.copyOf(fCat, fe * 2);
                        fAmt = Arrays.copyOf(fAmt, fe * 2);
                    }
                    fYear[fe] = year == null ? NO_YEAR : year;
                    fCat[fe] = c.ordinal() * SOURCES + source;
                    fAmt[fe++] = minor;
                    fundTotals[cur] = add(fundTotals[cur], minor, currencies.get(cur));
                }
            }
            costStart[a + 1] = ce;
            fundStart[a + 1] = fe;
        }

        @Override
        public void accept(Integer year, YearCost yc) {
            int y = checkYear(year);
            if (yc.current() == null && yc.capital() == null) {
                if (yc.total() != null) {
                    addCost(y, EconomicCategory.UNSPECIFIED.ordinal(), minor(yc.total(), scale, activity, year, "total"));
                }
                return;
            }
            if (yc.current() != null) {
                addCost(y, EconomicCategory.CURRENT.ordinal(), minor(yc.current(), scale, activity, year, "current"));
            }
            if (yc.capital() != null) {
                addCost(y, EconomicCategory.CAPITAL.ordinal(), minor(yc.capital(), scale, activity, year, "capital"));
            }
        }

        private int checkYear(int year) {
            if (year < 1000 || year > 9999) {
                throw new IllegalArgumentException("activity '" + activity.id() + "': year " + year
                        + " out of range 1000-9999");
            }
            yearSeen[year] = true;
            return year;
        }

        private void addCost(int year, int category, long minor) {
            if (ce == cAmt.length) {
                cYear = Arrays.copyOf(cYear, ce * 2);
                cCat = Arrays.copyOf(cCat, ce * 2);
                cAmt = Arrays.copyOf(cAmt, ce * 2);
            }
            cYear[ce] = year;
            cCat[ce] = category;
            cAmt[ce++] = minor;
            costTotals[cur] = add(costTotals[cur], minor, currencies.get(cur));
        }

        private void addDonor(int a, String donor) {
            Integer index = donorIndex.get(donor);
            if (index == null) {
                index = donorIndex.size() + 1;
                donorIndex.put(donor, index);
            }
            int[] d = donorsOf[a];
            if (indexOf(d, d.length, index) < 0) {
                d = Arrays.copyOf(d, d.length + 1);
                d[d.length - 1] = index;
                donorsOf[a] = d;
            }
        }

        private int currencyIndex(Currency c) {
            if (c == lastCurrency) {
                return lastIndex;
            }
            int i = currencies.indexOf(c);
            if (i < 0) {
                if (currencies.size() == costTotals.length) {
                    throw new IllegalArgumentException("more than " + costTotals.length + " currencies in one plan");
                }
                currencies.add(c);
                i = currencies.size() - 1;
            }
            lastCurrency = c;
            lastIndex = i;
            return i;
        }
    }

    /**
     * Builds the columns of a plan.
     *
     * @param plan  the plan, not null
     * @return the columns, never null
     * @throws IllegalArgumentException if an amount is negative or has more decimals than its currency allows
     * @throws ArithmeticException if the plan's total does not fit in 64-bit minor units
     */
    public static Columns of(Plan plan) {
        List<Activity> list = new ArrayList<>();
        List<int[]> paths = new ArrayList<>();
        List<List<Section>> byLevel = new ArrayList<>();
        int[] path = new int[64];
        int[][] ends = {new int[64]};
        for (Section goal : plan.goals()) {
            walk(goal, 0, path, byLevel, list, paths, ends);
        }
        int[] subtreeEnd = Arrays.copyOf(ends[0], list.size());
        int depth = byLevel.size();
        int[][] levelValues = new int[depth][list.size()];
        for (int a = 0; a < list.size(); a++) {
            int[] p = paths.get(a);
            for (int d = 0; d < p.length; d++) {
                levelValues[d][a] = p[d];
            }
        }
        Section[][] levelSections = new Section[depth][];
        for (int d = 0; d < depth; d++) {
            levelSections[d] = byLevel.get(d).toArray(new Section[0]);
        }
        return new Columns(plan, list, subtreeEnd, levelValues, levelSections);
    }

    private static void walk(Section section, int d, int[] path, List<List<Section>> byLevel, List<Activity> list,
            List<int[]> paths, int[][] ends) {
        if (d >= path.length) {
            throw new IllegalArgumentException("section '" + section.id() + "' is nested deeper than " + path.length + " levels");
        }
        if (byLevel.size() <= d) {
            byLevel.add(new ArrayList<>());
        }
        List<Section> atLevel = byLevel.get(d);
        atLevel.add(section);
        path[d] = atLevel.size();
        int[] mine = Arrays.copyOf(path, d + 1);
        for (Activity activity : section.activities()) {
            add(activity, mine, list, paths, ends);
        }
        for (Section child : section.children()) {
            walk(child, d + 1, path, byLevel, list, paths, ends);
        }
    }

    /** Adds an activity and its sub-activities in document order (as {@code Activity.forEachInTree}). */
    private static void add(Activity activity, int[] mine, List<Activity> list, List<int[]> paths, int[][] ends) {
        int a = list.size();
        list.add(activity);
        paths.add(mine);
        for (Activity sub : activity.subActivities()) {
            add(sub, mine, list, paths, ends);
        }
        if (a >= ends[0].length) {
            ends[0] = Arrays.copyOf(ends[0], Math.max(a + 1, ends[0].length * 2));
        }
        ends[0][a] = list.size();
    }

    /**
     * Returns the institution and budget-programme columns, reading them on first use.
     *
     * @return the columns, never null
     */
    public Who who() {
        Who w = who;
        if (w == null) {
            synchronized (this) {
                w = who;
                if (w == null) {
                    w = new Who(plan, activities);
                    who = w;
                }
            }
        }
        return w;
    }

    /**
     * Returns the key of an assignment: the resolved institution id, else the name as written.
     *
     * @param as  the assignment, not null
     * @return the key, never null
     */
    public static String key(Assignment as) {
        return as.institution() != null ? as.institution() : as.name();
    }

    private static int indexOf(int[] a, int size, int v) {
        for (int i = 0; i < size; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static int insertSorted(int[] a, int size, int v) {
        int i = size;
        while (i > 0 && a[i - 1] > v) {
            i--;
        }
        if (i > 0 && a[i - 1] == v) {
            return size;
        }
        System.arraycopy(a, i, a, i + 1, size - i);
        a[i] = v;
        return size + 1;
    }

    /**
     * Converts an amount to minor units of a currency, exactly.
     *
     * @param v  the amount, not null
     * @param scale  the currency's decimal places
     * @param activity  the activity, for the message
     * @param year  the year, for the message, may be null
     * @param what  what the amount is, for the message (its string form is built only for an error)
     * @return the amount in minor units
     */
    static long minor(BigDecimal v, int scale, Activity activity, Integer year, Object what) {
        if (v.signum() < 0) {
            throw new IllegalArgumentException(where(activity, year, what) + ": negative amount " + v.toPlainString());
        }
        try {
            if (v.scale() == 0 && scale < POW10.length) {
                return Math.multiplyExact(v.longValueExact(), POW10[scale]);
            }
            return v.movePointRight(scale).longValueExact();
        } catch (ArithmeticException e) {
            if (v.stripTrailingZeros().scale() > scale) {
                throw new IllegalArgumentException(where(activity, year, what) + ": amount " + v.toPlainString()
                        + " has more than " + scale + " decimals", e);
            }
            throw new ArithmeticException(where(activity, year, what) + ": amount " + v.toPlainString()
                    + " does not fit in 64-bit minor units");
        }
    }

    private static long add(long total, long amount, Currency currency) {
        try {
            return Math.addExact(total, amount);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("the plan's total in " + currency.getCurrencyCode()
                    + " exceeds 64-bit minor units (" + Long.MAX_VALUE + "); exact long arithmetic is impossible");
        }
    }

    private static String where(Activity activity, Integer year, Object what) {
        String w = what instanceof FundingSourceKind ? "funding " + what : String.valueOf(what);
        return "activity '" + activity.id() + "'" + (year == null ? "" : " year " + year) + " " + w;
    }

    /**
     * Returns the year slot of a cost cell.
     *
     * @param costCell  the cost cell
     * @return the year slot
     */
    public int yearSlot(int costCell) {
        return (costCell / CATEGORIES) % yearSlots;
    }

    /**
     * Returns the category slot of a cost cell.
     *
     * @param costCell  the cost cell
     * @return the category slot
     */
    public static int category(int costCell) {
        return costCell % CATEGORIES;
    }
}

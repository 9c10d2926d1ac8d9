package org.actionplan.costing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
 * counted and listed where it belongs. Immutable after construction.
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

    /** The plan. */
    public final Plan plan;
    /** Number of activities (cost carriers). */
    public final int n;
    /** The activities in document order. */
    public final Activity[] activities;
    /** The currencies, the plan's first, then in order of appearance. */
    public final Currency[] currencies;
    /** Index into {@link #currencies} per activity. */
    public final int[] currencyOf;
    /** The years, ascending: the plan period and every year with an amount. */
    public final int[] years;
    /** {@code years.length + 1}. */
    public final int yearSlots;
    /** Cells per row for cost. */
    public final int costCells;
    /** Cells per row for funding. */
    public final int fundCells;
    /** Cost entries: start offsets (length n + 1), cells and amounts. */
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
    /** Donor indices named per activity, ascending, may be empty. */
    public final int[][] donorsOf;
    /** Donor names, sorted. */
    public final String[] donors;
    /** Maximum section depth. */
    public final int depth;
    /** Per level (0-based depth): the value per activity, 1-based index into {@link #levelSections}, 0 = none. */
    public final int[][] level;
    /** Per level: the sections at that depth, in document order. */
    public final Section[][] levelSections;
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

    private Columns(Plan plan, List<Activity> list, int[][] levelValues, Section[][] levelSections) {
        this.plan = plan;
        this.n = list.size();
        this.activities = list.toArray(new Activity[0]);
        this.depth = levelSections.length;
        this.level = levelValues;
        this.levelSections = levelSections;

        // currencies and years
        Map<Currency, Integer> currencyIndex = new LinkedHashMap<>();
        currencyIndex.put(plan.currency(), 0);
        TreeSet<Integer> yearSet = new TreeSet<>();
        for (int y = plan.firstYear(); y <= plan.lastYear(); y++) {
            yearSet.add(y);
        }
        currencyOf = new int[n];
        int entriesCost = 0;
        int entriesFund = 0;
        for (int a = 0; a < n; a++) {
            CostEstimate cost = activities[a].cost();
            if (cost == null) {
                continue;
            }
            currencyOf[a] = currencyIndex.computeIfAbsent(cost.currency(), c -> currencyIndex.size());
            yearSet.addAll(cost.years().keySet());
            entriesCost += 2 * cost.years().size();
            for (FundingLine f : cost.funding()) {
                if (f.year() != null) {
                    yearSet.add(f.year());
                }
                entriesFund++;
            }
        }
        currencies = currencyIndex.keySet().toArray(new Currency[0]);
        years = yearSet.stream().mapToInt(Integer::intValue).toArray();
        yearSlots = years.length + 1;
        costCells = currencies.length * yearSlots * CATEGORIES;
        fundCells = costCells * SOURCES;
        int minYear = years[0];
        int[] slotOf = new int[years[years.length - 1] - minYear + 1];
        for (int i = 0; i < years.length; i++) {
            slotOf[years[i] - minYear] = i;
        }

        // registries
        Map<String, Integer> institutionIndex = institutionKeys(plan, activities);
        institutions = institutionIndex.keySet().toArray(new String[0]);
        Map<String, Integer> programmeIndex = programmeKeys(plan, activities);
        programmes = programmeIndex.keySet().toArray(new String[0]);
        TreeSet<String> donorSet = new TreeSet<>();
        for (Activity activity : activities) {
            if (activity.cost() != null) {
                for (FundingLine f : activity.cost().funding()) {
                    if (f.donor() != null) {
                        donorSet.add(f.donor());
                    }
                }
            }
        }
        donors = donorSet.toArray(new String[0]);
        Map<String, Integer> donorIndex = new HashMap<>();
        for (int i = 0; i < donors.length; i++) {
            donorIndex.put(donors[i], i + 1);
        }

        costStart = new int[n + 1];
        fundStart = new int[n + 1];
        int[] cCell = new int[entriesCost + n];
        long[] cAmt = new long[entriesCost + n];
        int[] fCell = new int[entriesFund];
        long[] fAmt = new long[entriesFund];
        quantified = new boolean[n];
        unquantifiedFunding = new boolean[n];
        sourceMask = new int[n];
        donorsOf = new int[n][];
        lead = new int[n];
        responsible = new int[n][];
        involved = new int[n][];
        programme = new int[n];
        long[] costTotals = new long[currencies.length];
        long[] fundTotals = new long[currencies.length];
        int ce = 0;
        int fe = 0;
        int[] noDonors = new int[0];
        for (int a = 0; a < n; a++) {
            Activity activity = activities[a];
            costStart[a] = ce;
            fundStart[a] = fe;
            CostEstimate cost = activity.cost();
            int cur = currencyOf[a];
            int scale = Money.scaleOf(currencies[cur]);
            if (cost != null) {
                for (Map.Entry<Integer, YearCost> e : cost.years().entrySet()) {
                    int slot = slotOf[e.getKey() - minYear];
                    YearCost yc = e.getValue();
                    int base = (cur * yearSlots + slot) * CATEGORIES;
                    if (yc.current() == null && yc.capital() == null) {
                        if (yc.total() != null) {
                            cCell[ce] = base + EconomicCategory.UNSPECIFIED.ordinal();
                            cAmt[ce] = minor(yc.total(), scale, activity, e.getKey(), "total");
                            costTotals[cur] = add(costTotals[cur], cAmt[ce++], currencies[cur]);
                        }
                        continue;
                    }
                    if (yc.current() != null) {
                        cCell[ce] = base + EconomicCategory.CURRENT.ordinal();
                        cAmt[ce] = minor(yc.current(), scale, activity, e.getKey(), "current");
                        costTotals[cur] = add(costTotals[cur], cAmt[ce++], currencies[cur]);
                    }
                    if (yc.capital() != null) {
                        cCell[ce] = base + EconomicCategory.CAPITAL.ordinal();
                        cAmt[ce] = minor(yc.capital(), scale, activity, e.getKey(), "capital");
                        costTotals[cur] = add(costTotals[cur], cAmt[ce++], currencies[cur]);
                    }
                }
            }
            quantified[a] = ce > costStart[a];
            if (!quantified[a]) {
                cCell[ce] = (cur * yearSlots + years.length) * CATEGORIES + NONE;
                cAmt[ce++] = 0;
            }
            int[] donorList = noDonors;
            if (cost != null) {
                TreeSet<Integer> named = null;
                for (FundingLine f : cost.funding()) {
                    sourceMask[a] |= 1 << f.source().ordinal();
                    if (f.donor() != null) {
                        if (named == null) {
                            named = new TreeSet<>();
                        }
                        named.add(donorIndex.get(f.donor()));
                    }
                    if (!f.isQuantified()) {
                        unquantifiedFunding[a] = true;
                        continue;
                    }
                    int slot = f.year() == null ? years.length : slotOf[f.year() - minYear];
                    EconomicCategory cat = f.category() == null ? EconomicCategory.UNSPECIFIED : f.category();
                    fCell[fe] = ((cur * yearSlots + slot) * CATEGORIES + cat.ordinal()) * SOURCES + f.source().ordinal();
                    fAmt[fe] = minor(f.amount(), scale, activity, f.year(), "funding " + f.source());
                    fundTotals[cur] = add(fundTotals[cur], fAmt[fe++], currencies[cur]);
                }
                if (named != null) {
                    donorList = named.stream().mapToInt(Integer::intValue).toArray();
                }
            }
            donorsOf[a] = donorList;
            responsibility(activity.responsibility(), institutionIndex, a);
            String bp = activity.budgetProgram();
            programme[a] = bp == null ? 0 : programmeIndex.get(bp);
        }
        costStart[n] = ce;
        fundStart[n] = fe;
        costCell = Arrays.copyOf(cCell, ce);
        costAmt = Arrays.copyOf(cAmt, ce);
        fundCell = Arrays.copyOf(fCell, fe);
        fundAmt = Arrays.copyOf(fAmt, fe);
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
        for (Section goal : plan.goals()) {
            walk(goal, 0, path, byLevel, list, paths);
        }
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
        return new Columns(plan, list, levelValues, levelSections);
    }

    private static void walk(Section section, int d, int[] path, List<List<Section>> byLevel, List<Activity> list,
            List<int[]> paths) {
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
            activity.forEachInTree(x -> {
                list.add(x);
                paths.add(mine);
            });
        }
        for (Section child : section.children()) {
            walk(child, d + 1, path, byLevel, list, paths);
        }
    }

    private void responsibility(Responsibility r, Map<String, Integer> index, int a) {
        if (r == null || r.assignments().isEmpty()) {
            responsible[a] = new int[0];
            involved[a] = responsible[a];
            return;
        }
        List<Integer> resp = new ArrayList<>();
        TreeSet<Integer> all = new TreeSet<>();
        for (Assignment as : r.assignments()) {
            int i = index.get(key(as));
            all.add(i);
            if (as.role() == Role.LEAD && lead[a] == 0) {
                lead[a] = i;
            }
            if (as.role() != Role.SUPPORTING && !resp.contains(i)) {
                resp.add(i);
            }
        }
        responsible[a] = resp.stream().mapToInt(Integer::intValue).toArray();
        involved[a] = all.stream().mapToInt(Integer::intValue).toArray();
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

    private static Map<String, Integer> institutionKeys(Plan plan, Activity[] activities) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Institution i : plan.institutions()) {
            index.putIfAbsent(i.id(), index.size() + 1);
        }
        TreeSet<String> others = new TreeSet<>();
        for (Activity activity : activities) {
            if (activity.responsibility() != null) {
                for (Assignment as : activity.responsibility().assignments()) {
                    if (!index.containsKey(key(as))) {
                        others.add(key(as));
                    }
                }
            }
        }
        for (String o : others) {
            index.put(o, index.size() + 1);
        }
        return index;
    }

    private static Map<String, Integer> programmeKeys(Plan plan, Activity[] activities) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (BudgetProgram p : plan.budgetPrograms()) {
            index.putIfAbsent(p.code(), index.size() + 1);
        }
        TreeSet<String> others = new TreeSet<>();
        for (Activity activity : activities) {
            if (activity.budgetProgram() != null && !index.containsKey(activity.budgetProgram())) {
                others.add(activity.budgetProgram());
            }
        }
        for (String o : others) {
            index.put(o, index.size() + 1);
        }
        return index;
    }

    /**
     * Converts an amount to minor units of a currency, exactly.
     *
     * @param v  the amount, not null
     * @param scale  the currency's decimal places
     * @param activity  the activity, for the message
     * @param year  the year, for the message, may be null
     * @param what  what the amount is, for the message
     * @return the amount in minor units
     */
    static long minor(BigDecimal v, int scale, Activity activity, Integer year, String what) {
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

    private static String where(Activity activity, Integer year, String what) {
        return "activity '" + activity.id() + "'" + (year == null ? "" : " year " + year) + " " + what;
    }

    /**
     * Returns the year slot of a cost or funding cell (without the source part).
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

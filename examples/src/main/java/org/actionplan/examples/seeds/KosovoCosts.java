package org.actionplan.examples.seeds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.actionplan.core.Activity;
import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.Metric;
import org.actionplan.core.SourceRef;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;

/**
 * Reads the cost column ("Kostoja e financiare") of Kosovo's action plan from seed 000 and attributes its cells to
 * activities only where that can be done without guessing.
 * <p>
 * 000 printed the too-wide table "down, then over": the cost column sits on 15 overflow pages after the main table.
 * The pages are split at runs of three or more empty lines; within a page the cells are "kosto / administrativ /
 * e" (three lines), an amount, "e buxhetuar", a donor word, or "Donatorët + / buxheti i / ministrisë"; the clipped
 * tails of the strategic-objective banners ("eshme në") are not cells. Empty cells leave no trace, so a page's
 * cells are given to its activities in order only when the page has exactly as many cells as activity rows
 * ({@link #PAGE_ACTIVITIES}, the page model of the seed notes); on the other pages the cells are kept as plan notes
 * and their amounts as unaudited declared figures, and the activities get no cost.
 * <p>
 * An amount is printed without year or currency: the activity gets an unquantified cost estimate with the amount
 * as its text, and the amount is kept as a declared figure with the activity as scope and metric OTHER (kept, not
 * audited), because the model holds quantified costs per year only and an audit would compare it with zero.
 */
final class KosovoCosts {

    /** Activity rows per cost page, in table order (seed notes §6; main pages 15 and 16 share cost page 15). */
    static final int[] PAGE_ACTIVITIES = {4, 3, 5, 4, 5, 8, 8, 8, 6, 4, 6, 6, 6, 5, 9};

    static final Correction PAGE_MODEL = new Correction("000", 2649, "",
            "cost cells are attributed page by page, with the number of activity rows per page taken from the page"
                    + " model of the seed notes (4,3,5,4,5,8,8,8,6,4,6,6,6,5,9); pages with fewer cells than rows are"
                    + " not attributed",
            "the cost column was printed on overflow pages after the table, and empty cells left no trace");

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d+)?");

    private KosovoCosts() {
    }

    /** One printed cell of the cost column. */
    record Cell(int line, String text) {
    }

    /**
     * The cost column as read.
     *
     * @param costs  the cost per activity id, for attributed cells
     * @param declaredFigures  the amounts as declared figures
     * @param notes  plan notes on cells that could not be attributed
     */
    record Result(Map<String, Cell> costs, List<DeclaredFigure> declaredFigures, List<String> notes,
            List<Correction> corrections) {

        /** Returns the activity with its cost cell applied, if it has one. */
        Activity apply(Activity activity) {
            Cell cell = costs.get(activity.id());
            String ambiguous = ambiguousNote(activity.id());
            if (cell == null && ambiguous == null) {
                return activity;
            }
            Activity.Builder b = activity.toBuilder();
            if (cell != null) {
                b.cost(estimate(cell)).source(SourceRef.of("000", "Kostoja e financiare", cell.line()));
                if (AMOUNT.matcher(cell.text()).matches()) {
                    b.note("cost printed as '" + cell.text() + "' (000:" + cell.line() + ") without year or currency;"
                            + " kept as a declared figure because the model holds quantified costs per year only");
                }
            } else {
                b.note(ambiguous);
            }
            return b.build();
        }

        private String ambiguousNote(String id) {
            for (String note : notes) {
                if (note.contains(" " + id + ",") || note.contains(" " + id + ":")) {
                    return "cost cell not attributable to one activity: " + note.substring(0, note.indexOf(':'));
                }
            }
            return null;
        }
    }

    /**
     * Reads the cost column.
     *
     * @param s000  seed 000
     * @param activityIds  the ids of the 87 activities in table order
     * @return the result, never null
     */
    static Result read(SeedFile s000, List<String> activityIds) {
        int start = s000.find(2600, "Kostoja e");
        List<List<Cell>> pages = pages(s000, start + 2);
        int total = 0;
        for (int n : PAGE_ACTIVITIES) {
            total += n;
        }
        if (pages.size() != PAGE_ACTIVITIES.length || total != activityIds.size()) {
            throw new IllegalStateException("000: expected " + PAGE_ACTIVITIES.length + " cost pages for "
                    + activityIds.size() + " activities, found " + pages.size() + " pages");
        }
        Map<String, Cell> costs = new LinkedHashMap<>();
        List<DeclaredFigure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int at = 0;
        for (int p = 0; p < pages.size(); p++) {
            List<String> ids = activityIds.subList(at, at + PAGE_ACTIVITIES[p]);
            List<Cell> cells = pages.get(p);
            at += PAGE_ACTIVITIES[p];
            if (cells.size() == ids.size()) {
                for (int i = 0; i < ids.size(); i++) {
                    costs.put(ids.get(i), cells.get(i));
                    Cell c = cells.get(i);
                    if (AMOUNT.matcher(c.text()).matches()) {
                        figures.add(figure(c, ids.get(i), Metric.OTHER, "the cost cell of activity " + ids.get(i)
                                + ", printed without year or currency (EUR is the plan currency); not audited: the"
                                + " model holds quantified costs per year only, so the activity's computed cost"
                                + " is not this amount"));
                    }
                }
                continue;
            }
            StringBuilder note = new StringBuilder("cost page " + (p + 1) + " of 000 (lines " + cells.get(0).line()
                    + "-" + cells.get(cells.size() - 1).line() + ") has " + cells.size() + " cells for the "
                    + ids.size() + " activities " + String.join(", ", ids) + ": ");
            for (int i = 0; i < cells.size(); i++) {
                note.append(i == 0 ? "" : " | ").append(cells.get(i).text());
            }
            notes.add(note.append("; the cells are not attributed").toString());
            for (Cell c : cells) {
                if (AMOUNT.matcher(c.text()).matches()) {
                    figures.add(figure(c, DeclaredFigure.PLAN_SCOPE, Metric.OTHER, "printed on cost page " + (p + 1)
                            + ", for one of the activities " + String.join(", ", ids) + "; not attributable"));
                }
            }
        }
        return new Result(costs, figures, notes, List.of(PAGE_MODEL));
    }

    private static DeclaredFigure figure(Cell c, String scope, Metric metric, String note) {
        BigDecimal value = new BigDecimal(c.text().replace(",", ""));
        return new DeclaredFigure("cost-000-" + c.line(), metric, scope, null, null, null, c.text(), value, "EUR",
                SourceRef.of("000", "Kostoja e financiare", c.line()),
                note);
    }

    static CostEstimate estimate(Cell cell) {
        String t = cell.text();
        String lower = t.toLowerCase(Locale.ROOT);
        List<FundingLine> funding = new ArrayList<>();
        if (lower.startsWith("kosto administrativ")) {
            funding.add(FundingLine.unquantified(FundingSourceKind.ADMINISTRATIVE, t));
        } else if (lower.equals("e buxhetuar")) {
            funding.add(FundingLine.unquantified(FundingSourceKind.STATE_BUDGET, t));
        } else if (lower.startsWith("donator") && t.contains("+")) {
            String[] parts = t.split("\\+");
            funding.add(FundingLine.unquantified(FundingSourceKind.FOREIGN, parts[0].strip()));
            funding.add(FundingLine.unquantified(FundingSourceKind.STATE_BUDGET, parts[1].strip()));
        } else if (lower.startsWith("donator")) {
            funding.add(FundingLine.unquantified(FundingSourceKind.FOREIGN, t));
        } else if (!AMOUNT.matcher(t).matches()) {
            throw new IllegalStateException("000 line " + cell.line() + ": unknown cost cell '" + t + "'");
        }
        return CostEstimate.unquantified(Money.currency("EUR"), t, funding);
    }

    /** Splits the cost stream into pages of cells. */
    static List<List<Cell>> pages(SeedFile s, int from) {
        List<List<Cell>> pages = new ArrayList<>();
        List<Cell> page = new ArrayList<>();
        int blank = 0;
        int n = from;
        while (n <= s.lineCount()) {
            String raw = s.line(n);
            String t = raw.strip();
            if (t.isEmpty()) {
                blank++;
                n++;
                continue;
            }
            if (blank >= 3 && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
            }
            blank = 0;
            if (raw.startsWith("   ") && !AMOUNT.matcher(t).matches()) {
                n++; // the clipped tail of a strategic-objective banner, not a cell
                continue;
            }
            if (t.equals("kosto")) {
                page.add(new Cell(n, t + " " + s.line(n + 1).strip() + " " + s.line(n + 2).strip()));
                n += 3;
            } else if (t.endsWith("+")) {
                page.add(new Cell(n, t + " " + s.line(n + 1).strip() + " " + s.line(n + 2).strip()));
                n += 3;
            } else {
                page.add(new Cell(n, t));
                n++;
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }
}

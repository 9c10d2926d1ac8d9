package org.actionplan.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.actionplan.core.Activity;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.YearCost;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the benchmark plan of a size as the spreadsheet people use today, for the LibreOffice comparison
 * ({@code benchmarks/spreadsheet-vs-cli.sh}).
 * <p>
 * Sheet {@code Costs} has one row per activity and year (goal, objective, measure, activity, year, current,
 * capital, funded current, funded capital); sheet {@code Summary} rolls it up per node of the hierarchy
 * (the plan, every goal, objective and measure) and year with {@code SUMIFS} formulas, and the gap as a
 * formula. The formulas carry no cached values, so the spreadsheet program must calculate them. Beside the
 * workbook it writes the same plan as JSON (for {@code bin/actionplan cost}) and the expected summary as
 * CSV, computed here with exact {@code long} sums, to check the spreadsheet's answer.
 * <p>
 * Usage: {@code java -cp benchmarks.jar org.actionplan.benchmarks.SpreadsheetWorkbook N DIR}; writes
 * {@code DIR/plan-N.json}, {@code DIR/plan-N.xlsx} and {@code DIR/expected-N.csv}.
 */
public final class SpreadsheetWorkbook {

    private static final String[] COST_HEADER = {"Goal", "Objective", "Measure", "Activity", "Year", "Current",
        "Capital", "Funded current", "Funded capital"};
    private static final String[] SUMMARY_HEADER = {"Level", "Node", "Year", "Current", "Capital", "Funded current",
        "Funded capital", "Gap"};

    private SpreadsheetWorkbook() {
    }

    /** One row of the Costs sheet, in whole units of the plan currency. */
    private record Row(String[] path, String activity, int year, long[] amounts) {
    }

    /**
     * Writes the files.
     *
     * @param args  the number of activities and the output directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SpreadsheetWorkbook <activities> <dir>");
            return;
        }
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        Plan plan = Plans.generate(n);
        try (OutputStream out = Files.newOutputStream(dir.resolve("plan-" + n + ".json"))) {
            PlanJson.write(plan, out);
        }
        List<Row> rows = rows(plan);
        List<String[]> nodes = nodes(rows);
        try (OutputStream out = Files.newOutputStream(dir.resolve("plan-" + n + ".xlsx"))) {
            writeWorkbook(plan, rows, nodes, out);
        }
        try (Writer out = Files.newBufferedWriter(dir.resolve("expected-" + n + ".csv"), StandardCharsets.UTF_8)) {
            writeExpected(plan, rows, nodes, out);
        }
    }

    /** Every activity and year as a row; funding lines without year or category are not supported. */
    static List<Row> rows(Plan plan) {
        List<Row> rows = new ArrayList<>();
        for (Section goal : plan.goals()) {
            collect(goal, new String[] {"G" + goal.id(), "", ""}, 0, rows);
        }
        return rows;
    }

    private static void collect(Section section, String[] path, int depth, List<Row> rows) {
        for (Section child : section.children()) {
            String[] p = path.clone();
            if (depth + 1 < p.length) {
                p[depth + 1] = (depth == 0 ? "O" : "M") + child.id();
            }
            collect(child, p, depth + 1, rows);
        }
        for (Activity top : section.activities()) {
            top.forEachInTree(a -> addRows(a, path, rows));
        }
    }

    private static void addRows(Activity a, String[] path, List<Row> rows) {
        CostEstimate cost = a.cost();
        if (cost == null || !cost.isQuantified()) {
            return;
        }
        for (Map.Entry<Integer, YearCost> e : cost.years().entrySet()) {
            long[] amounts = new long[4];
            amounts[0] = whole(e.getValue().current());
            amounts[1] = whole(e.getValue().capital());
            for (FundingLine line : cost.funding()) {
                if (line.amount() == null) {
                    continue;
                }
                if (line.year() == null || line.category() == null) {
                    throw new IllegalArgumentException("activity " + a.id() + ": funding without year or category");
                }
                if (line.year().equals(e.getKey())) {
                    amounts[line.category() == EconomicCategory.CAPITAL ? 3 : 2] +=
                            whole(line.amount());
                }
            }
            rows.add(new Row(path, a.id(), e.getKey(), amounts));
        }
    }

    private static long whole(BigDecimal amount) {
        return amount == null ? 0 : amount.longValueExact();
    }

    /** The summary's nodes: {level, node, column of Costs to match (-1 for the plan)}. */
    static List<String[]> nodes(List<Row> rows) {
        List<String[]> nodes = new ArrayList<>();
        nodes.add(new String[] {"plan", "TOTAL", "-1"});
        for (int level = 0; level < 3; level++) {
            Set<String> seen = new LinkedHashSet<>();
            for (Row r : rows) {
                if (!r.path()[level].isEmpty()) {
                    seen.add(r.path()[level]);
                }
            }
            for (String id : seen) {
                nodes.add(new String[] {level == 0 ? "goal" : level == 1 ? "objective" : "measure", id,
                    Integer.toString(level)});
            }
        }
        return nodes;
    }

    private static void writeWorkbook(Plan plan, List<Row> rows, List<String[]> nodes, OutputStream out)
            throws IOException {
        Workbook wb = new Workbook(out, "actionplan-benchmarks", "1.0");
        Worksheet costs = wb.newWorksheet("Costs");
        for (int c = 0; c < COST_HEADER.length; c++) {
            costs.value(0, c, COST_HEADER[c]);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            for (int c = 0; c < 3; c++) {
                costs.value(i + 1, c, r.path()[c]);
            }
            costs.value(i + 1, 3, r.activity());
            costs.value(i + 1, 4, r.year());
            for (int k = 0; k < 4; k++) {
                costs.value(i + 1, 5 + k, r.amounts()[k]);
            }
            if (i % 10_000 == 0) {
                costs.flush();
            }
        }
        int last = rows.size() + 1;
        Worksheet summary = wb.newWorksheet("Summary");
        for (int c = 0; c < SUMMARY_HEADER.length; c++) {
            summary.value(0, c, SUMMARY_HEADER[c]);
        }
        int r = 1;
        for (String[] node : nodes) {
            int match = Integer.parseInt(node[2]);
            for (int year = plan.firstYear(); year <= plan.lastYear(); year++) {
                summary.value(r, 0, node[0]);
                summary.value(r, 1, node[1]);
                summary.value(r, 2, year);
                for (int k = 0; k < 4; k++) {
                    String sum = range('F' + k, last);
                    String byYear = range('E', last) + ",C" + (r + 1);
                    String formula = match < 0 ? "SUMIFS(" + sum + "," + byYear + ")"
                            : "SUMIFS(" + sum + "," + range('A' + match, last) + ",B" + (r + 1) + "," + byYear + ")";
                    summary.formula(r, 3 + k, formula);
                }
                summary.formula(r, 7, "D" + (r + 1) + "+E" + (r + 1) + "-F" + (r + 1) + "-G" + (r + 1));
                r++;
            }
        }
        wb.finish();
    }

    private static String range(int column, int last) {
        char c = (char) column;
        return "Costs!$" + c + "$2:$" + c + "$" + last;
    }

    private static void writeExpected(Plan plan, List<Row> rows, List<String[]> nodes, Writer out) throws IOException {
        out.write(String.join(",", SUMMARY_HEADER) + "\n");
        for (String[] node : nodes) {
            int match = Integer.parseInt(node[2]);
            for (int year = plan.firstYear(); year <= plan.lastYear(); year++) {
                long[] sum = new long[4];
                for (Row row : rows) {
                    if (row.year() == year && (match < 0 || row.path()[match].equals(node[1]))) {
                        for (int k = 0; k < 4; k++) {
                            sum[k] += row.amounts()[k];
                        }
                    }
                }
                out.write(node[0] + "," + node[1] + "," + year + "," + sum[0] + "," + sum[1] + "," + sum[2] + ","
                        + sum[3] + "," + (sum[0] + sum[1] - sum[2] - sum[3]) + "\n");
            }
        }
    }
}

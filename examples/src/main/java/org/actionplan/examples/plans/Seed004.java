package org.actionplan.examples.plans;

import java.util.List;
import java.util.TreeMap;

import org.actionplan.core.SectionKind;
import org.actionplan.core.money.Money;
import org.actionplan.examples.importer.ColumnMapping;
import org.actionplan.examples.importer.ImportSpec;
import org.actionplan.examples.importer.RowRule;
import org.actionplan.examples.importer.RowRule.Role;
import org.actionplan.examples.importer.TableFormat;

/**
 * The layout of seed 004 (Albania, action plan against trafficking in persons 2024-2025): line ranges of its
 * parts and the column mapping of its costing table. Line numbers are those of the seed file.
 */
final class Seed004 {

    /** Document id used in source references. */
    static final String DOCUMENT = "004";
    /** Source part of the action table. */
    static final String ANEKS = "Aneks 1";
    /** Source part of the costing table. */
    static final String COSTING = "costing";
    /** Abbreviations: first and last line. */
    static final int ABBREVIATIONS_FIRST = 2;
    static final int ABBREVIATIONS_LAST = 45;
    /** Aneks 1: first and last line. */
    static final int ANEKS_FIRST = 278;
    static final int ANEKS_LAST = 1315;
    /** Costing table, copy A: first and last line. */
    static final int COSTING_FIRST = 1316;
    static final int COSTING_LAST = 1573;
    /** The costing format: tab-separated, records separated by blank lines, a spacer after each cell. */
    static final TableFormat COSTING_FORMAT = TableFormat.tsv().withBlankLineRecords().withSpacerCells();

    private Seed004() {
    }

    /**
     * Returns the costing-table spec.
     *
     * @param responsibility  the reader of responsibility cells, not null
     * @return the spec, never null
     */
    static ImportSpec costingSpec(
            java.util.function.BiFunction<String, String, org.actionplan.core.institution.Responsibility> responsibility) {
        ColumnMapping.Builder mapping = ColumnMapping.builder()
                .map(2, "code").map(3, "title").map(4, "resultReference").map(5, "budgetProgram")
                .map(6, "lead").map(7, "contributing").map(8, "start").map(9, "end")
                .map(10, "cost.2024.current").map(11, "cost.2024.capital").map(12, "cost.2024.total")
                .map(13, "cost.2025.current").map(14, "cost.2025.capital").map(15, "cost.2025.total")
                .map(31, "costTotal.current").map(32, "costTotal.capital").map(33, "costTotal.total")
                .map(34, "funding.STATE_BUDGET_MTBP.current").map(35, "funding.STATE_BUDGET_MTBP.capital")
                .map(36, "funding.STATE_BUDGET_MTBP.total")
                .map(37, "funding.FOREIGN.current").map(38, "funding.FOREIGN.capital").map(39, "donor")
                .map(40, "funding.FOREIGN.total")
                .map(41, "funding.STATE_BUDGET_LATER.current").map(42, "funding.STATE_BUDGET_LATER.capital")
                .map(43, "funding.STATE_BUDGET_LATER.total")
                .map(44, "gap").map(45, "note");
        for (int year = 2026; year <= 2030; year++) {
            int c = 16 + (year - 2026) * 3;
            mapping.map(c, "cost." + year + ".current").map(c + 1, "cost." + year + ".capital")
                    .map(c + 2, "cost." + year + ".total");
        }
        List<RowRule> rules = List.of(
                RowRule.of("(?iu)^Kosto totale Q[eë]llimi i Politik[eë]s\\s*I\\+II\\+III", Role.TOTAL, null, "plan-total"),
                RowRule.of("(?iu)^Kosto totale Q[eë]llimi i Politik[eë]s", Role.TOTAL, SectionKind.GOAL, "goal-total"),
                RowRule.of("(?iu)^Kosto (treguese )?Objektivi specifik", Role.TOTAL, SectionKind.OBJECTIVE,
                        "objective-subtotal"),
                RowRule.of("^ERROR:#REF!", Role.TOTAL, null, "unlabelled-total"),
                RowRule.of("^Nr\\.|^Emri i BP|^Korente", Role.HEADER, null, "column header"),
                RowRule.of("(?i)Programi buxhetor q[eë] kontribuon p[eë]r q[eë]llimin e politik[eë]s:\\s*(?<text>.+)",
                        Role.BUDGET_PROGRAM, SectionKind.GOAL, "goal budget programmes"),
                RowRule.of("(?isu)Q[eë]llimi i Politik[eë]s\\s+(?<code>\\d+|[IVX]+)\\s*:\\s*(?<title>.+)", Role.SECTION,
                        SectionKind.GOAL, "goal"),
                RowRule.of("(?is)^OBJEKTIVI SPECIFIK\\s+(?<code>\\d+\\.\\d+)\\s*:?\\s*(?<title>.*)", Role.SECTION,
                        SectionKind.OBJECTIVE, "objective"),
                RowRule.of("^Masat$", Role.SKIP, null, "label 'Masat' (measures)"),
                RowRule.of("LUFTA KUND", Role.SKIP, null, "strategic area heading of the parent strategy"),
                RowRule.of("Kostimi i planit te veprimit", Role.SKIP, null, "table title"));
        TreeMap<Integer, SectionKind> levels = new TreeMap<>();
        levels.put(1, SectionKind.GOAL);
        levels.put(2, SectionKind.OBJECTIVE);
        levels.put(3, SectionKind.MEASURE);
        return new ImportSpec(mapping.build(), rules, levels, 4, DOCUMENT, COSTING, "sq", Money.currency("ALL"), COSTING,
                responsibility);
    }
}

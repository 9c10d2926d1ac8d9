package org.actionplan.examples.seeds;

import static org.actionplan.examples.seeds.SeedCells.sq;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.PlanKind;
import org.actionplan.core.PlanRelation;
import org.actionplan.core.RelationKind;
import org.actionplan.core.money.Money;

/**
 * Reads Albania's National Strategy against Child Trafficking 2008-2010 (seed 002), an integral part of the general
 * strategy 2008-2010 ({@link AlbaniaPlan}).
 * <p>
 * Seed 002 is a layout-text PDF dump whose table cells are stacked vertically and cut by page breaks. Its
 * operational framework is therefore hand-encoded in {@code /seeds/albania-child-2008-2010.cells.tsv}: for every row
 * the seed lines (and, where two cells share a line, the characters) of each cell, read by a person against the
 * text. This reader takes the words from the seed itself, so the bundled plan is rebuilt from the seed, and it
 * checks that each row's code is printed on the row's line.
 */
final class AlbaniaChildPlan {

    static final String ID = "albania-child-2008-2010";
    static final String PART = "Kuadri Operacional";
    private static final String CELLS = "/seeds/albania-child-2008-2010.cells.tsv";

    private AlbaniaChildPlan() {
    }

    /**
     * Builds the plan from the seeds.
     *
     * @param seeds  the seed directory, not null
     * @return the plan, never null
     */
    static Plan build(Path seeds) {
        SeedFile s = SeedFile.read(seeds, "002");
        SeedRegistry registry = SeedRegistry.load(ID);
        List<FrameworkRow> rows = rows(s, cellsSpec());
        String title = s.expect(276, "Strategjia Kombëtare dhe Plani i Veprimit").strip() + " "
                + s.expect(277, "dhe Mbrojtjen e Viktimave").strip();
        Plan.Builder plan = Plan.builder(ID, LocalizedText.sqEn(title, "National Strategy and Action Plan against"
                + " Child Trafficking and for the Protection of Child Victims of Trafficking 2008-2010"), 2008, 2010,
                Money.currency("ALL"))
                .kind(PlanKind.STRATEGY_WITH_ACTION_PLAN).jurisdiction("AL").languages("sq", "en")
                .relation(new PlanRelation(RelationKind.INTEGRAL_PART_OF, AlbaniaPlan.ID, LocalizedText.sqEn(
                        "Strategjia Kombëtare e Luftës kundër Trafikimit të Qenieve Njerëzore 2008 - 2010",
                        "National Strategy for the Fight against Trafficking in Human Beings 2008-2010"),
                        "002 l.216-226: this strategy is an integral part of the general strategy"))
                .mission(sq(join(s, 204, 207)))
                .source(s.ref("strategy and operational framework", 1))
                .note("the operational framework is hand-encoded cell by cell with seed line references ("
                        + CELLS.substring(1) + "); the words are read from the seed")
                .note("002 has no budget chapter: the sources column names institutions and donors without amounts;"
                        + " every funding line is unquantified")
                .note("002 ends inside a page continuation of III 1.(a).4 (l.2364-2368): the document may be truncated");
        int[] principles = {405, 419, 426, 436, 447, 458, 472};
        for (int i = 0; i < principles.length; i++) {
            plan.principle(sq(s.expect(principles[i], (i + 1) + ". ").substring(3).strip()));
        }
        OperationalFramework.levels(plan, "Veprimtaritë dhe nën veprimtaritë");
        registry.institutions().forEach(plan::institution);
        registry.abbreviations().forEach(plan::abbreviation);
        OperationalFramework.build("002", PART, rows, registry, Money.currency("ALL"), Map.of()).forEach(plan::goal);
        return plan.build();
    }

    private static String join(SeedFile s, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int n = from; n <= to; n++) {
            String piece = s.line(n).strip();
            if (!piece.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(piece);
            }
        }
        return sb.toString();
    }

    static List<String[]> cellsSpec() {
        try (InputStream in = AlbaniaChildPlan.class.getResourceAsStream(CELLS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CELLS);
            }
            List<String[]> spec = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    spec.add(line.split("\t", -1));
                }
            }
            return spec;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the rows of the operational framework from the seed, as the spec locates them. */
    static List<FrameworkRow> rows(SeedFile s, List<String[]> spec) {
        List<FrameworkRow> rows = new ArrayList<>();
        for (String[] f : spec) {
            int line = Integer.parseInt(f[1]);
            String code = f[2];
            if (!code.isEmpty() && !s.line(line).contains(code)) {
                throw new IllegalStateException("002 line " + line + ": code '" + code + "' is not printed there");
            }
            switch (f[0]) {
                case "PILLAR" -> rows.add(FrameworkRow.pillar(line, code, text(s, f[3], " ")));
                case "SECTION" -> rows.add(FrameworkRow.section(line, code, text(s, f[3], " ")));
                case "INDICATOR" -> rows.add(FrameworkRow.indicator(line, text(s, f[3], " ")));
                case "ACTION" -> rows.add(new FrameworkRow(FrameworkRow.Kind.ACTION, line, code, text(s, f[3], " "),
                        text(s, cell(f, 4), " "), text(s, cell(f, 5), "\n"), text(s, cell(f, 6), " "),
                        text(s, cell(f, 7), " ")));
                default -> throw new IllegalStateException(CELLS + ": unknown row kind '" + f[0] + "'");
            }
        }
        return rows;
    }

    private static String cell(String[] f, int i) {
        return i < f.length ? f[i] : "";
    }

    /**
     * Reads the text of a cell from its spans: {@code N}, {@code N-M}, {@code N:a}, {@code N:a:b}, joined by '+'.
     * Blank lines inside a range are skipped; each piece is stripped and the pieces joined by the separator.
     */
    static String text(SeedFile s, String spans, String separator) {
        List<String> pieces = new ArrayList<>();
        if (spans.isBlank()) {
            return "";
        }
        for (String span : spans.split("\\+")) {
            if (span.contains(":")) {
                String[] p = span.split(":");
                String line = s.line(Integer.parseInt(p[0]));
                int from = Integer.parseInt(p[1]);
                int to = p.length > 2 ? Integer.parseInt(p[2]) : line.length();
                pieces.add(line.substring(from, to).strip());
            } else {
                String[] p = span.split("-");
                int from = Integer.parseInt(p[0]);
                int to = p.length > 1 ? Integer.parseInt(p[1]) : from;
                for (int n = from; n <= to; n++) {
                    if (!s.line(n).isBlank()) {
                        pieces.add(s.line(n).strip());
                    }
                }
            }
        }
        pieces.removeIf(String::isEmpty);
        return String.join(separator, pieces);
    }
}

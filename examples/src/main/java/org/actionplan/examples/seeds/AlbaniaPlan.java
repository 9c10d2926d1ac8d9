package org.actionplan.examples.seeds;

import static org.actionplan.examples.seeds.SeedCells.sq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.PlanKind;
import org.actionplan.core.PlanRelation;
import org.actionplan.core.RelationKind;
import org.actionplan.core.money.Money;

/**
 * Reads Albania's National Strategy against Trafficking in Human Beings 2008-2010 from seed 003: the strategic
 * framework (title, guiding principles, vision) and the tab-separated operational framework in four pillars.
 * <p>
 * The table is read row by row: the 72 repeated page headers are skipped; a row with an empty Nr. right after a
 * page header continues the row cut by the page break (cells joined with a space, the deadline with a line break);
 * a row with an empty Nr. under a goal or objective is one of its indicator lines; HTML left by the conversion
 * ({@code <p>}, {@code <i>}, {@code <ul>}) is reduced to plain text. Every other shape must be listed in
 * {@link #CORRECTIONS}, or the build stops with the line.
 */
final class AlbaniaPlan {

    static final String ID = "albania-2008-2010";
    static final String PART = "Kuadri Operacional";

    private static final Pattern CODE = Pattern.compile("\\d+\\.?\\s?(\\([a-z]\\))?(\\.?\\s?\\d+)*\\.?");
    private static final Pattern PILLAR = Pattern.compile("(I|II|III|IV)\\. (.+)");
    private static final Pattern FOOTNOTE = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]+ .*");

    /** Lines whose indicator text sits in the Nr. column. */
    private static final int[] TEXT_IN_NR = {755, 756, 799, 806, 815, 817, 825};

    /** Goal and objective rows whose title cell also holds the indicator, after the given label. */
    static final Map<Integer, String> INLINE_INDICATOR = inlineIndicators();

    private static Map<Integer, String> inlineIndicators() {
        Map<Integer, String> map = new LinkedHashMap<>();
        map.put(425, "Synimi:");
        map.put(562, "Synimi/Treguesit:");
        map.put(563, "Tregues:");
        map.put(580, "Tregues.");
        map.put(642, "Tregues:");
        map.put(765, "Treguesit:");
        map.put(791, "Treguesit");
        return map;
    }

    /** The human corrections of the reading of 003's operational framework, by seed line. */
    static final List<Correction> CORRECTIONS = corrections();

    private static List<Correction> corrections() {
        List<Correction> list = new ArrayList<>();
        for (int line : TEXT_IN_NR) {
            list.add(new Correction("003", line, "", "the text in the Nr. column is read as the text column",
                    "the row lost its leading tab in the conversion; the other cells are empty"));
        }
        list.add(new Correction("003", 748, "III 2.(c).5", "the continuation row is not merged into 2.(c).5 (the"
                + " preceding row); it is kept as a plan note",
                "it continues a row lost in the conversion (III 2.(c).6 to 2.(c).7.1 are missing): its text does not"
                        + " continue 2.(c).5"));
        for (Map.Entry<Integer, String> e : INLINE_INDICATOR.entrySet()) {
            list.add(new Correction("003", e.getKey(), "", "the title cell is split before '" + e.getValue()
                    + "': the rest is read as the section's indicator",
                    "the indicator was printed in the same cell as the goal or objective text"));
        }
        list.sort(java.util.Comparator.comparingInt(Correction::line));
        return List.copyOf(list);
    }

    private AlbaniaPlan() {
    }

    /**
     * Builds the plan from the seeds.
     *
     * @param seeds  the seed directory, not null
     * @return the plan, never null
     */
    static Plan build(Path seeds) {
        SeedFile s = SeedFile.read(seeds, "003");
        SeedRegistry registry = SeedRegistry.load(ID);
        List<String> planNotes = new ArrayList<>();
        List<FrameworkRow> rows = rows(s, planNotes);
        Plan.Builder plan = Plan.builder(ID, LocalizedText.sqEn(
                "Strategjia Kombëtare e Luftës kundër Trafikimit të Qenieve Njerëzore 2008 - 2010",
                "National Strategy for the Fight against Trafficking in Human Beings 2008-2010"), 2008, 2010,
                Money.currency("ALL"))
                .kind(PlanKind.STRATEGY_WITH_ACTION_PLAN).jurisdiction("AL").languages("sq", "en")
                .relation(new PlanRelation(RelationKind.HAS_PART, AlbaniaChildPlan.ID, LocalizedText.sqEn(
                        "Strategjia Kombëtare dhe Plani i Veprimit për Luftën kundër Trafikimit të Fëmijëve dhe"
                                + " Mbrojtjen e Viktimave Fëmijë të Trafikimit 2008-2010",
                        "National Strategy and Action Plan against Child Trafficking 2008-2010"),
                        "003 l.147: the child strategy is attached and forms an inseparable part of this strategy"))
                .vision(sq(s.expect(133, "Politikat, instrumentet dhe masat mbështetëse")))
                .source(s.ref("strategy and operational framework", 1))
                .note("Kapitulli IV (003:190): the action plan gives only the budget source of each measure, not its"
                        + " cost; every funding line is therefore unquantified");
        s.expect(10, "**STRATEGJIA KOMBËTARE E LUFTËS KUNDËR TRAFIKIMIT");
        s.expect(13, "2008 - 2010");
        for (int n = 59; n <= 64; n++) {
            if (s.line(n).startsWith("- ")) {
                plan.principle(sq(s.line(n).substring(2).strip()));
            }
        }
        OperationalFramework.levels(plan, "Veprimtaritë dhe nën-veprimtaritë");
        registry.institutions().forEach(plan::institution);
        registry.abbreviations().forEach(plan::abbreviation);
        OperationalFramework.build("003", PART, rows, registry, Money.currency("ALL"), Map.of()).forEach(plan::goal);
        CORRECTIONS.forEach(c -> plan.note(c.note()));
        planNotes.forEach(plan::note);
        return plan.build();
    }

    /** Reads the operational framework into logical rows; footnotes and orphans go to the notes. */
    static List<FrameworkRow> rows(SeedFile s, List<String> notes) {
        int start = s.find(370, "Kuadri Operacional");
        List<FrameworkRow> rows = new ArrayList<>();
        String[] open = null;
        int openLine = 0;
        boolean afterHeader = false;
        for (int n = start + 1; n <= s.lineCount(); n++) {
            String line = s.line(n);
            if (line.isBlank()) {
                continue;
            }
            String[] c = s.cells(n);
            if (c.length == 1) {
                Matcher pillar = PILLAR.matcher(line.strip());
                if (pillar.matches()) {
                    open = flush(rows, open, openLine);
                    rows.add(FrameworkRow.pillar(n, pillar.group(1), pillar.group(2).strip()));
                } else if (FOOTNOTE.matcher(line.strip()).matches()) {
                    notes.add("footnote 003:" + n + ": " + line.strip());
                } else {
                    throw new IllegalStateException("003 line " + n + ": unexpected text outside the table");
                }
                continue;
            }
            if (c.length != 6) {
                throw new IllegalStateException("003 line " + n + ": " + c.length + " cells, expected 6");
            }
            for (int i = 0; i < c.length; i++) {
                c[i] = plain(c[i]);
            }
            if (c[0].equals("Nr.")) {
                afterHeader = true;
                continue;
            }
            boolean wasAfterHeader = afterHeader;
            afterHeader = false;
            if (contains(TEXT_IN_NR, n)) {
                c[1] = c[0];
                c[0] = "";
            }
            if (!c[0].isEmpty()) {
                if (!CODE.matcher(c[0]).matches()) {
                    throw new IllegalStateException("003 line " + n + ": Nr. cell '" + c[0] + "' is not a code");
                }
                open = flush(rows, open, openLine);
                open = c;
                openLine = n;
                continue;
            }
            if (n == 748) {
                notes.add("orphan continuation row 003:748, of a row lost in the conversion (III 2.(c).6 to"
                        + " 2.(c).7.1 are missing), not attached to any activity: " + String.join(" | ", c).strip());
                continue;
            }
            boolean sectionOpen = open != null && isSectionRow(open);
            if (wasAfterHeader && open != null && !(sectionOpen && isIndicator(c[1]))) {
                merge(open, c);
            } else if (open != null && sectionOpen) {
                open = flush(rows, open, openLine);
                rows.add(FrameworkRow.indicator(n, c[1]));
            } else if (open == null && !rows.isEmpty() && rows.get(rows.size() - 1).kind() == FrameworkRow.Kind.INDICATOR
                    && !isIndicator(c[1]) && wasAfterHeader) {
                FrameworkRow last = rows.remove(rows.size() - 1);
                rows.add(FrameworkRow.indicator(last.line(), last.text() + " " + c[1]));
            } else if (open == null && !rows.isEmpty() && rows.get(rows.size() - 1).kind() == FrameworkRow.Kind.INDICATOR) {
                rows.add(FrameworkRow.indicator(n, c[1]));
            } else {
                throw new IllegalStateException("003 line " + n + ": row with empty Nr. that is neither a page"
                        + " continuation nor an indicator line");
            }
        }
        flush(rows, open, openLine);
        return rows;
    }

    private static boolean isSectionRow(String[] c) {
        return c[2].isEmpty() && c[3].isEmpty() && c[4].isEmpty() && c[5].isEmpty()
                && c[1].matches("(?s)(SYNIMI|OBJEKTIV|OBKETIV).*");
    }

    private static boolean isIndicator(String text) {
        return text.matches("(?s)(Tregues|Synim|Synime).*");
    }

    private static String[] flush(List<FrameworkRow> rows, String[] c, int line) {
        if (c == null) {
            return null;
        }
        if (isSectionRow(c)) {
            String text = c[1];
            String marker = INLINE_INDICATOR.get(line);
            String indicator = null;
            if (marker != null) {
                int at = text.indexOf(" " + marker);
                if (at < 0) {
                    throw new IllegalStateException("003 line " + line + ": listed inline indicator '" + marker
                            + "' not found");
                }
                indicator = text.substring(at + 1).strip();
                text = text.substring(0, at).strip();
            }
            rows.add(FrameworkRow.section(line, c[0], text));
            if (indicator != null) {
                rows.add(FrameworkRow.indicator(line, indicator));
            }
        } else {
            rows.add(new FrameworkRow(FrameworkRow.Kind.ACTION, line, c[0], c[1], c[2], c[3], c[4], c[5]));
        }
        return null;
    }

    private static void merge(String[] open, String[] c) {
        for (int i = 1; i < c.length; i++) {
            if (c[i].isEmpty()) {
                continue;
            }
            String separator = i == 3 ? "\n" : " ";
            open[i] = open[i].isEmpty() ? c[i] : open[i] + separator + c[i];
        }
    }

    private static boolean contains(int[] lines, int n) {
        for (int l : lines) {
            if (l == n) {
                return true;
            }
        }
        return false;
    }

    /** Reduces a cell to plain text: HTML tags become spaces, runs of spaces one space. */
    static String plain(String cell) {
        return cell.replaceAll("<[^>]+>", " ").replaceAll("[ \\u00a0]{2,}", " ").strip();
    }
}

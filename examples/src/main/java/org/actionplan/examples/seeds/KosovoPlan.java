package org.actionplan.examples.seeds;

import static org.actionplan.examples.seeds.SeedCells.sq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actionplan.core.Activity;
import org.actionplan.core.LevelDefinition;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.PlanKind;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.money.Money;

/**
 * Reads Kosovo's National Strategy against Trafficking in Human Beings 2015-2019 from seed 001 (strategy text and
 * the tab-separated action plan, "Shtojca 1") into a {@link Plan}; the cost column comes from seed 000
 * ({@link KosovoCosts}).
 * <p>
 * The reader is strict: every table row must have one of the two regular shapes (9 cells with the objective cell
 * first, or 8 cells without it) or be listed in {@link #CORRECTIONS}; anything else stops the build with the line.
 */
final class KosovoPlan {

    static final String ID = "kosovo-2015-2019";
    static final String TABLE = "Shtojca 1";

    private static final Pattern ACTIVITY_CODE = Pattern.compile("\\d\\.\\d\\.\\d\\.?");
    private static final Pattern OBJECTIVE_START = Pattern.compile("(\\d\\.\\d)\\.\\s+(.*)", Pattern.DOTALL);
    private static final Pattern BANNER = Pattern.compile("(\\d)\\.\\s+(.*)");
    private static final Pattern TEXT_OBJECTIVE = Pattern.compile("(?:- )?(\\d\\.\\d)\\.\\s+(.*?)[;.]?");

    /** The human corrections of the reading of 001's table, by seed line. */
    static final List<Correction> CORRECTIONS = List.of(
            new Correction("001", 495, "", "row skipped",
                    "a markdown separator row ('-- | ----') inside the table, left by the conversion"),
            new Correction("001", 497, "2.1", "first cell read as the continuation of objective 2.1's title",
                    "the merged objective cell was split by the page break at the separator row"),
            new Correction("001", 503, "2.3.1",
                    "cells read one column to the left: objective 2.3's title from the code column, the code from"
                            + " the activity column, and so on; the timeframe cell, lost at the end of the shifted row,"
                            + " is taken from 000:965-966 ('vazhdimes' + 'i')",
                    "the row is shifted one column right and has no timeframe cell; 000 prints the same row intact"),
            new Correction("001", 504, "2.3.2.", "code read from the objective column; the code column is empty",
                    "the code was printed one cell to the left"),
            new Correction("001", 515, "2.4", "first cell read as the continuation of objective 2.4's title",
                    "merged objective cell split over two rows"),
            new Correction("001", 545, "3.5", "first cell read as the continuation of objective 3.5's title",
                    "merged objective cell split over two rows"),
            new Correction("001", 577, "4.5", "first cell read as the continuation of objective 4.5's title",
                    "merged objective cell split over two rows"));

    /** What 000 prints where 001 differs: kept as notes on the activity, the 001 value stays. */
    static final Map<String, List<String>> OTHER_READINGS = otherReadings();

    private static Map<String, List<String>> otherReadings() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        int[] lines000 = {1026, 1048, 1066, 1092, 1114, 1146, 1177, 1194};
        String[] codes = {"2.3.3", "2.3.4", "2.3.5", "2.3.6", "2.3.7", "2.3.8", "2.3.9", "2.4.1"};
        for (int i = 0; i < codes.length; i++) {
            add(map, codes[i], "timeframe: 001 prints 'vazhdimi'; 000:" + lines000[i] + " prints 'vazhdimes' + 'i'"
                    + " (vazhdimesi, ongoing)");
        }
        add(map, "3.5.1", "timeframe: 001 prints 'vazhdimet e'; 000:1845 prints 'vazhdimes' + 'i' (vazhdimesi, ongoing)");
        add(map, "1.1.4", "supporting: 001 prints 'MABL - Komunitat'; 000:150-151 prints 'MAPL - Komunat,'");
        add(map, "1.5.1", "expected result: 001 prints 'Organizatata'; 000:724 prints 'Organizatat e'");
        add(map, "2.6.1", "supporting: 001 prints 'Komunitat'; 000:1403 prints 'Komunat,'");
        add(map, "2.6.2", "supporting: 001 prints 'Komunitat'; 000:1453 prints 'Komunat,'");
        add(map, "4.1.1", "supporting: 001 prints 'Grupi ndërmnistror'; 000:1964-1966 prints 'Grupi ndërministr' + 'or'");
        add(map, "4.1.3", "supporting: 001 prints 'Organizatata'; 000:2020 prints 'Organizatat'");
        add(map, "4.1.6", "supporting: 001 prints 'Organizatata'; 000:2135 prints 'Organizatat'");
        return map;
    }

    private static void add(Map<String, List<String>> map, String code, String note) {
        map.computeIfAbsent(code, k -> new ArrayList<>()).add(note);
    }

    private static final String[] SO_EN = {
        "Advance the prevention of trafficking in human beings through information, awareness-raising and education"
                + " of society in general, and of vulnerable groups in particular, about the consequences of trafficking"
                + " and of involvement in trafficking activities",
        "Continuously strengthen the system for identification, protection, assistance and reintegration of victims"
                + " of trafficking through sustainable social-inclusion programmes",
        "Raise the efficiency of investigation and prosecution of trafficking cases by strengthening law-enforcement"
                + " mechanisms",
        "Strengthen cooperation and coordination at domestic and international level for the prevention,"
                + " prosecution, protection and reintegration of victims of trafficking"};

    private static final Map<String, String> OBJECTIVE_EN = Map.ofEntries(
            Map.entry("1.1", "Comprehensive awareness-raising, education and information on trafficking in human beings,"
                    + " including legal sanctions"),
            Map.entry("1.2", "Broaden the inclusion of trafficking in higher-education programmes and other educational"
                    + " institutions"),
            Map.entry("1.3", "Include at-risk groups in non-formal education"),
            Map.entry("1.4", "Raise the awareness of media institutions so they cover trafficking properly"),
            Map.entry("1.5", "Build civil-society capacity in preventing trafficking"),
            Map.entry("2.1", "Advance the methodology for early identification and referral of persons at risk"),
            Map.entry("2.3", "Strengthen sustainable, long-term services for victims"),
            Map.entry("2.4", "Ensure implementation of legislation on identification, protection and reintegration of"
                    + " victims"),
            Map.entry("2.5", "Ensure the financial sustainability of institutions serving victims"),
            Map.entry("2.6", "Strengthen long-term reintegration services"),
            Map.entry("3.1", "State-level analysis of trafficking to identify threats, trends, problems and risks"),
            Map.entry("3.2", "Strengthen law-enforcement capacity for efficient investigation"),
            Map.entry("3.3", "Build capacity to detect trafficking cases"),
            Map.entry("3.4", "Improve institutional efficiency in confiscating the proceeds of crime"),
            Map.entry("3.5", "Improve the prosecutorial and judicial system so trafficking cases are handled with"
                    + " priority"),
            Map.entry("4.1", "Improve inter-institutional and community cooperation for prevention and referral"),
            Map.entry("4.2", "Strengthen inter-institutional cooperation at all levels in protection and reintegration"),
            Map.entry("4.3", "Inter-institutional coordination in investigation and prosecution"),
            Map.entry("4.4", "Strengthen inter-institutional cooperation and coordination"),
            Map.entry("4.5", "Harmonise legislation and build capacity in line with EU standards"),
            Map.entry("4.6", "Membership of Kosovo institutions in international mechanisms"));

    /** Table codes of SO2's objectives whose strategy-text code differs. */
    private static final Map<String, String> TEXT_CODE = Map.of("2.3", "2.2", "2.4", "2.3", "2.5", "2.4", "2.6", "2.5");

    private KosovoPlan() {
    }

    /** A specific objective while it is being read. */
    private static final class Objective {
        final String code;
        final StringBuilder title;
        final int line;
        final List<Activity> activities = new ArrayList<>();
        String textTitle;
        int textLine;

        Objective(String code, String title, int line) {
            this.code = code;
            this.title = new StringBuilder(title);
            this.line = line;
        }
    }

    /**
     * Builds the plan from the seeds.
     *
     * @param seeds  the seed directory, not null
     * @return the plan, never null
     */
    static Plan build(Path seeds) {
        SeedFile s = SeedFile.read(seeds, "001");
        SeedRegistry registry = SeedRegistry.load(ID);
        Plan.Builder plan = Plan.builder(ID, LocalizedText.sqEn(
                stripMarkup(s.expect(21, "**STRATEGJIA KOMBËTARE") + " " + s.expect(22, "2015-2019")),
                "National Strategy against Trafficking in Human Beings in Kosovo 2015-2019"), 2015, 2019,
                Money.currency("EUR"))
                .kind(PlanKind.STRATEGY_WITH_ACTION_PLAN).jurisdiction("XK").languages("sq", "en")
                .vision(LocalizedText.sqEn(stripMarkup(s.expect(253, "- *Një shoqëri")),
                        "A society in which trafficking in human beings is a thing of the past"))
                .vision(LocalizedText.sqEn(stripMarkup(s.expect(254, "- *Kosova vend")),
                        "Kosovo, a country with high human security, gender emancipation and an inclusive society"))
                .mission(LocalizedText.sqEn(s.expect(258, "Koordinimi i veprimeve parandaluese"),
                        "Coordinating preventive action and the fight against trafficking in human beings, in order to"
                                + " reduce trafficking cases in Kosovo to a minimum, and coordinating the provision of"
                                + " quality services to victims, aiming to restore their dignity and prevent their"
                                + " re-trafficking"))
                .level(new LevelDefinition(SectionKind.GOAL, LocalizedText.sqEn("Objektiva strategjike",
                        "Strategic objective")))
                .level(new LevelDefinition(SectionKind.OBJECTIVE, LocalizedText.sqEn("Objektivi specifik",
                        "Specific objective")))
                .level(new LevelDefinition(null, LocalizedText.sqEn("Aktiviteti", "Activity")))
                .source(s.ref("strategy and action plan (Shtojca 1)", 1))
                .source(org.actionplan.core.SourceRef.of("000", "action plan with cost column (Kostoja e financiare)", 1));
        registry.institutions().forEach(plan::institution);
        registry.abbreviations().forEach(plan::abbreviation);

        String[] soTitles = new String[4];
        int[] soLines = {264, 268, 272, 276};
        for (int i = 0; i < 4; i++) {
            s.expect(soLines[i] - 2, "Objektiva Strategjike " + (i + 1));
            soTitles[i] = s.line(soLines[i]);
        }
        Map<String, String[]> textObjectives = textObjectives(s);

        SeedFile s000 = SeedFile.read(seeds, "000");
        if (!s000.line(965).strip().endsWith("vazhdimes") || !s000.line(966).strip().equals("i")) {
            throw new IllegalStateException("000 lines 965-966: expected the timeframe of 2.3.1, 'vazhdimes' + 'i'");
        }
        Table table = readTable(s, registry);
        List<List<Objective>> sos = table.sos();
        KosovoCosts.Result costs = KosovoCosts.read(s000, sos.stream().flatMap(List::stream)
                .flatMap(o -> o.activities.stream()).map(Activity::id).toList());

        for (int i = 0; i < 4; i++) {
            String so = Integer.toString(i + 1);
            Section.Builder goal = Section.builder("SO" + so, SectionKind.GOAL, LocalizedText.sqEn(soTitles[i], SO_EN[i]))
                    .code(so).label("Objektiva Strategjike " + so).source(s.ref("V.C", soLines[i]))
                    .source(s.ref(TABLE, table.bannerLines().get(i)))
                    .note("table banner (001:" + table.bannerLines().get(i) + ") prints: " + table.bannerTitles().get(i));
            List<Objective> objectives = new ArrayList<>(sos.get(i));
            for (Map.Entry<String, String[]> e : textObjectives.entrySet()) {
                String code = e.getKey();
                boolean inTable = objectives.stream().anyMatch(o -> tableToText(o.code).equals(code));
                if (code.startsWith(so + ".") && !inTable) {
                    Objective o = new Objective(code, e.getValue()[0], Integer.parseInt(e.getValue()[1]));
                    o.textTitle = e.getValue()[0];
                    o.textLine = o.line;
                    int at = 0;
                    while (at < objectives.size() && objectives.get(at).code.compareTo(code) < 0) {
                        at++;
                    }
                    objectives.add(at, o);
                }
            }
            for (Objective o : objectives) {
                String[] text = textObjectives.get(tableToText(o.code));
                Section.Builder section = Section.builder(o.code, SectionKind.OBJECTIVE,
                        LocalizedText.sqEn(o.title.toString(), OBJECTIVE_EN.get(o.code))).code(o.code);
                if (!tableToText(o.code).equals(o.code)) {
                    section.altCode(tableToText(o.code));
                    section.note("the strategy text (001:" + text[1] + ") numbers this objective "
                            + tableToText(o.code) + "; the action plan table numbers it " + o.code);
                }
                if (o.activities.isEmpty()) {
                    section.source(s.ref("D. Objektivat Specifike", o.line));
                    section.note("listed in the strategy text only: the action plan has no activities for it");
                } else {
                    section.source(s.ref(TABLE, o.line)).source(s.ref("D. Objektivat Specifike",
                            Integer.parseInt(text[1])));
                    if (!comparable(text[0]).equals(comparable(o.title.toString()))) {
                        section.description(sq(text[0]));
                        section.note("the strategy text (001:" + text[1] + ") words it differently; kept as the"
                                + " description");
                    }
                }
                for (Activity a : o.activities) {
                    section.activity(costs.apply(a));
                }
                goal.child(section.build());
            }
            plan.goal(goal.build());
        }
        CORRECTIONS.forEach(c -> plan.note(c.note()));
        costs.corrections().forEach(c -> plan.note(c.note()));
        costs.declaredFigures().forEach(plan::declaredFigure);
        costs.notes().forEach(plan::note);
        return plan.build();
    }

    /** The action plan table as read: the objectives per strategic objective and the banner rows. */
    private record Table(List<List<Objective>> sos, List<Integer> bannerLines, List<String> bannerTitles) {
    }

    static String tableToText(String tableCode) {
        return TEXT_CODE.getOrDefault(tableCode, tableCode);
    }

    /** The specific objectives of section D: code to {title, line}. */
    private static Map<String, String[]> textObjectives(SeedFile s) {
        Map<String, String[]> map = new LinkedHashMap<>();
        int from = s.find(270, "D. Objektivat Specifike");
        int to = s.find(from, "VI. Implementimi");
        for (int n = from; n < to; n++) {
            Matcher m = TEXT_OBJECTIVE.matcher(s.line(n));
            if (m.matches()) {
                map.put(m.group(1), new String[] {m.group(2), Integer.toString(n)});
            }
        }
        if (map.size() != 21) {
            throw new IllegalStateException("001: expected 21 specific objectives in section D, found " + map.size());
        }
        return map;
    }

    private static Table readTable(SeedFile s, SeedRegistry registry) {
        int header = s.find(460, "Objektivat specifike\tAktiviteti");
        int end = s.find(header, "**Kostoja e");
        List<List<Objective>> sos = new ArrayList<>();
        List<Integer> bannerLines = new ArrayList<>();
        List<String> bannerTitles = new ArrayList<>();
        Objective current = null;
        for (int n = header + 1; n < end; n++) {
            String line = s.line(n);
            if (line.isBlank()) {
                continue;
            }
            String[] c = s.cells(n);
            Correction correction = correction(n);
            boolean restEmpty = true;
            for (int i = 1; i < c.length; i++) {
                restEmpty &= c[i].isBlank();
            }
            Matcher banner = BANNER.matcher(c[0]);
            if (restEmpty && banner.matches()) {
                if (Integer.parseInt(banner.group(1)) != sos.size() + 1) {
                    throw new IllegalStateException("001 line " + n + ": strategic objective out of order");
                }
                sos.add(new ArrayList<>());
                bannerLines.add(n);
                bannerTitles.add(banner.group(2).strip());
                current = null;
                continue;
            }
            String objectiveCell;
            String code;
            int from;
            String timeframe;
            if (c.length == 9 && ACTIVITY_CODE.matcher(c[1].strip()).matches()) {
                objectiveCell = c[0];
                code = c[1].strip();
                from = 2;
                timeframe = c[8];
            } else if (c.length == 8 && ACTIVITY_CODE.matcher(c[0].strip()).matches()) {
                objectiveCell = "";
                code = c[0].strip();
                from = 1;
                timeframe = c[7];
            } else if (correction != null && n == 495) {
                continue;
            } else if (correction != null && n == 503) {
                objectiveCell = c[1];
                code = c[2].strip();
                from = 3;
                timeframe = "vazhdimesi";
            } else if (correction != null && n == 504) {
                objectiveCell = "";
                code = c[0].strip();
                from = 2;
                timeframe = c[8];
            } else {
                throw new IllegalStateException("001 line " + n + ": unexpected row shape (" + c.length + " cells)");
            }
            objectiveCell = objectiveCell.strip();
            if (!objectiveCell.isEmpty()) {
                Matcher m = OBJECTIVE_START.matcher(objectiveCell);
                if (m.matches()) {
                    current = new Objective(m.group(1), m.group(2).strip(), n);
                    sos.get(sos.size() - 1).add(current);
                } else if (correction != null && current != null) {
                    current.title.append(' ').append(objectiveCell);
                } else {
                    throw new IllegalStateException("001 line " + n + ": objective cell '" + objectiveCell
                            + "' is neither a new objective nor a listed continuation");
                }
            }
            if (current == null) {
                throw new IllegalStateException("001 line " + n + ": activity before any objective");
            }
            current.activities.add(activity(s, registry, n, code, c, from, timeframe));
        }
        if (sos.size() != 4) {
            throw new IllegalStateException("001: expected 4 strategic objectives, found " + sos.size());
        }
        return new Table(sos, bannerLines, bannerTitles);
    }

    private static Activity activity(SeedFile s, SeedRegistry registry, int n, String code, String[] c, int from,
            String timeframe) {
        String id = code.endsWith(".") ? code.substring(0, code.length() - 1) : code;
        Activity.Builder a = Activity.builder(id, sq(c[from].strip())).code(code);
        if (!c[from + 1].isBlank()) {
            a.expectedResult(sq(c[from + 1].strip()));
        }
        SeedCells.indicators(c[from + 2], id).forEach(a::indicator);
        if (!c[from + 3].isBlank()) {
            a.verification(sq(c[from + 3].strip()));
        }
        String supporting = from + 5 < c.length ? c[from + 5].strip() : "";
        a.responsibility(registry.responsibility(c[from + 4].strip(), supporting));
        a.timeframes(SeedCells.timeframes(timeframe));
        a.source(s.ref(TABLE, n));
        OTHER_READINGS.getOrDefault(id, List.of()).forEach(a::note);
        return a.build();
    }

    private static Correction correction(int line) {
        for (Correction c : CORRECTIONS) {
            if (c.line() == line) {
                return c;
            }
        }
        return null;
    }

    /** The text without trailing list punctuation, for comparing two printings of one title. */
    private static String comparable(String text) {
        return text.strip().replaceAll("[;.]+$", "").strip();
    }

    private static String stripMarkup(String text) {
        return text.replaceFirst("^- ", "").replace("*", "").strip();
    }
}

package org.actionplan.examples.plans;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actionplan.core.Activity;
import org.actionplan.core.BudgetProgram;
import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.LevelDefinition;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Metric;
import org.actionplan.core.Plan;
import org.actionplan.core.PlanKind;
import org.actionplan.core.PlanRelation;
import org.actionplan.core.RelationKind;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.SourceRef;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.money.ExchangeRate;
import org.actionplan.core.money.Money;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.time.Timeframe;
import org.actionplan.examples.importer.ColumnMapping;
import org.actionplan.examples.importer.ImportIssue;
import org.actionplan.examples.importer.ImportSpec;
import org.actionplan.examples.importer.ImportedRow;
import org.actionplan.examples.importer.IndicatorCells;
import org.actionplan.examples.importer.TableImporter;
import org.actionplan.examples.importer.TableReader;
import org.actionplan.examples.importer.TableRow;

/**
 * Builds the bundled plan {@code albania-nap-2024-2025} from seed 004: the costing table through the generic
 * {@link TableImporter}, the action table (Aneks 1) through {@link Aneks1Reader}, the summary table by
 * objective through the same column-mapping reader, then the documented correction list
 * ({@code corrections/albania-nap-2024-2025.json}) and the institution registry
 * ({@code institutions/albania-nap-2024-2025.json}). The same seed always gives the same plan.
 */
public final class AlbaniaNap2024 {

    /** The plan id. */
    public static final String ID = "albania-nap-2024-2025";

    private static final int SUMMARY_FIRST = 1590;
    private static final int SUMMARY_LAST = 1645;
    private static final Pattern SUMMARY_OBJECTIVE = Pattern.compile("(?iu)^Objektivi specifik\\s*:?\\s*(\\d\\.\\d)");
    private static final Pattern SUMMARY_GOAL = Pattern.compile("(?iu)^Kosto totale Q[eë]llimi i Politik[eë]s\\s+(I{1,3})\\b");
    private static final Pattern SUMMARY_PLAN = Pattern.compile("(?iu)^Kosto totale \\(QS1");

    private AlbaniaNap2024() {
    }

    /**
     * The plan built and everything the build had to report. This class is immutable and thread-safe.
     *
     * @param plan  the plan, not null
     * @param issues  cells and rows the importers could not map, and corrections applied, not null
     */
    public record Build(Plan plan, List<String> issues) {

        /**
         * Creates a build result.
         */
        public Build {
            Objects.requireNonNull(plan, "plan must not be null");
            issues = List.copyOf(issues);
        }
    }

    /**
     * Builds the plan from the seed file with the bundled corrections and institutions.
     *
     * @param seed  the seed file {@code 004_a467a65359d1d9c7.txt}, not null
     * @return the build, never null
     * @throws UncheckedIOException if a file cannot be read
     * @throws IllegalStateException if a correction does not apply to the imported data
     */
    public static Build build(Path seed) {
        Corrections corrections = resource("corrections/" + ID + ".json", Corrections.class);
        InstitutionFile institutions = resource("institutions/" + ID + ".json", InstitutionFile.class);
        return build(TableReader.lines(seed), corrections, institutions);
    }

    static <T> T resource(String name, Class<T> type) {
        try (InputStream in = AlbaniaNap2024.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource not found: " + name);
            }
            return PlanJson.read(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the plan from the seed's lines.
     *
     * @param lines  the seed's lines, not null
     * @param corrections  the corrections, not null
     * @param institutions  the institution registry, not null
     * @return the build, never null
     * @throws IllegalStateException if a correction does not apply to the imported data
     */
    public static Build build(List<String> lines, Corrections corrections, InstitutionFile institutions) {
        List<String> report = new ArrayList<>();
        BiFunction<String, String, Responsibility> resolver = institutions.responsibilities();
        ImportSpec spec = Seed004.costingSpec(resolver);

        // 1. costing table
        TableReader.Result costingRead = TableReader.read(lines, Seed004.COSTING_FIRST, Seed004.COSTING_LAST,
                Seed004.COSTING_FORMAT);
        List<ImportIssue> issues = new ArrayList<>(costingRead.issues());
        List<ImportedRow> costingRows = TableImporter.classify(costingRead.rows(), spec, issues);
        costingRows = apply(corrections, "costing", costingRows, report);
        TableImporter.Result costing = TableImporter.assemble(costingRows, spec);
        issues.addAll(costing.issues());
        issues.forEach(i -> report.add("costing: " + i));

        // 2. action table
        List<ImportIssue> aneksIssues = new ArrayList<>();
        List<ImportedRow> aneksRows = Aneks1Reader.read(lines, Seed004.ANEKS_FIRST, Seed004.ANEKS_LAST, aneksIssues);
        aneksIssues.forEach(i -> report.add("aneks1: " + i));
        aneksRows = apply(corrections, "aneks1", aneksRows, report);
        Map<String, ImportedRow> aneksActivities = new LinkedHashMap<>();
        Map<String, String> toCosting = new TreeMap<>();
        corrections.matches().forEach(m -> toCosting.put(m.aneks(), m.costing()));
        List<ImportedRow> aneksSections = new ArrayList<>();
        for (ImportedRow row : aneksRows) {
            if (row.kind() == ImportedRow.Kind.ACTIVITY) {
                aneksActivities.put(toCosting.getOrDefault(row.code(), row.code()), row);
            } else {
                aneksSections.add(row);
            }
        }

        // 3. merge
        List<Section> goals = new ArrayList<>();
        int goalIndex = 0;
        List<ImportedRow> aneksGoals = aneksSections.stream().filter(r -> r.sectionKind() == SectionKind.GOAL).toList();
        for (Section goal : costing.goals()) {
            ImportedRow aneksGoal = goalIndex < aneksGoals.size() ? aneksGoals.get(goalIndex) : null;
            goalIndex++;
            goals.add(merge(goal, aneksGoal, aneksSections, aneksActivities, resolver));
        }
        for (Map.Entry<String, ImportedRow> e : aneksActivities.entrySet()) {
            report.add("aneks1: line " + e.getValue().line() + ": activity " + e.getValue().code()
                    + " has no costing row " + e.getKey() + "; not in the plan");
        }

        // 4. figures
        List<DeclaredFigure> figures = new ArrayList<>();
        for (DeclaredFigure f : costing.figures()) {
            if (f.id().endsWith("/note") && f.unit() != null && f.unit().equals("%")) {
                f = new DeclaredFigure(f.id(), Metric.GAP_SHARE, f.scope(), f.year(), f.category(), f.source(),
                        f.printed(), f.value(), f.unit(), f.location(), "gap as a share of cost, printed beside the row");
            }
            figures.add(f);
        }
        figures.addAll(summaryFigures(lines, spec, report));
        figures.addAll(corrections.figures());

        // 5. the plan
        Plan.Builder plan = Plan.builder(ID, LocalizedText.sqEn(
                "Plani Kombëtar i Veprimit për Luftën kundër Trafikimit të Personave 2024-2025",
                "National Action Plan against Trafficking in Persons 2024-2025"), 2024, 2025, Money.currency("ALL"))
                .kind(PlanKind.ACTION_PLAN).jurisdiction("AL").languages("sq", "en")
                .relation(new PlanRelation(RelationKind.PARENT_STRATEGY, "albania-organised-crime-strategy-2021-2025",
                        LocalizedText.of("sq", "Strategjia kundër Krimit të Organizuar dhe Krimeve të Rënda 2021-2025"),
                        "the three policy goals are borrowed from it (004 line 211)"))
                .level(new LevelDefinition(SectionKind.GOAL, LocalizedText.sqEn("Qëllimi i Politikës", "Policy goal")))
                .level(new LevelDefinition(SectionKind.OBJECTIVE,
                        LocalizedText.sqEn("Objektivi specifik", "Specific objective")))
                .level(new LevelDefinition(SectionKind.MEASURE, LocalizedText.sqEn("Masë prioritare", "Priority measure")))
                .level(new LevelDefinition(null, LocalizedText.sqEn("Aktivitet", "Activity")))
                .goals(goals)
                .exchangeRate(new ExchangeRate(Money.currency("EUR"), Money.currency("ALL"), new BigDecimal("110"), null,
                        "004 line 255: Kursi mesatar për referencë është përllogaritur me 110 lekë për 1 euro"))
                .source(new SourceRef(Seed004.DOCUMENT, null, null))
                .note("Strategic area of the parent strategy: I. LUFTA KUNDËR KRIMIT TË ORGANIZUAR, TERRORIZMIT DHE"
                        + " TRAFIKIMIT (004 lines 282, 1320).")
                .note("The costing table is printed three times (lines 1316-1755, 1787-2219, 2220-2770); copy A is"
                        + " encoded, the copies are identical (seed notes section 0).")
                .note("Lines 1583-1588 hold an orphan header of another plan (water supply and sewerage); not encoded.")
                .note("Monitoring (PJESA III, lines 240-245): unified six-monthly reports by every implementing"
                        + " institution, data entered in IPSIS, consolidated by the Anti-Trafficking and Migration"
                        + " Directorate of the Ministry of Interior; annual reports to the State Committee.");
        institutions.institutions().forEach(plan::institution);
        institutions.abbreviations().forEach(plan::abbreviation);
        budgetPrograms(goals).forEach(plan::budgetProgram);
        figures.forEach(plan::declaredFigure);
        return new Build(plan.build(), report);
    }

    private static List<ImportedRow> apply(Corrections corrections, String table, List<ImportedRow> rows,
            List<String> report) {
        List<ImportedRow> out = new ArrayList<>(rows);
        for (Corrections.CellCorrection c : corrections.corrections()) {
            if (!c.table().equals(table)) {
                continue;
            }
            boolean applied = false;
            for (int i = 0; i < out.size(); i++) {
                ImportedRow r = out.get(i);
                if (r.line() == c.line()) {
                    if (!r.value(c.field()).equals(c.printed())) {
                        throw new IllegalStateException("correction for " + table + " line " + c.line() + " field "
                                + c.field() + " expects '" + c.printed() + "' but the import has '" + r.value(c.field())
                                + "'");
                    }
                    out.set(i, r.with(c.field(), c.value()));
                    report.add("corrected " + table + " line " + c.line() + " " + c.field() + ": '" + c.printed()
                            + "' -> '" + c.value() + "' (" + c.why() + ")");
                    applied = true;
                }
            }
            if (!applied) {
                throw new IllegalStateException("correction for " + table + " line " + c.line() + " matches no row");
            }
        }
        return out;
    }

    private static Section merge(Section costing, ImportedRow aneksGoal, List<ImportedRow> aneksSections,
            Map<String, ImportedRow> aneksActivities, BiFunction<String, String, Responsibility> resolver) {
        Section.Builder b = costing.toBuilder();
        b.label(switch (costing.kind()) {
            case GOAL -> "Qëllimi i Politikës";
            case OBJECTIVE -> "Objektivi specifik";
            case MEASURE -> "Masë prioritare";
            default -> null;
        });
        ImportedRow aneks = costing.kind() == SectionKind.GOAL ? aneksGoal : aneksSections.stream()
                .filter(r -> r.sectionKind() == costing.kind() && costing.code() != null
                        && r.code().equals(costing.code().toString()))
                .findFirst().orElse(null);
        if (aneks != null) {
            b.source(new SourceRef(Seed004.DOCUMENT, Seed004.ANEKS, aneks.line()));
            if (aneks.code() != null && costing.rawCode() != null && !aneks.code().equals(costing.rawCode().strip())) {
                b.altCode(aneks.code());
            }
            b.note("Aneks 1 title: " + aneks.title());
        }
        List<Section> children = new ArrayList<>();
        for (Section child : costing.children()) {
            children.add(merge(child, null, aneksSections, aneksActivities, resolver));
        }
        b.children(children);
        List<Activity> activities = new ArrayList<>();
        for (Activity a : costing.activities()) {
            ImportedRow row = aneksActivities.remove(a.id());
            activities.add(row == null ? costingOnly(a) : merge(a, row, resolver));
        }
        b.activities(activities);
        return b.build();
    }

    private static Activity costingOnly(Activity a) {
        return a.toBuilder().note("Only in the costing table: Aneks 1 has no row for this activity.").build();
    }

    private static Activity merge(Activity costing, ImportedRow aneks, BiFunction<String, String, Responsibility> resolver) {
        List<String> notes = new ArrayList<>(costing.notes());
        notes.add("Costing title: " + costing.title().primary());
        if (costing.responsibility() != null) {
            notes.add("Costing institutions: lead '" + Objects.toString(costing.responsibility().responsibleText(), "")
                    + "', contributing '" + Objects.toString(costing.responsibility().supportingText(), "") + "'");
        }
        Timeframe tf = TableImporter.yearTimeframe(aneks.value("start"), aneks.value("end"));
        if (!costing.timeframes().isEmpty() && tf != null && !costing.timeframes().get(0).equals(tf)) {
            notes.add("Costing timeframe: " + costing.timeframes().get(0).text());
        }
        if (!aneks.code().equals(costing.id())) {
            notes.add("Aneks 1 position " + aneks.code() + " (the action table prints no activity numbers).");
        }
        Map<Integer, String> targets = new TreeMap<>();
        targets.put(2024, aneks.value("target.2024"));
        targets.put(2025, aneks.value("target.2025"));
        List<SourceRef> sources = new ArrayList<>();
        sources.add(new SourceRef(Seed004.DOCUMENT, Seed004.ANEKS, aneks.line()));
        sources.addAll(costing.sources());
        return new Activity(costing.id(), costing.code(), costing.rawCode(), LocalizedText.of("sq", aneks.value("title")),
                null, List.of(),
                List.of(IndicatorCells.read(costing.id() + "/indicator", "sq", aneks.value("indicator"), 2023,
                        aneks.value("baseline.2023"), targets)),
                List.of(), responsibility(aneks, resolver),
                tf == null ? List.of() : List.of(tf), costing.cost(), costing.budgetProgram(),
                costing.budgetProgramText(), List.of(), null, null, null, List.of(), sources, notes);
    }

    private static Responsibility responsibility(ImportedRow aneks, BiFunction<String, String, Responsibility> reader) {
        String lead = aneks.value("lead");
        String contributing = aneks.value("contributing");
        if (lead.isBlank() && contributing.isBlank()) {
            return null;
        }
        return reader.apply(lead.isBlank() ? null : lead, contributing.isBlank() ? null : contributing);
    }

    private static List<DeclaredFigure> summaryFigures(List<String> lines, ImportSpec costing, List<String> report) {
        ColumnMapping mapping = ColumnMapping.builder()
                .map(2, "title").map(3, "lead").map(4, "contributing").map(5, "start").map(6, "end")
                .map(7, "costTotal.current").map(8, "costTotal.capital").map(9, "costTotal.total")
                .map(10, "funding.STATE_BUDGET_MTBP.current").map(11, "funding.STATE_BUDGET_MTBP.capital")
                .map(12, "funding.STATE_BUDGET_MTBP.total")
                .map(13, "funding.FOREIGN.current").map(14, "funding.FOREIGN.capital").map(15, "funding.FOREIGN.total")
                .map(16, "funding.STATE_BUDGET_LATER.current").map(17, "funding.STATE_BUDGET_LATER.capital")
                .map(18, "funding.STATE_BUDGET_LATER.total")
                .map(19, "gap").map(20, "converted.EUR").map(21, "note")
                .build();
        ImportSpec spec = new ImportSpec(mapping, List.of(), new TreeMap<>(), 1, Seed004.DOCUMENT, "summary by objective",
                "sq", costing.currency(), "summary", costing.responsibility());
        List<DeclaredFigure> out = new ArrayList<>();
        for (TableRow row : TableReader.read(lines, SUMMARY_FIRST, SUMMARY_LAST, Seed004.COSTING_FORMAT).rows()) {
            String label = row.cell(2).strip();
            String scope;
            Matcher m;
            if ((m = SUMMARY_OBJECTIVE.matcher(label)).find()) {
                scope = m.group(1);
            } else if ((m = SUMMARY_GOAL.matcher(label)).find()) {
                scope = switch (m.group(1)) {
                    case "I" -> "1";
                    case "II" -> "2";
                    default -> "III";
                };
            } else if (SUMMARY_PLAN.matcher(label).find()) {
                scope = DeclaredFigure.PLAN_SCOPE;
            } else {
                continue;
            }
            List<ImportIssue> issues = new ArrayList<>();
            Map<String, String> values = mapping.read(row, issues);
            issues.forEach(i -> report.add("summary: " + i));
            ImportedRow r = new ImportedRow(row.line(), row.lastLine(), ImportedRow.Kind.TOTAL, null, "summary", null,
                    label, values);
            for (DeclaredFigure f : TableImporter.declaredFigures(r, scope, "summary/" + scope, spec)) {
                if (f.id().endsWith("/note")) {
                    f = new DeclaredFigure(f.id(), f.metric(), f.scope(), f.year(), f.category(), f.source(),
                            f.printed(), f.value(), f.unit(), f.location(),
                            "unlabelled column; no counterpart elsewhere in the plan");
                }
                out.add(f);
            }
        }
        return out;
    }

    private static List<BudgetProgram> budgetPrograms(List<Section> goals) {
        Map<String, BudgetProgram> programs = new TreeMap<>();
        for (Section g : goals) {
            collect(g, programs);
        }
        return new ArrayList<>(programs.values());
    }

    private static void collect(Section s, Map<String, BudgetProgram> programs) {
        for (Activity a : s.activities()) {
            if (a.budgetProgram() != null && !programs.containsKey(a.budgetProgram())) {
                String text = a.budgetProgramText().strip();
                String name = text.replaceFirst("^\\d+\\s*", "").replaceAll("[,\\s]+$", "");
                programs.put(a.budgetProgram(), new BudgetProgram(a.budgetProgram(), LocalizedText.of("sq", name), null,
                        text));
            }
        }
        s.children().forEach(c -> collect(c, programs));
    }
}

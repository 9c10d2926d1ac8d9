package org.actionplan.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.actionplan.core.Activity;
import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.Metric;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.SourceRef;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;
import org.junit.jupiter.api.Test;

class TableImporterTests {

    /** A small costing table in the shape of seed 004, as CSV. */
    private static final String CSV = String.join("\n",
            "Nr.,Titulli,Programi,Lead,Contrib,Start,End,2024 Korente,2024 Kapitale,PBA Korente,Gap,Note",
            "Qëllimi i Politikës 1: ULJA E KËRCËNIMIT,,,,,,,,,,,",
            "Programi buxhetor që kontribuon për qëllimin e politikës: 03140 Policia e Shtetit,,,,,,,,,,,",
            "1.1,Objektivi specifik 1.1,,,,,,,,,,",
            "1.1.1,Masa,03140 Policia e Shtetit,MB,,2024,2025,\"1,500\",0,\"1,000\",(500),",
            "1.1.1.1,Studimi,03140 Policia e Shtetit,MB,\"MD, PP\",2024,2025,\"1,000\",0,\"1,000\",-,",
            "1.1.1.2,Trajnimi,,DPPSH,,2024,vazhdim,500,ERROR:#REF!,0,(500),",
            "Kosto treguese Objektivi specifik 1.1,,,,,,,\"1,500\",0,\"1,000\",(500),-33.33%",
            "something unexpected,,,,,,,,,,,",
            "1.9.9.9.9,Too deep,,,,,,,,,,");

    private static ImportSpec spec() {
        ColumnMapping mapping = ColumnMapping.builder().map(0, "code").map(1, "title").map(2, "budgetProgram")
                .map(3, "lead").map(4, "contributing").map(5, "start").map(6, "end")
                .map(7, "cost.2024.current").map(8, "cost.2024.capital").map(9, "funding.STATE_BUDGET_MTBP.current")
                .map(10, "gap").map(11, "note").build();
        List<RowRule> rules = List.of(
                RowRule.of("^Nr\\.", RowRule.Role.HEADER, null, "header"),
                RowRule.of("(?iu)^Kosto treguese Objektivi", RowRule.Role.TOTAL, SectionKind.OBJECTIVE, "objective-subtotal"),
                RowRule.of("(?iu)Programi buxhetor që kontribuon[^:]*:\\s*(?<text>.+)", RowRule.Role.BUDGET_PROGRAM,
                        SectionKind.GOAL, "goal programmes"),
                RowRule.of("(?iu)Qëllimi i Politikës (?<code>\\d+):\\s*(?<title>.+)", RowRule.Role.SECTION,
                        SectionKind.GOAL, "goal"));
        TreeMap<Integer, SectionKind> levels = new TreeMap<>();
        levels.put(1, SectionKind.GOAL);
        levels.put(2, SectionKind.OBJECTIVE);
        levels.put(3, SectionKind.MEASURE);
        return new ImportSpec(mapping, rules, levels, 4, "t", "costing", "sq", Money.currency("ALL"), "costing",
                TableImporter.names(name -> name.equals("MB") ? "MB" : null));
    }

    private static TableImporter.Result run() {
        return TableImporter.importRows(TableReader.read(CSV, TableFormat.csv()).rows(), spec());
    }

    @Test
    void buildsTheHierarchyFromCodesAndHeadingRules() {
        TableImporter.Result r = run();
        assertThat(r.goals()).singleElement().satisfies(goal -> {
            assertThat(goal.id()).isEqualTo("1");
            assertThat(goal.kind()).isEqualTo(SectionKind.GOAL);
            assertThat(goal.title().primary()).isEqualTo("ULJA E KËRCËNIMIT");
            assertThat(goal.budgetProgramText()).isEqualTo("03140 Policia e Shtetit");
            Section objective = goal.children().get(0);
            assertThat(objective.id()).isEqualTo("1.1");
            Section measure = objective.children().get(0);
            assertThat(measure.kind()).isEqualTo(SectionKind.MEASURE);
            assertThat(measure.sources()).containsExactly(SourceRef.of("t", "costing", 5));
            assertThat(measure.activities()).extracting(Activity::id).containsExactly("1.1.1.1", "1.1.1.2", "1.9.9.9.9");
        });
        assertThat(r.skipped()).extracting(ImportIssue::line).containsExactly(1);
    }

    @Test
    void activitiesCarryResponsibilityTimeframeCostAndFunding() {
        Activity a = run().goals().get(0).children().get(0).children().get(0).activities().get(0);
        assertThat(a.title().primary()).isEqualTo("Studimi");
        assertThat(a.budgetProgram()).isEqualTo("03140");
        assertThat(a.budgetProgramText()).isEqualTo("03140 Policia e Shtetit");
        assertThat(a.responsibility().assignments()).containsExactly(new Assignment("MB", "MB", Role.LEAD),
                new Assignment(null, "MD", Role.SUPPORTING), new Assignment(null, "PP", Role.SUPPORTING));
        assertThat(a.timeframes()).containsExactly(new Timeframe.Dated("2024 - 2025", CalendarPeriod.year(2024),
                CalendarPeriod.year(2025)));
        assertThat(a.cost().years()).containsEntry(2024, new YearCost(new BigDecimal("1000"), BigDecimal.ZERO, null));
        assertThat(a.cost().funding()).containsExactly(new FundingLine(FundingSourceKind.STATE_BUDGET_MTBP, null,
                EconomicCategory.CURRENT, new BigDecimal("1000"), null, null, null));
        assertThat(a.sources()).containsExactly(SourceRef.of("t", "costing", 6));
    }

    @Test
    void publishedSubtotalsAndGapsBecomeDeclaredFiguresAsPrinted() {
        List<DeclaredFigure> figures = run().figures();
        assertThat(figures).filteredOn(f -> f.scope().equals("1.1.1"))
                .extracting(DeclaredFigure::id, DeclaredFigure::printed)
                .contains(org.assertj.core.groups.Tuple.tuple("costing/1.1.1/cost.2024.current", "1,500"),
                        org.assertj.core.groups.Tuple.tuple("costing/1.1.1/gap", "(500)"));
        DeclaredFigure share = figures.stream().filter(f -> f.id().equals("costing/objective-subtotal/1.1/note"))
                .findFirst().orElseThrow();
        assertThat(share.unit()).isEqualTo("%");
        assertThat(share.value()).isEqualByComparingTo("-33.33");
        DeclaredFigure gap = figures.stream().filter(f -> f.id().equals("costing/1.1.1.2/gap")).findFirst().orElseThrow();
        assertThat(gap.metric()).isEqualTo(Metric.GAP);
        assertThat(gap.value()).isEqualByComparingTo("-500");
        assertThat(gap.location()).isEqualTo(SourceRef.of("t", "costing", 7));
        assertThat(figures).filteredOn(f -> f.scope().equals("1.1.1.1")).extracting(DeclaredFigure::printed)
                .containsExactly("-");
    }

    @Test
    void everythingThatCouldNotBeMappedIsReported() {
        TableImporter.Result r = run();
        assertThat(r.issues()).extracting(ImportIssue::line, ImportIssue::message).contains(
                org.assertj.core.groups.Tuple.tuple(7, "timeframe is not a pair of years"),
                org.assertj.core.groups.Tuple.tuple(7,
                        "amount cannot be read as a non-negative number; kept as a declared figure"),
                org.assertj.core.groups.Tuple.tuple(9, "row not recognised: no code and no rule matches"));
        assertThat(r.issues()).anySatisfy(i -> assertThat(i.message()).startsWith("code deeper than an activity"));
        assertThat(r.issues()).anySatisfy(i -> assertThat(i.message()).contains("1.9.9.9.9 is placed under"));
        Activity second = r.goals().get(0).children().get(0).children().get(0).activities().get(1);
        assertThat(second.timeframes().get(0)).isInstanceOf(Timeframe.Unparsed.class);
        assertThat(second.cost().years().get(2024).capital()).isNull();
        assertThat(r.figures()).anySatisfy(f -> assertThat(f.printed()).isEqualTo("ERROR:#REF!"));
    }

    @Test
    void correctionsApplyBetweenClassifyAndAssemble() {
        List<ImportIssue> issues = new ArrayList<>();
        List<ImportedRow> rows = TableImporter.classify(TableReader.read(CSV, TableFormat.csv()).rows(), spec(), issues);
        List<ImportedRow> corrected = new ArrayList<>();
        for (ImportedRow row : rows) {
            corrected.add(row.line() == 7 ? row.with("end", "2025") : row);
        }
        TableImporter.Result r = TableImporter.assemble(corrected, spec());
        assertThat(r.issues()).noneSatisfy(i -> assertThat(i.message()).contains("timeframe"));
        assertThat(rows.get(6).value("end")).isEqualTo("vazhdim");
        assertThat(corrected.get(6).value("end")).isEqualTo("2025");
    }

    @Test
    void rowsOutsideAnySectionAndDuplicateCodesAreReportedNotDropped() {
        String csv = "1.1.1.1,A,,,,,,,,,,\n1.1.1.1,B,,,,,,,,,,\n";
        TableImporter.Result r = TableImporter.importRows(TableReader.read(csv, TableFormat.csv()).rows(), spec());
        assertThat(r.goals()).singleElement().satisfies(s -> assertThat(s.activities()).extracting(Activity::id)
                .containsExactly("1.1.1.1", "1.1.1.1@2"));
        assertThat(r.issues()).extracting(ImportIssue::message).anySatisfy(m -> assertThat(m).contains("outside any section"))
                .anySatisfy(m -> assertThat(m).contains("duplicate id"));
    }

    @Test
    void splitNamesSplitsOnSeparatorsAndOnSpacesBetweenAcronymsOnly() {
        assertThat(TableImporter.splitNames("MB MSHMS PP DPPSH")).containsExactly("MB", "MSHMS", "PP", "DPPSH");
        assertThat(TableImporter.splitNames("Akademia e Policise\nShkolla e Magjistratures, MB/DPPSH;"))
                .containsExactly("Akademia e Policise", "Shkolla e Magjistratures", "MB", "DPPSH");
        assertThat(TableImporter.splitNames(null)).isEmpty();
        assertThat(TableImporter.responsibility(" ", "", n -> null)).isNull();
        assertThat(TableImporter.yearTimeframe("", " ")).isNull();
        assertThat(TableImporter.yearTimeframe("2024", "")).isEqualTo(new Timeframe.Dated("2024 - ",
                CalendarPeriod.year(2024), null));
    }
}

package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.actionplan.core.Plan;
import org.actionplan.core.validation.Finding;
import org.actionplan.core.validation.PlanValidator;
import org.actionplan.core.validation.Severity;
import org.actionplan.core.validation.ValidationReport;
import org.actionplan.costing.AuditFinding;
import org.actionplan.costing.CostAudit;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
import org.actionplan.reporting.Block;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.SampleReportsAccess;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

class AuditBuilderTests {

    private static final Plan PLAN = SampleReportsAccess.auditedPlan();
    private static final ValidationReport VALIDATION = PlanValidator.validate(PLAN);
    private static final List<AuditFinding> FIGURES = CostAudit.audit(PlanCosts.of(PLAN), GapConvention.COST_MINUS_FUNDING);

    private static Report build(ValidationReport v, List<AuditFinding> figures, String language) {
        return AuditBuilder.build(PLAN, v, figures, ReportOptions.of(Locale.forLanguageTag(language)));
    }

    private static Table table(Report r, String id) {
        return r.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> row(Table t, int i) {
        return t.rows().get(i).cells().stream().map(Value::plain).toList();
    }

    @Test
    void declaredFiguresShowTheMismatchAndTheErrorTokenFirstWithHandCheckedValues() {
        List<AuditFinding> reversed = new ArrayList<>(FIGURES);
        Collections.reverse(reversed);
        Table t = table(build(VALIDATION, reversed, "en"), "figures");
        assertThat(t.columns()).extracting(c -> c.label()).containsExactly("Source", "Figure", "Scope", "Metric",
                "Declared figure", "Computed figure", "Difference", "Verdict");
        // 1 000 000 + 234 567 + 500 000 (1.1.1) + 300 000 (2.1.1) = 2 034 567; printed 2 034 576: 9 too much.
        assertThat(row(t, 0)).containsExactly("costing.xlsx (Tabela 1):12", "total-cost", "plan", "Cost", "2 034 576",
                "2034567", "9", "Mismatch");
        assertThat(((Value.Number) t.rows().get(0).cells().get(5)).value()).isEqualByComparingTo("2034567");
        // Funding: 400 000 MTBP (1.1.1) + 300 000 IOM (2.1.1); the sheet printed #REF!.
        assertThat(row(t, 1)).containsExactly("costing.xlsx:13", "total-funding", "plan", "Funding", "#REF!",
                "700000", "", "Spreadsheet error");
        assertThat(row(t, 2)).containsExactly("", "goal-2-cost", "g-2 2025", "Cost", "300 000", "300000", "0", "Match");
    }

    @Test
    void summaryCountsSeveritiesVerdictsAndTheSigmaScore() {
        Report r = build(VALIDATION, FIGURES, "en");
        Block.Summary s = (Block.Summary) r.sections().get(0).blocks().get(0);
        assertThat(s.entries()).extracting(e -> e.label() + "=" + e.value().plain()).contains("Errors=0",
                "Warnings=" + VALIDATION.warningCount(), "Declared figures audited=3", "Mismatch=1",
                "Spreadsheet error=1", "Match=1", "Not a number=0",
                "SIGMA action-plan quality score=" + VALIDATION.sigma().score() + " of 5 criteria met");
        Table sigma = table(r, "sigma");
        assertThat(sigma.rows()).hasSize(5);
        // Every activity of the small plan has a timeframe: the deadline criterion is met, 100 %.
        assertThat(row(sigma, 1)).containsExactly("Activities with a deadline", "4", "4", "100", "yes");
        assertThat(row(sigma, 4)).containsExactly("Plan published or adopted", "0", "1", "0", "no");
    }

    @Test
    void validationFindingsHaveErrorsFirstThenPathsInNumericOrderInTheReportLanguage() {
        ValidationReport v = new ValidationReport(List.of(
                new Finding(Severity.WARNING, "w.rule", "goals[10]", "late", "vonë", null),
                new Finding(Severity.WARNING, "w.rule", "goals[2]", "early", "herët", "x"),
                new Finding(Severity.ERROR, "e.rule", "goals[3]", "broken", "prishur", "7")), VALIDATION.sigma());
        Table en = table(build(v, FIGURES, "en"), "findings");
        assertThat(en.rows()).extracting(Row::kind).containsExactly(Row.Kind.GROUP, Row.Kind.DATA, Row.Kind.GROUP,
                Row.Kind.DATA, Row.Kind.DATA);
        assertThat(row(en, 0).get(0)).isEqualTo("Errors (1)");
        assertThat(row(en, 1)).containsExactly("e.rule", "goals[3]", "broken", "7");
        assertThat(row(en, 2).get(0)).isEqualTo("Warnings (2)");
        assertThat(row(en, 3)).containsExactly("w.rule", "goals[2]", "early", "x");
        assertThat(row(en, 4)).containsExactly("w.rule", "goals[10]", "late", "");
        Table sq = table(build(v, FIGURES, "sq"), "findings");
        assertThat(row(sq, 0).get(0)).isEqualTo("Gabime (1)");
        assertThat(row(sq, 1).get(2)).isEqualTo("prishur");
    }

    @Test
    void theKnownWarningOfTheSmallPlanIsListedWithItsAlbanianMessage() {
        Report r = build(VALIDATION, FIGURES, "sq");
        assertThat(r.title()).isEqualTo("Auditimi");
        Table t = table(r, "findings");
        assertThat(t.title()).isEqualTo("Gjetjet e vlerësimit");
        // 1.1.1 names "PP" as a supporting body without an institution id: not resolved to the registry.
        assertThat(t.rows()).extracting(x -> x.cells().stream().map(Value::plain).toList()).contains(List.of(
                "institution.unresolved", "goals[0].children[0].activities[0].responsibility.assignments[2]",
                "aktiviteti 1.1.1 (id a-1-1-1): 'PP' nuk është lidhur me një institucion të regjistrit", "PP"));
        assertThat(table(r, "figures").columns()).extracting(c -> c.label()).contains("Shifra e deklaruar",
                "Shifra e llogaritur", "Diferenca");
    }

    @Test
    void emptyInputsSayThereIsNothingToReport() {
        Report r = build(new ValidationReport(List.of(), VALIDATION.sigma()), List.of(), "en");
        assertThat(table(r, "findings").rows()).isEmpty();
        assertThat(table(r, "findings").note()).isEqualTo("The validator found nothing to report.");
        assertThat(table(r, "figures").note()).isEqualTo("The plan declares no figures to audit.");
    }

    @Test
    void pathsCompareTheirNumbersAsNumbers() {
        assertThat(AuditBuilder.comparePaths("a[2]", "a[10]")).isNegative();
        assertThat(AuditBuilder.comparePaths("a[2].b", "a[2]")).isPositive();
        assertThat(AuditBuilder.comparePaths("a[02]", "a[2]")).isNotZero();
        assertThat(AuditBuilder.comparePaths("a", "a")).isZero();
    }
}

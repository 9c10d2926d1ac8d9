package org.actionplan.costing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.Metric;
import org.actionplan.core.Plan;
import org.actionplan.core.SourceRef;
import org.actionplan.core.money.ExchangeRate;
import org.actionplan.costing.AuditFinding.Verdict;
import org.junit.jupiter.api.Test;

class CostAuditTests {

    private static int line = 1;

    private static DeclaredFigure fig(String id, Metric metric, String scope, Integer year, String printed, String value,
            String unit) {
        return new DeclaredFigure(id, metric, scope, year, null, null, printed, value == null ? null : new BigDecimal(value),
                unit, SourceRef.of("test", "costing", line++), null);
    }

    private static List<AuditFinding> audit(DeclaredFigure... figures) {
        Plan.Builder b = Fixtures.sample().toBuilder()
                .exchangeRate(ExchangeRate.of("EUR", "ALL", "110"));
        for (DeclaredFigure f : figures) {
            b.declaredFigure(f);
        }
        return CostAudit.audit(PlanCosts.of(b.build()), GapConvention.FUNDING_MINUS_COST);
    }

    @Test
    void amountsThatEqualTheComputedValueMatch() {
        List<AuditFinding> f = audit(fig("total", Metric.COST, "plan", null, "5,751", "5751", "ALL"),
                fig("g1-2024", Metric.COST, "G1", 2024, "1,000", "1000", "ALL"),
                fig("funding", Metric.FUNDING, "plan", null, "1,700", "1700", "ALL"),
                fig("count", Metric.COUNT, "G1", null, "2", "2", null));
        assertThat(f).extracting(AuditFinding::verdict).containsOnly(Verdict.MATCH);
        assertThat(f).noneMatch(AuditFinding::isProblem);
    }

    @Test
    void aWrongSubtotalIsReportedWithDeclaredComputedAndDifference() {
        AuditFinding f = audit(fig("g2", Metric.COST, "G2", null, "4,100", "4100", "ALL")).get(0);
        assertThat(f.verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(f.computed()).isEqualByComparingTo("4000");
        assertThat(f.difference()).isEqualByComparingTo("100");
        assertThat(f.figure().location().line()).isNotNull();
        assertThat(f.message()).contains("4,100").contains("4000");
        assertThat(f.isProblem()).isTrue();
    }

    @Test
    void gapsAreReadInThePrintedConventionAndTheOtherSignIsFlagged() {
        List<AuditFinding> f = audit(fig("g1gap", Metric.GAP, "G1", null, "(1,051)", "-1051", "ALL"),
                fig("g2gap", Metric.GAP, "G2", null, "3,000", "3000", "ALL"),
                fig("a3gap", Metric.GAP, "A3", null, "-", null, "ALL"),
                fig("g2gap2", Metric.GAP, "G2", null, "- 0", null, "ALL"));
        assertThat(f).extracting(AuditFinding::verdict).containsExactly(Verdict.MATCH, Verdict.SIGN_CONVENTION,
                Verdict.MATCH, Verdict.UNREADABLE);
        assertThat(f.get(3).computed()).isEqualByComparingTo("-3000");
    }

    @Test
    void percentagesAreComparedAtTheirPrintedPrecision() {
        // gap share -4051/5751 = -70.4399..%; G1 share 1751/5751 = 30.447%; capital 3251/5751 = 56.529%;
        // funded 1700/5751 = 29.560%
        List<AuditFinding> f = audit(fig("gs", Metric.GAP_SHARE, "plan", null, "-70.44%", "-70.44", "%"),
                fig("cs", Metric.COST_SHARE, "G1", null, "30.4%", "30.4", "%"),
                fig("cap", Metric.CAPITAL_SHARE, "plan", null, "56.5%", "56.5", "%"),
                fig("fs", Metric.FUNDED_SHARE, "plan", null, "29.6%", "29.6", "%"),
                fig("bad", Metric.COST_SHARE, "G1", null, "30.5%", "30.5", "%"),
                fig("gsSign", Metric.GAP_SHARE, "plan", null, "70.44%", "70.44", "%"));
        assertThat(f).extracting(AuditFinding::verdict).containsExactly(Verdict.MATCH, Verdict.MATCH, Verdict.MATCH,
                Verdict.MATCH, Verdict.MISMATCH, Verdict.SIGN_CONVENTION);
        assertThat(f.get(4).computed()).isEqualByComparingTo("30.447");
    }

    @Test
    void errorTokensAreReportedWithTheValueThatShouldStandThere() {
        List<AuditFinding> f = audit(fig("ref", Metric.COST, "plan", null, "ERROR:#REF!", null, "ALL"),
                fig("div", Metric.GAP_SHARE, "A2", null, "ERROR:#DIV/0!", null, "%"));
        assertThat(f.get(0).verdict()).isEqualTo(Verdict.ERROR_TOKEN);
        assertThat(f.get(0).computed()).isEqualByComparingTo("5751");
        assertThat(f.get(0).message()).contains("#REF!").contains("5751");
        assertThat(f.get(1).verdict()).isEqualTo(Verdict.ERROR_TOKEN);
        assertThat(f.get(1).computed()).isNull();
    }

    @Test
    void decimalsPrintedAsZerosSetThePrecision() {
        // "5,751.00" compares to the cent: 5751.004 would not match; "-20.90%" compares at two decimals
        List<AuditFinding> f = audit(new DeclaredFigure("p1", Metric.COST, "plan", null, null, null, "5,751.00",
                new BigDecimal("5751.00"), "ALL", null, null), fig("g", Metric.GAP_SHARE, "plan", null, "-70.40%",
                "-70.40", "%"));
        assertThat(f).extracting(AuditFinding::verdict).containsExactly(Verdict.MATCH, Verdict.MISMATCH);
        assertThat(f.get(1).computed()).isEqualByComparingTo("-70.4399");
    }

    @Test
    void anErrorTokenInAFigureOfUnstatedMetricIsStillReported() {
        AuditFinding f = audit(fig("n", Metric.OTHER, "G2", null, "ERROR:#DIV/0!", null, null)).get(0);
        assertThat(f.verdict()).isEqualTo(Verdict.ERROR_TOKEN);
        assertThat(f.computed()).isNull();
        assertThat(f.message()).contains("#DIV/0!");
    }

    @Test
    void convertedCostsUseThePlansExchangeRate() {
        // 5751 ALL / 110 = 52.28 EUR: printed 52 matches at its precision, 53 does not
        List<AuditFinding> f = audit(fig("eur", Metric.COST_CONVERTED, "plan", null, "52", "52", "EUR"),
                fig("eur2", Metric.COST_CONVERTED, "plan", null, "53", "53", "EUR"),
                fig("usd", Metric.COST_CONVERTED, "plan", null, "53", "53", "USD"));
        assertThat(f).extracting(AuditFinding::verdict).containsExactly(Verdict.MATCH, Verdict.MISMATCH,
                Verdict.NOT_AUDITED);
        assertThat(f.get(1).computed()).isEqualByComparingTo("52.28");
    }

    @Test
    void unknownScopesUndefinedSharesAndOtherFiguresAreReportedNotGuessed() {
        List<AuditFinding> f = audit(fig("x", Metric.COST, "ZZ", null, "1", "1", "ALL"),
                fig("u", Metric.GAP_SHARE, "A2", null, "0%", "0", "%"),
                fig("n", Metric.OTHER, "G2", null, "shiko pse del shuma", null, null));
        assertThat(f).extracting(AuditFinding::verdict).containsExactly(Verdict.UNKNOWN_SCOPE, Verdict.UNDEFINED,
                Verdict.NOT_AUDITED);
        assertThat(f.get(2).message()).contains("shiko pse del shuma");
    }

    @Test
    void findingsFollowTheDeclarationOrderAndTheAuditIsRepeatable() {
        DeclaredFigure a = fig("a", Metric.COST, "G2", null, "1", "1", "ALL");
        DeclaredFigure b = fig("b", Metric.COST, "G1", 2025, "751", "751", "ALL");
        List<AuditFinding> first = audit(a, b);
        assertThat(first).extracting(x -> x.figure().id()).containsExactly("a", "b");
        assertThat(audit(a, b)).isEqualTo(first);
    }
}

package org.actionplan.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.costing.AuditFinding;
import org.actionplan.costing.AuditFinding.Verdict;
import org.actionplan.costing.CostAudit;
import org.actionplan.costing.CostNode;
import org.actionplan.costing.CostTable;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The costing engine on the bundled Albania 2024-2025 plan: it reproduces the totals the plan publishes (seed 004,
 * summary box lines 1653-1677, grand-total row line 1571) and its audit finds the published errors.
 */
class AlbaniaNap2024CostingTests {

    private static Plan plan;
    private static PlanCosts costs;
    private static Map<String, AuditFinding> findings;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = AlbaniaNap2024CostingTests.class.getClassLoader()
                .getResourceAsStream("plans/" + AlbaniaNap2024.ID + ".json")) {
            plan = PlanJson.read(in);
        }
        costs = PlanCosts.of(plan);
        findings = CostAudit.audit(costs, GapConvention.FUNDING_MINUS_COST).stream()
                .collect(Collectors.toMap(f -> f.figure().id(), Function.identity()));
    }

    private static Money all(String amount) {
        return Money.of(amount, "ALL");
    }

    @Test
    void theEngineReproducesThePublishedTotals() {
        CostNode root = costs.tree().root();
        // line 1653 "Kosto totale te PKV 276,515,418"; lines 1673-1675 current 253,515,418, capital 23,000,000
        assertThat(root.cost()).isEqualTo(all("276515418"));
        assertThat(root.cost(null, EconomicCategory.CURRENT)).isEqualTo(all("253515418"));
        assertThat(root.cost(null, EconomicCategory.CAPITAL)).isEqualTo(all("23000000"));
        // line 1571: 2024 total 172,749,266, 2025 total 103,766,152
        assertThat(root.cost(2024, null)).isEqualTo(all("172749266"));
        assertThat(root.cost(2025, null)).isEqualTo(all("103766152"));
        // line 1657 "MTBP 2024-2026 206,933,418"; line 1665 "Hendek financiar -69,582,000"
        assertThat(root.funding(FundingSourceKind.STATE_BUDGET_MTBP)).isEqualTo(all("206933418"));
        assertThat(root.gap(GapConvention.FUNDING_MINUS_COST)).isEqualTo(all("-69582000"));
        // lines 1669-1671: -25.2% and 74.8%
        assertThat(root.gapShare().percent(1)).isEqualByComparingTo("25.2");
        assertThat(root.fundedShare().percent(1)).isEqualByComparingTo("74.8");
        assertThat(root.count()).isEqualTo(69);
        assertThat(root.unquantified()).isEmpty();
    }

    @Test
    void theGoalsCostsAndSharesMatchTheSummaryBox() {
        CostNode root = costs.tree().root();
        List<CostNode> goals = root.children();
        // lines 1659-1661: 37,891,894 / 66,865,436 / 148,758,088 + 23,000,000; 13.7% / 24.2% / 62.1%
        assertThat(goals).extracting(CostNode::cost).containsExactly(all("37891894"), all("66865436"), all("171758088"));
        assertThat(goals).extracting(g -> g.shareOf(root).percent(1).toPlainString()).containsExactly("13.7", "24.2", "62.1");
        // line 1393: goal I gap (3,340,000), -8.81%
        assertThat(goals.get(0).gap(GapConvention.FUNDING_MINUS_COST)).isEqualTo(all("-3340000"));
        assertThat(goals.get(0).gapShare().percent(2)).isEqualByComparingTo("8.81");
    }

    @Test
    void theTotalInEuroAtTheStatedRateMatchesLine1645() {
        CostTable eur = costs.pivot().convertedTo(Money.currency("EUR"), plan.exchangeRates(), RoundingMode.HALF_EVEN);
        // cell by cell: 149,749,266 / 110 = 1,361,356.96; 23,000,000 / 110 = 209,090.91; 103,766,152 / 110 =
        // 943,328.65; the sum 2,513,776.52 is within the stated bound of the exact 2,513,776.527 and prints 2,513,777
        assertThat(eur.root().cost()).isEqualTo(Money.of("2513776.52", "EUR"));
        assertThat(eur.root().cost().amount().setScale(0, RoundingMode.HALF_EVEN)).isEqualByComparingTo("2513777");
        assertThat(eur.ratesUsed()).hasSize(1);
    }

    @Test
    void theAuditFindsTheSpreadsheetErrorsWithTheValuesThatShouldStandThere() {
        // line 1573: the unlabelled row of #REF! under the grand total
        AuditFinding ref = findings.get("costing/unlabelled-total/plan/costTotal.total");
        assertThat(ref.verdict()).isEqualTo(Verdict.ERROR_TOKEN);
        assertThat(ref.computed()).isEqualByComparingTo("276515418");
        assertThat(findings.values()).filteredOn(f -> "#REF!".equals(f.figure().errorToken()))
                .allMatch(f -> f.verdict() == Verdict.ERROR_TOKEN);
        // line 1569: #DIV/0! beside goal III's total, whose gap is printed "- 0" instead of (52,268,000)
        assertThat(findings.get("costing/goal-total/III/note").verdict()).isEqualTo(Verdict.ERROR_TOKEN);
        AuditFinding gapIII = findings.get("costing/goal-total/III/gap");
        assertThat(gapIII.verdict()).isEqualTo(Verdict.UNREADABLE);
        assertThat(gapIII.computed()).isEqualByComparingTo("-52268000");
    }

    @Test
    void theAuditFindsTheWrongTotalsAndKeepsTheNoteAsPrinted() {
        // line 1571: the grand-total row prints the gap (4,690,000); the summary box has -69,582,000
        AuditFinding gap = findings.get("costing/plan-total/plan/gap");
        assertThat(gap.verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(gap.computed()).isEqualByComparingTo("-69582000");
        assertThat(gap.difference()).isEqualByComparingTo("64892000");
        // line 1539: objective 3.1's subtotal prints 5,841,574 in the empty 2027-2030 columns
        assertThat(findings.get("costing/objective-subtotal/3.1/cost.2027.current").verdict()).isEqualTo(Verdict.MISMATCH);
        // line 1521: the measure row marked "shiko pse del shuma" itself adds up; the note is kept, not audited
        assertThat(findings.get("costing/3.1.3/note").verdict()).isEqualTo(Verdict.NOT_AUDITED);
        assertThat(findings.values()).filteredOn(f -> f.figure().scope().equals("3.1.3") && f.figure().value() != null)
                .isNotEmpty().allMatch(f -> f.verdict() == Verdict.MATCH);
        // line 1393: goal I's -8.81% matches at its printed precision
        assertThat(findings.get("costing/goal-total/1/note").verdict()).isEqualTo(Verdict.MATCH);
        // lines 1693-1705: the needs table prints shortfalls positive
        assertThat(findings.get("needs/plan/gap").verdict()).isEqualTo(Verdict.SIGN_CONVENTION);
        // line 1691: the column "Kosto për t'u planifikuar në Buxhetin 2026-2030" prints 0 and is the later budget,
        // which is 0; compared with all funding it used to give four false mismatches (e.g. 0 against 206,933,418)
        assertThat(findings.get("needs/plan/funding.later").verdict()).isEqualTo(Verdict.MATCH);
        assertThat(findings.get("needs/III/funding.later.current").computed()).isEqualByComparingTo("0");
        // line 1701: goal III's gap 52,268,000 is 148,758,088 + 23,000,000 (capital, line 1703) - 119,490,088
        AuditFinding needsGapIII = findings.get("needs/III/gap");
        assertThat(needsGapIII.verdict()).isEqualTo(Verdict.SIGN_CONVENTION);
        assertThat(needsGapIII.computed()).isEqualByComparingTo("-52268000");
    }

    @Test
    void theAuditNeverChangesThePlanAndIsRepeatable() {
        String before = PlanJson.write(plan);
        List<AuditFinding> first = CostAudit.audit(costs, GapConvention.FUNDING_MINUS_COST);
        assertThat(CostAudit.audit(PlanCosts.of(plan), GapConvention.FUNDING_MINUS_COST)).isEqualTo(first);
        assertThat(PlanJson.write(plan)).isEqualTo(before);
        assertThat(first).hasSize(plan.declaredFigures().size());
    }
}

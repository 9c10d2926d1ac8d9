package org.actionplan.costing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.actionplan.core.Activity;
import org.actionplan.core.BudgetProgram;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.institution.InstitutionKind;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.core.money.YearCost;

/**
 * Small hand-built plans whose totals are computed by hand in the comments, shared by the costing tests.
 */
final class Fixtures {

    static final Currency ALL = Money.currency("ALL");
    static final Currency EUR = Money.currency("EUR");

    private Fixtures() {
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static Money all(String v) {
        return Money.of(v, "ALL");
    }

    static Responsibility resp(Assignment... as) {
        return new Responsibility(null, null, List.of(as));
    }

    static Assignment lead(String id) {
        return new Assignment(id, id, Role.LEAD);
    }

    static Assignment co(String id) {
        return new Assignment(id, id, Role.CO_RESPONSIBLE);
    }

    static Assignment supporting(String name) {
        return new Assignment(null, name, Role.SUPPORTING);
    }

    static Map<Integer, YearCost> years(Object... yearAndCost) {
        Map<Integer, YearCost> m = new LinkedHashMap<>();
        for (int i = 0; i < yearAndCost.length; i += 2) {
            m.put((Integer) yearAndCost[i], (YearCost) yearAndCost[i + 1]);
        }
        return m;
    }

    static YearCost cc(String current, String capital) {
        return YearCost.of(current == null ? null : d(current), capital == null ? null : d(capital));
    }

    /**
     * The sample plan, period 2024-2025, in ALL.
     * <pre>
     * G1 (I) > O1 (1.1) > A1: lead MB, co MD, supporting PP; programme 10430;
     *                         2024 current 1000 capital 0; 2025 current 500 capital 251;
     *                         funding MTBP 2024 current 400, FOREIGN (EU) 2025 current 300.           total 1751
     *                   > A2: lead MD; programme 03140 (not registered); "kosto administrative",
     *                         ADMINISTRATIVE named without amount.                                     unquantified
     * G2 (II) > O2 (2.1) > A3: lead MB; no programme; 2024 total 900 (unspecified); 2026 current 100;
     *                         funding STATE_BUDGET 1000, no year, no category.                          total 1000
     *                    > A4: nobody responsible; programme 10430; 2025 current 0 capital 3000;
     *                         FOREIGN (UNDP) named without amount.                                      total 3000
     * cost 5751 = 2024: 1900, 2025: 3751, 2026: 100 = current 1600 + capital 3251 + unspecified 900
     * funding 1700 (MTBP 400, FOREIGN 300, STATE_BUDGET 1000); gap 4051
     * </pre>
     */
    static Plan sample() {
        Activity a1 = Activity.builder("A1", LocalizedText.of("en", "Study")).code("1.1.1")
                .responsibility(resp(lead("MB"), co("MD"), supporting("PP")))
                .budgetProgram("10430", "10430 Perkujdesi Social")
                .cost(CostEstimate.of(ALL, years(2024, cc("1000", "0"), 2025, cc("500", "251")), List.of(
                        FundingLine.of(FundingSourceKind.STATE_BUDGET_MTBP, 2024, EconomicCategory.CURRENT, d("400")),
                        new FundingLine(FundingSourceKind.FOREIGN, 2025, EconomicCategory.CURRENT, d("300"), "EU",
                                "IPA", null))))
                .build();
        Activity a2 = Activity.builder("A2", LocalizedText.of("en", "Law")).code("1.1.2")
                .responsibility(resp(lead("MD")))
                .budgetProgram("03140", "03140 Policia e Shtetit")
                .cost(CostEstimate.unquantified(ALL, "kosto administrative",
                        List.of(FundingLine.unquantified(FundingSourceKind.ADMINISTRATIVE, "kosto administrative"))))
                .build();
        Activity a3 = Activity.builder("A3", LocalizedText.of("en", "Centre")).code("2.1.1")
                .responsibility(resp(lead("MB")))
                .cost(CostEstimate.of(ALL, years(2024, new YearCost(null, null, d("900")), 2026, cc("100", null)),
                        List.of(new FundingLine(FundingSourceKind.STATE_BUDGET, null, null, d("1000"), null, null, null))))
                .build();
        Activity a4 = Activity.builder("A4", LocalizedText.of("en", "Shelter")).code("2.1.2")
                .budgetProgram("10430", "10430")
                .cost(CostEstimate.of(ALL, years(2025, cc("0", "3000")), List.of(
                        new FundingLine(FundingSourceKind.FOREIGN, null, null, null, "UNDP", null, "UNDP"))))
                .build();
        Section o1 = Section.builder("O1", SectionKind.OBJECTIVE, LocalizedText.of("en", "Objective 1")).code("1.1")
                .activity(a1).activity(a2).build();
        Section g1 = Section.builder("G1", SectionKind.GOAL, LocalizedText.of("en", "Goal 1")).code("I").child(o1).build();
        Section o2 = Section.builder("O2", SectionKind.OBJECTIVE, LocalizedText.of("en", "Objective 2")).code("2.1")
                .activity(a3).activity(a4).build();
        Section g2 = Section.builder("G2", SectionKind.GOAL, LocalizedText.of("en", "Goal 2")).code("II").child(o2).build();
        return Plan.builder("sample", LocalizedText.of("en", "Sample"), 2024, 2025, ALL)
                .goal(g1).goal(g2)
                .institution(Institution.of("MB", LocalizedText.of("en", "Ministry of Interior"), InstitutionKind.MINISTRY))
                .institution(Institution.of("MD", LocalizedText.of("en", "Ministry of Justice"), InstitutionKind.MINISTRY))
                .budgetProgram(new BudgetProgram("10430", LocalizedText.of("sq", "Përkujdesi Social"), null, null))
                .build();
    }
}

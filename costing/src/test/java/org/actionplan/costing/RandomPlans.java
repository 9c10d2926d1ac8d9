package org.actionplan.costing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

import org.actionplan.core.Activity;
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
import org.actionplan.core.money.YearCost;

/**
 * Seeded random plans for the property tests: two or three levels, shared and unresolved institutions, amounts
 * with and without categories, years inside and outside the plan period, funding with and without amounts,
 * unquantified activities and sub-activities.
 */
final class RandomPlans {

    private static final String[] INSTITUTIONS = {"MB", "MD", "MF", "XX"};
    private static final String[] PROGRAMMES = {"10430", "03140", null};
    private static final String[] DONORS = {"EU", "UNDP", null};

    private RandomPlans() {
    }

    static Plan plan(RandomGenerator r, String prefix, int activities) {
        List<Section> goals = new ArrayList<>();
        int goalCount = 1 + r.nextInt(3);
        int made = 0;
        for (int g = 0; g < goalCount; g++) {
            Section.Builder goal = Section.builder(prefix + "G" + g, SectionKind.GOAL, LocalizedText.of("en", "goal " + g));
            int objectives = r.nextInt(3);
            int share = g == goalCount - 1 ? activities - made : r.nextInt(activities - made + 1);
            if (objectives == 0) {
                for (int i = 0; i < share; i++) {
                    goal.activity(activity(r, prefix + "A" + made++));
                }
            } else {
                List<List<Activity>> parts = new ArrayList<>();
                for (int o = 0; o < objectives; o++) {
                    parts.add(new ArrayList<>());
                }
                for (int i = 0; i < share; i++) {
                    parts.get(r.nextInt(objectives)).add(activity(r, prefix + "A" + made++));
                }
                for (int o = 0; o < objectives; o++) {
                    goal.child(Section.builder(prefix + "G" + g + "O" + o, SectionKind.OBJECTIVE,
                            LocalizedText.of("en", "objective")).activities(parts.get(o)).build());
                }
            }
            goals.add(goal.build());
        }
        Plan.Builder b = Plan.builder(prefix + "plan", LocalizedText.of("en", "random"), 2024, 2025, Fixtures.ALL).goals(goals);
        for (int i = 0; i < 3; i++) {
            b.institution(Institution.of(INSTITUTIONS[i], LocalizedText.of("en", INSTITUTIONS[i]), InstitutionKind.MINISTRY));
        }
        return b.build();
    }

    private static Activity activity(RandomGenerator r, String id) {
        Activity.Builder b = Activity.builder(id, LocalizedText.of("en", id));
        List<Assignment> as = new ArrayList<>();
        int people = r.nextInt(4);
        for (int i = 0; i < people; i++) {
            String inst = INSTITUTIONS[r.nextInt(INSTITUTIONS.length)];
            Role role = i == 0 ? Role.LEAD : Role.values()[r.nextInt(Role.values().length)];
            as.add(new Assignment(inst.equals("XX") ? null : inst, inst, role));
        }
        if (people > 0 || r.nextBoolean()) {
            b.responsibility(new Responsibility(null, null, as));
        }
        String programme = PROGRAMMES[r.nextInt(PROGRAMMES.length)];
        b.budgetProgram(programme, programme);
        if (r.nextInt(8) > 0) {
            b.cost(cost(r));
        }
        if (r.nextInt(20) == 0) {
            b.subActivity(Activity.builder(id + ".1", LocalizedText.of("en", "sub")).cost(cost(r)).build());
        }
        return b.build();
    }

    private static CostEstimate cost(RandomGenerator r) {
        List<FundingLine> funding = new ArrayList<>();
        int lines = r.nextInt(4);
        for (int i = 0; i < lines; i++) {
            FundingSourceKind kind = FundingSourceKind.values()[r.nextInt(FundingSourceKind.values().length)];
            Integer year = r.nextInt(4) == 0 ? null : 2024 + r.nextInt(3);
            EconomicCategory cat = r.nextInt(4) == 0 ? null : EconomicCategory.values()[r.nextInt(2)];
            BigDecimal amount = r.nextInt(5) == 0 ? null : amount(r);
            funding.add(new FundingLine(kind, year, cat, amount, DONORS[r.nextInt(DONORS.length)], null,
                    amount == null ? "named" : null));
        }
        if (r.nextInt(7) == 0) {
            return CostEstimate.unquantified(Fixtures.ALL, "kosto administrative", funding);
        }
        Map<Integer, YearCost> years = new TreeMap<>();
        for (int y = 2024; y <= 2026; y++) {
            int kind = r.nextInt(5);
            if (kind == 0) {
                continue;
            }
            years.put(y, kind == 1 ? new YearCost(null, null, amount(r))
                    : kind == 2 ? YearCost.of(amount(r), null) : YearCost.of(amount(r), amount(r)));
        }
        return CostEstimate.of(Fixtures.ALL, years, funding);
    }

    private static BigDecimal amount(RandomGenerator r) {
        return BigDecimal.valueOf(r.nextLong(0, 10_000_000_00L), r.nextInt(3));
    }

    /** Returns the plan with the activities of every section in reverse order and the goals reversed. */
    static Plan reversed(Plan p) {
        List<Section> goals = new ArrayList<>();
        for (Section g : p.goals()) {
            goals.add(reverse(g));
        }
        return p.toBuilder().goals(goals).build();
    }

    private static Section reverse(Section s) {
        List<Activity> acts = new ArrayList<>(s.activities());
        Collections.reverse(acts);
        List<Section> kids = new ArrayList<>();
        for (Section c : s.children()) {
            kids.add(reverse(c));
        }
        return s.toBuilder().activities(acts).children(kids).build();
    }
}

package org.actionplan.testkit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

import org.actionplan.core.BudgetProgram;
import org.actionplan.core.Code;
import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.LevelDefinition;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Metric;
import org.actionplan.core.Plan;
import org.actionplan.core.PlanKind;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.money.ExchangeRate;
import org.actionplan.core.money.Money;

/**
 * Generates whole, valid plans of a requested {@link PlanShape} from a seeded random source.
 * <p>
 * A generated plan has {@code goals} goals, each with {@code objectivesPerGoal} objectives, each with
 * {@code measuresPerObjective} measures; exactly {@code activities} activities are spread evenly over the
 * measures in document order. Every activity has an id equal to its canonical code ({@code 1.2.3.4}), a
 * title in Albanian and English, a responsibility whose lead and 0-2 supporting institutions resolve in
 * the plan's registry, 1-2 timeframes within the period, one indicator with targets per year, a budget
 * programme from the registry and a cost estimate; every measure has an outcome indicator. A quantified
 * estimate has whole-unit current and capital amounts for years within the activity's dated timeframes
 * (capital often zero) and funding lines from the shape's sources that never
 * exceed the cost of their year and category, so gaps exist but no over-funding. About
 * {@code unquantifiedShare} of the activities instead carry an estimate without amounts ("kosto
 * administrative", "e buxhetuar", "donatorë") with an unquantified funding line.
 * <p>
 * With {@code oddities}, some printed codes carry a trailing dot or space, some timeframes are ongoing,
 * open-ended or unparsed, some indicators lack a baseline, and some years and categories of a quantified
 * cost have no funding at all. The plan also holds the institution and
 * budget-programme registries, the exchange rate of 110 ALL per EUR, and declared figures that are
 * correct: the total cost, the cost per year and per goal, the total funding and the gap.
 * <p>
 * {@code PlanValidator} finds no error in a generated plan, and no finding at all without oddities; with
 * oddities it warns only about unparsed timeframes (and activities left without a readable timeframe) and
 * about quantified activities that name no funding source at all.
 * <p>
 * The same seed and shape always give an equal plan. Generation is linear in the number of activities
 * and avoids parsing and formatting in its inner loop (a million activities are practical).
 * This class is immutable and thread-safe; the random source is not shared between calls.
 */
public final class PlanGenerator {

    /** The id of every generated plan. */
    public static final String PLAN_ID = "generated";

    private PlanGenerator() {
    }

    /**
     * Generates a plan.
     *
     * @param random  the random source, consumed by this call, not null
     * @param shape  the shape, not null
     * @return the plan, never null
     */
    public static Plan generate(RandomGenerator random, PlanShape shape) {
        Objects.requireNonNull(random, "random must not be null");
        Objects.requireNonNull(shape, "shape must not be null");
        Engine engine = new Engine(random, shape);
        Engine.Sums sums = new Engine.Sums(engine.years);
        long measureCount = shape.measures();
        long activities = shape.activities();
        double unquantifiedShare = shape.unquantifiedShare();
        long[] costPerGoal = new long[shape.goals()];
        List<Section> goals = new ArrayList<>(shape.goals());
        long measureIndex = 0;
        for (int g = 0; g < shape.goals(); g++) {
            Code goalCode = Code.of(g + 1);
            String goalText = goalCode.toString();
            long costBefore = sums.cost;
            Section.Builder goal = Section.builder(goalText, SectionKind.GOAL, Engine.pillarTitle(g))
                    .code(goalText).label("Qëllimi i Politikës");
            for (int o = 0; o < shape.objectivesPerGoal(); o++) {
                Code objectiveCode = goalCode.child(o + 1);
                String objectiveText = goalText + "." + (o + 1);
                Section.Builder objective = Section.builder(objectiveText, SectionKind.OBJECTIVE,
                        LocalizedText.sqEn("Objektivi specifik " + objectiveText, "Specific objective " + objectiveText))
                        .code(objectiveText).label("Objektivi specifik");
                for (int m = 0; m < shape.measuresPerObjective(); m++) {
                    Code measureCode = objectiveCode.child(m + 1);
                    String measureText = objectiveText + "." + (m + 1);
                    Section.Builder measure = Section.builder(measureText, SectionKind.MEASURE,
                            LocalizedText.sqEn("Masa " + measureText, "Measure " + measureText))
                            .code(measureText).label("Masa")
                            .indicator(engine.indicator(measureText + "-i1"));
                    long from = activities * measureIndex / measureCount;
                    long to = activities * (measureIndex + 1) / measureCount;
                    for (long a = from; a < to; a++) {
                        int number = (int) (a - from + 1);
                        boolean quantified = unquantifiedShare == 0 || random.nextDouble() >= unquantifiedShare;
                        measure.activity(engine.activity(measureCode.child(number), measureText + "." + number,
                                quantified, sums));
                    }
                    objective.child(measure.build());
                    measureIndex++;
                }
                goal.child(objective.build());
            }
            costPerGoal[g] = sums.cost - costBefore;
            goals.add(goal.build());
        }
        Plan.Builder plan = Plan.builder(PLAN_ID, LocalizedText.sqEn("Plan veprimi i gjeneruar", "Generated action plan"),
                shape.firstYear(), shape.lastYear(), engine.currency)
                .kind(PlanKind.ACTION_PLAN).jurisdiction("AL").languages("sq", "en")
                .level(new LevelDefinition(SectionKind.GOAL, LocalizedText.sqEn("Qëllimi i Politikës", "Policy goal")))
                .level(new LevelDefinition(SectionKind.OBJECTIVE, LocalizedText.sqEn("Objektivi specifik", "Specific objective")))
                .level(new LevelDefinition(SectionKind.MEASURE, LocalizedText.sqEn("Masa", "Measure")))
                .level(new LevelDefinition(null, LocalizedText.sqEn("Aktiviteti", "Activity")))
                .goals(goals);
        for (Institution institution : engine.institutions) {
            plan.institution(institution);
        }
        for (BudgetProgram program : engine.programs) {
            plan.budgetProgram(program);
        }
        plan.exchangeRate(new ExchangeRate(Money.currency("EUR"), Money.currency("ALL"), BigDecimal.valueOf(110), null,
                "110 lekë për 1 euro"));
        String unit = engine.currency.getCurrencyCode();
        plan.declaredFigure(figure("cost-total", Metric.COST, DeclaredFigure.PLAN_SCOPE, null, sums.cost, unit));
        for (int i = 0; i < engine.years; i++) {
            int year = shape.firstYear() + i;
            plan.declaredFigure(figure("cost-" + year, Metric.COST, DeclaredFigure.PLAN_SCOPE, year, sums.costPerYear[i], unit));
        }
        for (int g = 0; g < goals.size(); g++) {
            plan.declaredFigure(figure("cost-goal-" + goals.get(g).id(), Metric.COST, goals.get(g).id(), null,
                    costPerGoal[g], unit));
        }
        plan.declaredFigure(figure("funding-total", Metric.FUNDING, DeclaredFigure.PLAN_SCOPE, null, sums.funding, unit));
        plan.declaredFigure(figure("gap-total", Metric.GAP, DeclaredFigure.PLAN_SCOPE, null, sums.cost - sums.funding, unit));
        return plan.build();
    }

    private static DeclaredFigure figure(String id, Metric metric, String scope, Integer year, long value, String unit) {
        return new DeclaredFigure(id, metric, scope, year, null, null, Long.toString(value), BigDecimal.valueOf(value),
                unit, null, null);
    }
}

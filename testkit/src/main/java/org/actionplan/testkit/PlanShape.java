package org.actionplan.testkit;

import java.util.Currency;

import org.actionplan.core.money.Money;

/**
 * The size and mix of a generated plan: how many activities, how the hierarchy branches, the period,
 * the currency, the registries, the funding mix and whether real-world oddities are included.
 * <p>
 * Start from {@link #ofActivities(int)} and change one component at a time with the {@code withX}
 * methods. Funding sources are taken, in this order, from {@code STATE_BUDGET_MTBP}, {@code FOREIGN}
 * (with a donor and project name), {@code STATE_BUDGET_LATER}, {@code STATE_BUDGET}, {@code LOCAL_BUDGET}
 * and {@code OTHER}: {@code fundingSources = 3} uses the first three.
 * This class is immutable and thread-safe.
 *
 * @param activities  the exact number of activities, at least 0
 * @param goals  the number of goals, at least 1
 * @param objectivesPerGoal  the number of objectives under each goal, at least 1
 * @param measuresPerObjective  the number of measures under each objective, at least 1
 * @param firstYear  the first year of the plan period, 1001 to 9999
 * @param lastYear  the last year of the plan period, not before the first
 * @param currency  the ISO 4217 code of the plan's currency, not null
 * @param institutions  the size of the institution registry, at least 1
 * @param budgetPrograms  the size of the budget-programme registry, at least 1
 * @param unquantifiedShare  the share of activities whose cost has no amount, 0 to 1
 * @param fundingSources  how many funding source kinds are used, 1 to 6
 * @param oddities  whether to include printed-code noise, ongoing, open-ended and unparsed timeframes
 *                  and missing baselines
 */
public record PlanShape(int activities, int goals, int objectivesPerGoal, int measuresPerObjective, int firstYear,
        int lastYear, String currency, int institutions, int budgetPrograms, double unquantifiedShare,
        int fundingSources, boolean oddities) {

    /** The largest number of funding source kinds a shape can use. */
    public static final int MAX_FUNDING_SOURCES = 6;

    /**
     * Creates a shape.
     *
     * @throws IllegalArgumentException if a component is out of range
     * @throws NullPointerException if the currency is null
     */
    public PlanShape {
        check(activities >= 0, "activities must not be negative: " + activities);
        check(goals >= 1, "goals must be at least 1: " + goals);
        check(objectivesPerGoal >= 1, "objectivesPerGoal must be at least 1: " + objectivesPerGoal);
        check(measuresPerObjective >= 1, "measuresPerObjective must be at least 1: " + measuresPerObjective);
        check(firstYear > 1000 && lastYear <= 9999 && firstYear <= lastYear,
                "period must lie within 1001-9999 and not be inverted: " + firstYear + "-" + lastYear);
        if (currency == null) {
            throw new NullPointerException("currency must not be null");
        }
        Currency checked = Money.currency(currency);
        currency = checked.getCurrencyCode();
        check(institutions >= 1, "institutions must be at least 1: " + institutions);
        check(budgetPrograms >= 1, "budgetPrograms must be at least 1: " + budgetPrograms);
        check(unquantifiedShare >= 0 && unquantifiedShare <= 1, "unquantifiedShare must be 0 to 1: " + unquantifiedShare);
        check(fundingSources >= 1 && fundingSources <= MAX_FUNDING_SOURCES,
                "fundingSources must be 1 to " + MAX_FUNDING_SOURCES + ": " + fundingSources);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Obtains the default shape with a number of activities: 3 goals, 2 objectives per goal, 3 measures per
     * objective, the period 2024-2025, lek ({@code ALL}), 20 institutions, 5 budget programmes, a tenth of
     * the activities unquantified, 3 funding sources and oddities included.
     *
     * @param activities  the exact number of activities, at least 0
     * @return the shape, never null
     * @throws IllegalArgumentException if the number is negative
     */
    public static PlanShape ofActivities(int activities) {
        return new PlanShape(activities, 3, 2, 3, 2024, 2025, "ALL", 20, 5, 0.1, 3, true);
    }

    /**
     * Returns the plan's currency.
     *
     * @return the currency, never null
     */
    public Currency currencyUnit() {
        return Currency.getInstance(currency);
    }

    /**
     * Returns the number of measures: goals times objectives per goal times measures per objective.
     *
     * @return the number of measures, at least 1
     */
    public long measures() {
        return (long) goals * objectivesPerGoal * measuresPerObjective;
    }

    /**
     * Returns a copy with another number of activities.
     *
     * @param value  the number, at least 0
     * @return the new shape, never null
     */
    public PlanShape withActivities(int value) {
        return new PlanShape(value, goals, objectivesPerGoal, measuresPerObjective, firstYear, lastYear, currency,
                institutions, budgetPrograms, unquantifiedShare, fundingSources, oddities);
    }

    /**
     * Returns a copy with another number of goals.
     *
     * @param value  the number, at least 1
     * @return the new shape, never null
     */
    public PlanShape withGoals(int value) {
        return new PlanShape(activities, value, objectivesPerGoal, measuresPerObjective, firstYear, lastYear, currency,
                institutions, budgetPrograms, unquantifiedShare, fundingSources, oddities);
    }

    /**
     * Returns a copy with another number of objectives per goal.
     *
     * @param value  the number, at least 1
     * @return the new shape, never null
     */
    public PlanShape withObjectivesPerGoal(int value) {
        return new PlanShape(activities, goals, value, measuresPerObjective, firstYear, lastYear, currency,
                institutions, budgetPrograms, unquantifiedShare, fundingSources, oddities);
    }

    /**
     * Returns a copy with another number of measures per objective.
     *
     * @param value  the number, at least 1
     * @return the new shape, never null
     */
    public PlanShape withMeasuresPerObjective(int value) {
        return new PlanShape(activities, goals, objectivesPerGoal, value, firstYear, lastYear, currency,
                institutions, budgetPrograms, unquantifiedShare, fundingSources, oddities);
    }

    /**
     * Returns a copy with another first year.
     *
     * @param value  the first year, not after the last year
     * @return the new shape, never null
     */
    public PlanShape withFirstYear(int value) {
        return new PlanShape(activities, goals, objectivesPerGoal, measuresPerObjective, value, lastYear, currency,
                institutions, budgetPrograms, unquantifiedShare, fundingSources, oddities);
    }

    /**
     * Returns a copy with another last year.
     *
     * @param value  the last year, not before the first year
     * @return the new shape, never null
     */
    public PlanShape withLastYear(int value) {
        return new PlanShape(activities, goals, objectivesPerGoal, measuresPerObjective, firstYear, value, currency,
                institutions, budgetPrograms, unquantifiedShare, fundingSources, oddities);
    }

    /**
     * Returns a copy with another period.
     *
     * @param first  the first year
     * @param last  the last year, not before the first
     * @return the new shape, never null
     */
    public PlanShape withPeriod(int first, int last) {
        return new PlanShape(activities, goals, objectivesPerGoal, measuresPerObjective, first, last, currency,
                institutions, budgetPrograms, unquantifiedShare, fundingSources, oddities);
    }

    /**
     * Returns a copy with another currency.
     *
     * @param value  the ISO 4217 code, not null
     * @return the new shape, never null
     */
    public PlanShape withCurrency(String value) {
        return new PlanShape(activities, goals, objectivesPerGoal, measuresPerObjective, firstYear, lastYear, value,
                institutions, budgetPrograms, unquantifiedShare, fundingSources, oddities);
    }

    /**
     * Returns a copy with another number of institutions.
     *
     * @param value  the number, at least 1
     * @return the new shape, never null
     */
    public PlanShape withInstitutions(int value) {
        return new PlanShape(activities, goals, objectivesPerGoal, measuresPerObjective, firstYear, lastYear, currency,
                value, budgetPrograms, unquantifiedShare, fundingSources, oddities);
    }

    /**
     * Returns a copy with another number of budget programmes.
     *
     * @param value  the number, at least 1
     * @return the new shape, never null
     */
    public PlanShape withBudgetPrograms(int value) {
        return new PlanShape(activities, goals, objectivesPerGoal, measuresPerObjective, firstYear, lastYear, currency,
                institutions, value, unquantifiedShare, fundingSources, oddities);
    }

    /**
     * Returns a copy with another unquantified share.
     *
     * @param value  the share, 0 to 1
     * @return the new shape, never null
     */
    public PlanShape withUnquantifiedShare(double value) {
        return new PlanShape(activities, goals, objectivesPerGoal, measuresPerObjective, firstYear, lastYear, currency,
                institutions, budgetPrograms, value, fundingSources, oddities);
    }

    /**
     * Returns a copy with another number of funding source kinds.
     *
     * @param value  the number, 1 to 6
     * @return the new shape, never null
     */
    public PlanShape withFundingSources(int value) {
        return new PlanShape(activities, goals, objectivesPerGoal, measuresPerObjective, firstYear, lastYear, currency,
                institutions, budgetPrograms, unquantifiedShare, value, oddities);
    }

    /**
     * Returns a copy with oddities switched on or off.
     *
     * @param value  true to include oddities
     * @return the new shape, never null
     */
    public PlanShape withOddities(boolean value) {
        return new PlanShape(activities, goals, objectivesPerGoal, measuresPerObjective, firstYear, lastYear, currency,
                institutions, budgetPrograms, unquantifiedShare, fundingSources, value);
    }
}

package org.actionplan.core.indicator;

import java.util.List;

import org.actionplan.core.Checks;
import org.actionplan.core.LocalizedText;

/**
 * A measurable indicator (Albanian <i>tregues</i>) of an objective or an activity.
 * <p>
 * Most indicators in real plans have no baseline, no unit and no statement whether targets are
 * cumulative: those fields are nullable and null means "the document does not say".
 * This class is immutable and thread-safe.
 *
 * @param id  an identifier unique in the plan, not blank
 * @param name  the indicator as printed, not null
 * @param type  what it measures, not null
 * @param unit  the unit, may be null
 * @param direction  which way is better, not null
 * @param baseline  the baseline, may be null
 * @param targets  the targets in period order, may be empty
 * @param verification  the means of verification, may be empty
 * @param source  the data source, may be null
 * @param frequency  how often it is measured, may be null
 * @param cumulative  whether targets are cumulative; null if the document does not say
 * @param disaggregation  the dimensions it is broken down by (sex, age group, region), may be empty
 */
public record Indicator(String id, LocalizedText name, IndicatorType type, String unit, Direction direction,
        Baseline baseline, List<Target> targets, List<LocalizedText> verification, String source, String frequency,
        Boolean cumulative, List<String> disaggregation) {

    /**
     * Creates an indicator.
     *
     * @throws IllegalArgumentException if the id is blank
     */
    public Indicator {
        Checks.notBlank(id, "id");
        Checks.notNull(name, "name");
        Checks.notNull(type, "type");
        Checks.notNull(direction, "direction");
        targets = Checks.list(targets, "targets");
        verification = Checks.list(verification, "verification");
        disaggregation = Checks.list(disaggregation, "disaggregation");
    }

    /**
     * Creates an indicator with a name, a type and targets.
     *
     * @param id  the id, not blank
     * @param name  the name, not null
     * @param type  the type, not null
     * @param direction  the direction, not null
     * @param baseline  the baseline, may be null
     * @param targets  the targets, not null
     * @return the indicator, never null
     */
    public static Indicator of(String id, LocalizedText name, IndicatorType type, Direction direction,
            Baseline baseline, List<Target> targets) {
        return new Indicator(id, name, type, null, direction, baseline, targets, List.of(), null, null, null, List.of());
    }
}

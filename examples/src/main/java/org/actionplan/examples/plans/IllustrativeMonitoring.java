package org.actionplan.examples.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.actionplan.core.Activity;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.IndicatorType;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.indicator.Target;
import org.actionplan.core.monitoring.ActivityStatus;
import org.actionplan.core.monitoring.Expenditure;
import org.actionplan.core.monitoring.Measurement;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.monitoring.StatusUpdate;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;

/**
 * Invents illustrative six-monthly monitoring reports for a plan, so that scoring and progress reports can
 * be demonstrated. THE DATA ARE NOT REAL: every report is marked illustrative, and says so in its note.
 * <p>
 * The rules are fixed and deterministic: each activity gets a "performance" u in [0, 1) from its id; at the
 * end of a period an activity not yet started by its dates is {@code NOT_STARTED}; one due by then is
 * {@code COMPLETED} (u below 0.70), {@code PARTIALLY_COMPLETED} (below 0.85) or {@code IN_PROGRESS_DELAYED};
 * one running is {@code IN_PROGRESS_ON_SCHEDULE} (below 0.80) or {@code IN_PROGRESS_DELAYED}, with a percentage
 * from the time elapsed. Completed activities report their costed current spending as state-budget
 * expenditure; year-end reports measure numeric, percentage and milestone indicators against their targets.
 */
public final class IllustrativeMonitoring {

    /** The note every illustrative report carries. */
    public static final String NOTE = "ILLUSTRATIVE DATA invented for demonstration by the actionplan examples;"
            + " not an official monitoring report of the Government of Albania.";

    private IllustrativeMonitoring() {
    }

    /**
     * Invents the report of one six-month period.
     *
     * @param plan  the plan, not null
     * @param period  a half-year, e.g. {@code CalendarPeriod.half(2024, 2)}, not null
     * @return the report, never null
     */
    public static MonitoringReport report(Plan plan, CalendarPeriod period) {
        LocalDate end = period.end();
        LocalDate asOf = end.plusDays(20);
        MonitoringReport.Builder b = MonitoringReport.builder(plan.id() + "-" + period, plan.id(), period, asOf)
                .reportingInstitution("MB").currency(plan.currency()).illustrative(NOTE)
                .narrative(LocalizedText.sqEn("Raport ilustrues (të dhëna të shpikura) për periudhën " + period + ".",
                        "Illustrative report (invented data) for the period " + period + "."));
        for (Activity a : plan.allActivities()) {
            StatusUpdate update = status(a, period, end);
            if (update != null) {
                b.status(update);
            }
            if (period.index() == 2) {
                for (Indicator i : a.indicators()) {
                    Measurement m = measurement(a, i, period.year());
                    if (m != null) {
                        b.measurement(m);
                    }
                }
            }
        }
        return b.build();
    }

    static double performance(String id) {
        long h = 1125899906842597L;
        for (int i = 0; i < id.length(); i++) {
            h = 31 * h + id.charAt(i);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h >>> 11) / (double) (1L << 53);
    }

    private static StatusUpdate status(Activity a, CalendarPeriod period, LocalDate end) {
        Timeframe.Dated dated = a.timeframes().stream().filter(Timeframe.Dated.class::isInstance)
                .map(Timeframe.Dated.class::cast).findFirst().orElse(null);
        if (dated == null || dated.start() == null || dated.end() == null) {
            return null;
        }
        double u = performance(a.id());
        LocalDate start = dated.start().start();
        LocalDate due = dated.end().end();
        ActivityStatus status;
        BigDecimal percent;
        if (end.isBefore(start)) {
            status = ActivityStatus.NOT_STARTED;
            percent = BigDecimal.ZERO;
        } else if (!end.isBefore(due)) {
            status = u < 0.70 ? ActivityStatus.COMPLETED : u < 0.85 ? ActivityStatus.PARTIALLY_COMPLETED
                    : ActivityStatus.IN_PROGRESS_DELAYED;
            percent = BigDecimal.valueOf(u < 0.70 ? 100 : u < 0.85 ? 60 : 40);
        } else {
            long total = due.toEpochDay() - start.toEpochDay() + 1;
            long done = end.toEpochDay() - start.toEpochDay() + 1;
            BigDecimal share = BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_EVEN);
            status = u < 0.80 ? ActivityStatus.IN_PROGRESS_ON_SCHEDULE : ActivityStatus.IN_PROGRESS_DELAYED;
            percent = u < 0.80 ? share : share.divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_EVEN);
        }
        List<Expenditure> spent = new ArrayList<>();
        if (status == ActivityStatus.COMPLETED && a.cost() != null) {
            for (var e : a.cost().years().entrySet()) {
                YearCost y = e.getValue();
                if (e.getKey() <= period.year() && y.current() != null && y.current().signum() > 0) {
                    spent.add(new Expenditure(FundingSourceKind.STATE_BUDGET_MTBP, e.getKey(), y.current()));
                }
            }
        }
        return new StatusUpdate(a.id(), status, percent, spent, List.of(), null);
    }

    private static Measurement measurement(Activity a, Indicator i, int year) {
        Target target = i.targets().stream().filter(t -> t.period().equals(CalendarPeriod.year(year)))
                .findFirst().orElse(null);
        if (target == null || target.value() == null || target.value().numeric() == null) {
            return null;
        }
        double u = performance(a.id() + "/" + year);
        BigDecimal goal = target.value().numeric();
        BigDecimal base = i.baseline() == null || i.baseline().value() == null || i.baseline().value().numeric() == null
                ? BigDecimal.ZERO : i.baseline().value().numeric();
        IndicatorValue value;
        if (i.type() == IndicatorType.MILESTONE) {
            value = new IndicatorValue.FlagValue(goal.signum() > 0 && u < 0.75);
        } else {
            // between 50% and 120% of the way from the baseline to the target
            BigDecimal factor = BigDecimal.valueOf(50 + (int) (u * 70)).movePointLeft(2);
            BigDecimal v = base.add(goal.subtract(base).multiply(factor)).setScale(0, RoundingMode.HALF_EVEN);
            value = i.type() == IndicatorType.PERCENTAGE ? new IndicatorValue.PercentValue(v.min(BigDecimal.valueOf(100)))
                    : new IndicatorValue.NumberValue(v.max(BigDecimal.ZERO));
        }
        return new Measurement(i.id(), CalendarPeriod.year(year), value, "illustrative", null, null);
    }
}

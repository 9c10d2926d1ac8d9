package org.actionplan.core.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.actionplan.core.Checks;
import org.actionplan.core.time.CalendarPeriod;

/**
 * The monitoring reports of one plan combined: which status update and which measurement is in force.
 * <p>
 * <b>Supersession.</b> Reports are ordered by as-of date, then by id. For the same activity and reporting
 * period, the status update of the later report supersedes the earlier; for the same indicator, measured
 * period and slice, the later report's measurement supersedes the earlier. Superseded values are kept out
 * of every lookup; each lookup returns a {@link Reported} that names the report it used.
 * <p>
 * <b>Status at a date.</b> {@link #latestStatus(String, LocalDate)} takes, among the updates in force whose
 * reporting period ends on or before the date, the one whose period ends last; ties (e.g. {@code 2024Q4}
 * and the annual {@code 2024}) go to the later as-of date, then the greater report id. A report's as-of date
 * may lie after its period (an annual report written in February): it still speaks for its period.
 * <p>
 * Lookups are indexed by activity and indicator id, built once. This class is immutable and thread-safe.
 */
public final class MonitoringHistory {

    private static final Comparator<MonitoringReport> REPORT_ORDER =
            Comparator.comparing(MonitoringReport::asOf).thenComparing(MonitoringReport::id);
    private static final Comparator<Reported<?>> BY_PERIOD_END = Comparator
            .comparing((Reported<?> r) -> r.reportPeriod().end())
            .thenComparing(Reported::asOf)
            .thenComparing(Reported::reportId);
    private static final Comparator<Reported<Measurement>> MEASUREMENT_ORDER = Comparator
            .comparing((Reported<Measurement> r) -> r.value().period())
            .thenComparing(r -> r.value().disaggregation(), MonitoringHistory::compareSlices);

    private final List<MonitoringReport> reports;
    private final Map<String, List<Reported<StatusUpdate>>> statusByActivity;
    /** Per activity, the epoch day of each update's reporting-period end, in the order of its list. */
    private final Map<String, long[]> statusEnds;
    private final Map<String, List<Reported<Measurement>>> measurementsByIndicator;

    private MonitoringHistory(List<MonitoringReport> reports) {
        this.reports = reports;
        Map<String, List<Reported<StatusUpdate>>> status = new HashMap<>();
        Map<String, List<Reported<Measurement>>> measures = new HashMap<>();
        for (MonitoringReport report : reports) {
            for (StatusUpdate u : report.statusUpdates()) {
                List<Reported<StatusUpdate>> list = status.computeIfAbsent(u.activityId(), k -> new ArrayList<>(4));
                replaceOrAdd(list, new Reported<>(u, report.id(), report.period(), report.asOf()),
                        r -> r.reportPeriod().equals(report.period()));
            }
            for (Measurement m : report.measurements()) {
                List<Reported<Measurement>> list = measures.computeIfAbsent(m.indicatorId(), k -> new ArrayList<>(4));
                replaceOrAdd(list, new Reported<>(m, report.id(), report.period(), report.asOf()),
                        r -> r.value().period().equals(m.period()) && r.value().disaggregation().equals(m.disaggregation()));
            }
        }
        Map<String, long[]> ends = new HashMap<>();
        for (Map.Entry<String, List<Reported<StatusUpdate>>> e : status.entrySet()) {
            List<Reported<StatusUpdate>> list = e.getValue();
            list.sort(BY_PERIOD_END);
            long[] days = new long[list.size()];
            for (int i = 0; i < days.length; i++) {
                days[i] = list.get(i).reportPeriod().end().toEpochDay();
            }
            ends.put(e.getKey(), days);
        }
        this.statusEnds = ends;
        for (List<Reported<Measurement>> list : measures.values()) {
            list.sort(MEASUREMENT_ORDER);
        }
        this.statusByActivity = status;
        this.measurementsByIndicator = measures;
    }

    /** Orders slices: the total first, then by their text form. */
    private static int compareSlices(Map<String, String> a, Map<String, String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(!a.isEmpty(), !b.isEmpty());
        }
        return a.toString().compareTo(b.toString());
    }

    private static <T> void replaceOrAdd(List<Reported<T>> list, Reported<T> value,
            java.util.function.Predicate<Reported<T>> sameKey) {
        for (int i = 0; i < list.size(); i++) {
            if (sameKey.test(list.get(i))) {
                list.set(i, value);
                return;
            }
        }
        list.add(value);
    }

    /**
     * Combines reports on one plan.
     *
     * @param reports  the reports, in any order, not null
     * @return the history, never null
     * @throws IllegalArgumentException if two reports share an id or the reports are on different plans
     * @throws NullPointerException if a report is null
     */
    public static MonitoringHistory of(Collection<MonitoringReport> reports) {
        List<MonitoringReport> sorted = new ArrayList<>(Checks.list(new ArrayList<>(Checks.notNull(reports, "reports")),
                "reports"));
        sorted.sort(REPORT_ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            MonitoringReport r = sorted.get(i);
            if (!r.planId().equals(sorted.get(0).planId())) {
                throw new IllegalArgumentException("report '" + r.id() + "' is on plan '" + r.planId()
                        + "', report '" + sorted.get(0).id() + "' on plan '" + sorted.get(0).planId() + "'");
            }
        }
        SortedSet<String> ids = new TreeSet<>();
        for (MonitoringReport r : sorted) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("two reports have the id '" + r.id() + "'");
            }
        }
        return new MonitoringHistory(Collections.unmodifiableList(sorted));
    }

    /**
     * Returns a history with no reports.
     *
     * @return the empty history, never null
     */
    public static MonitoringHistory empty() {
        return new MonitoringHistory(List.of());
    }

    /**
     * Returns the reports, ordered by as-of date, then id.
     *
     * @return the reports, never null
     */
    public List<MonitoringReport> reports() {
        return reports;
    }

    /**
     * Returns the id of the plan the reports are on.
     *
     * @return the plan id, empty if there are no reports
     */
    public Optional<String> planId() {
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(0).planId());
    }

    /**
     * Returns the status update in force for an activity and a reporting period.
     *
     * @param activityId  the activity id, not null
     * @param period  the reporting period, not null
     * @return the update and its report, empty if no report covers the activity for that period
     */
    public Optional<Reported<StatusUpdate>> status(String activityId, CalendarPeriod period) {
        Checks.notNull(period, "period");
        for (Reported<StatusUpdate> r : statusUpdates(activityId)) {
            if (r.reportPeriod().equals(period)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the latest status update for an activity whose reporting period ends on or before a date
     * (see the class description for ties).
     *
     * @param activityId  the activity id, not null
     * @param date  the date, not null
     * @return the update and its report, empty if none
     */
    public Optional<Reported<StatusUpdate>> latestStatus(String activityId, LocalDate date) {
        List<Reported<StatusUpdate>> list = statusUpdates(activityId, date);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    /**
     * Returns the status updates in force for an activity whose reporting period ends on or before a date,
     * in the order of {@link #statusUpdates(String)}; the last one is the {@link #latestStatus(String, LocalDate)}.
     *
     * @param activityId  the activity id, not null
     * @param date  the date, not null
     * @return the updates, never null
     */
    public List<Reported<StatusUpdate>> statusUpdates(String activityId, LocalDate date) {
        long day = Checks.notNull(date, "date").toEpochDay();
        List<Reported<StatusUpdate>> list = statusByActivity.get(Checks.notNull(activityId, "activityId"));
        if (list == null) {
            return List.of();
        }
        long[] ends = statusEnds.get(activityId);
        int n = ends.length;
        while (n > 0 && ends[n - 1] > day) {
            n--;
        }
        return Collections.unmodifiableList(list.subList(0, n));
    }

    /**
     * Returns the status updates in force for an activity, one per reporting period, ordered by the end of
     * the reporting period, then as-of date, then report id.
     *
     * @param activityId  the activity id, not null
     * @return the updates, never null
     */
    public List<Reported<StatusUpdate>> statusUpdates(String activityId) {
        List<Reported<StatusUpdate>> list = statusByActivity.get(Checks.notNull(activityId, "activityId"));
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /**
     * Returns the measurement in force of an indicator's total (no disaggregation) for a period.
     *
     * @param indicatorId  the indicator id, not null
     * @param period  the measured period, not null
     * @return the measurement and its report, empty if none
     */
    public Optional<Reported<Measurement>> measurement(String indicatorId, CalendarPeriod period) {
        Checks.notNull(period, "period");
        for (Reported<Measurement> r : measurements(indicatorId)) {
            if (r.value().isTotal() && r.value().period().equals(period)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the measurements in force of an indicator, totals and slices, ordered by measured period,
     * then slice.
     *
     * @param indicatorId  the indicator id, not null
     * @return the measurements, never null
     */
    public List<Reported<Measurement>> measurements(String indicatorId) {
        List<Reported<Measurement>> list = measurementsByIndicator.get(Checks.notNull(indicatorId, "indicatorId"));
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /**
     * Returns the ids of all activities that have a status update, sorted.
     *
     * @return the ids, never null
     */
    public SortedSet<String> activityIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(statusByActivity.keySet()));
    }

    /**
     * Returns the ids of all indicators that have a measurement, sorted.
     *
     * @return the ids, never null
     */
    public SortedSet<String> indicatorIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(measurementsByIndicator.keySet()));
    }
}

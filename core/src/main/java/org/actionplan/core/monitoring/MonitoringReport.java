package org.actionplan.core.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.actionplan.core.Checks;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.time.CalendarPeriod;

/**
 * A periodic monitoring report on a plan (Albanian <i>raporti 6-mujor, tremujor, vjetor</i>): the status of
 * activities, measured indicator values and a narrative, for a reporting period, as of a date.
 * <p>
 * Several reports combine into a {@link MonitoringHistory}, where a later report (by as-of date, then id)
 * supersedes an earlier one for the same activity or indicator and period. Within one report an activity
 * has at most one status update, and an indicator at most one measurement per period and slice.
 * Amounts spent are in {@code currency}, which is required as soon as any update reports spending.
 * {@code illustrative} marks invented data (examples, tests), so that no one mistakes it for a real report.
 * This class is immutable and thread-safe. Build one with {@link #builder(String, String, CalendarPeriod, LocalDate)}.
 *
 * @param id  the report's identifier, unique in a history, not blank
 * @param planId  the id of the plan reported on, not blank
 * @param period  the reporting period (e.g. {@code 2024}, {@code 2024H1}, {@code 2024Q3}), not null
 * @param asOf  the date the report states the situation at, not before the period starts, not null
 * @param reportingInstitution  the id of the reporting institution, may be null (a consolidated report)
 * @param currency  the currency of the amounts spent, may be null only if no amount is reported
 * @param illustrative  whether the data is invented for illustration
 * @param note  a remark on the report's provenance, may be null
 * @param statusUpdates  the status updates, at most one per activity, may be empty
 * @param measurements  the measurements, at most one per indicator, period and slice, may be empty
 * @param narrative  the narrative part, may be null
 */
public record MonitoringReport(String id, String planId, CalendarPeriod period, LocalDate asOf,
        String reportingInstitution, Currency currency, boolean illustrative, String note,
        List<StatusUpdate> statusUpdates, List<Measurement> measurements, LocalizedText narrative) {

    /**
     * Creates a report.
     *
     * @throws IllegalArgumentException if an id is blank, the as-of date is before the period starts, an
     *         activity or measurement repeats, a measurement's period starts after the as-of date, or spending
     *         is reported without a currency
     * @throws NullPointerException if a required value or an element is null
     */
    public MonitoringReport {
        Checks.notBlank(id, "id");
        Checks.notBlank(planId, "planId");
        Checks.notNull(period, "period");
        Checks.notNull(asOf, "asOf");
        if (asOf.isBefore(period.start())) {
            throw new IllegalArgumentException("asOf must not be before the period " + period + " starts: " + asOf);
        }
        statusUpdates = Checks.list(statusUpdates, "statusUpdates");
        measurements = Checks.list(measurements, "measurements");
        Set<String> activities = new HashSet<>();
        for (int i = 0; i < statusUpdates.size(); i++) {
            StatusUpdate u = statusUpdates.get(i);
            if (!activities.add(u.activityId())) {
                throw new IllegalArgumentException("statusUpdates[" + i + "] repeats activity '" + u.activityId() + "'");
            }
            if (currency == null && !u.spent().isEmpty()) {
                throw new IllegalArgumentException("currency must not be null when statusUpdates[" + i
                        + "] reports spending");
            }
        }
        Set<List<Object>> keys = new HashSet<>();
        for (int i = 0; i < measurements.size(); i++) {
            Measurement m = measurements.get(i);
            if (!keys.add(List.of(m.indicatorId(), m.period(), m.disaggregation()))) {
                throw new IllegalArgumentException("measurements[" + i + "] repeats indicator '" + m.indicatorId()
                        + "' for " + m.period() + (m.isTotal() ? "" : " " + m.disaggregation()));
            }
            if (m.period().start().isAfter(asOf)) {
                throw new IllegalArgumentException("measurements[" + i + "] is for " + m.period()
                        + ", which starts after the as-of date " + asOf);
            }
        }
    }

    /**
     * Starts a builder.
     *
     * @param id  the report id, not blank
     * @param planId  the plan id, not blank
     * @param period  the reporting period, not null
     * @param asOf  the as-of date, not null
     * @return the builder, never null
     */
    public static Builder builder(String id, String planId, CalendarPeriod period, LocalDate asOf) {
        return new Builder(id, planId, period, asOf);
    }

    /**
     * A mutable builder of {@link MonitoringReport}. Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private final String planId;
        private final CalendarPeriod period;
        private final LocalDate asOf;
        private String reportingInstitution;
        private Currency currency;
        private boolean illustrative;
        private String note;
        private final List<StatusUpdate> statusUpdates = new ArrayList<>();
        private final List<Measurement> measurements = new ArrayList<>();
        private LocalizedText narrative;

        private Builder(String id, String planId, CalendarPeriod period, LocalDate asOf) {
            this.id = id;
            this.planId = planId;
            this.period = period;
            this.asOf = asOf;
        }

        /**
         * Sets the reporting institution.
         *
         * @param institutionId  the institution id, may be null
         * @return this builder
         */
        public Builder reportingInstitution(String institutionId) {
            this.reportingInstitution = institutionId;
            return this;
        }

        /**
         * Sets the currency of amounts spent.
         *
         * @param currency  the currency, may be null
         * @return this builder
         */
        public Builder currency(Currency currency) {
            this.currency = currency;
            return this;
        }

        /**
         * Marks the report as illustrative (invented) data, with a note on its provenance.
         *
         * @param note  the note, may be null
         * @return this builder
         */
        public Builder illustrative(String note) {
            this.illustrative = true;
            this.note = note;
            return this;
        }

        /**
         * Sets the note.
         *
         * @param note  the note, may be null
         * @return this builder
         */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * Adds a status update.
         *
         * @param update  the update, not null
         * @return this builder
         */
        public Builder status(StatusUpdate update) {
            statusUpdates.add(update);
            return this;
        }

        /**
         * Adds a measurement.
         *
         * @param measurement  the measurement, not null
         * @return this builder
         */
        public Builder measurement(Measurement measurement) {
            measurements.add(measurement);
            return this;
        }

        /**
         * Sets the narrative.
         *
         * @param narrative  the narrative, may be null
         * @return this builder
         */
        public Builder narrative(LocalizedText narrative) {
            this.narrative = narrative;
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report, never null
         * @throws IllegalArgumentException if a value is invalid
         */
        public MonitoringReport build() {
            return new MonitoringReport(id, planId, period, asOf, reportingInstitution, currency, illustrative, note,
                    statusUpdates, measurements, narrative);
        }
    }
}

package org.actionplan.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.time.CalendarPeriod;

class MonitoringHistoryTests {

    private static final CalendarPeriod Q3 = CalendarPeriod.quarter(2024, 3);
    private static final CalendarPeriod Q4 = CalendarPeriod.quarter(2024, 4);
    private static final CalendarPeriod Y2024 = CalendarPeriod.year(2024);

    private static MonitoringReport report(String id, CalendarPeriod period, LocalDate asOf, ActivityStatus status,
            String value) {
        return MonitoringReport.builder(id, "p", period, asOf)
                .status(StatusUpdate.of("a", status))
                .measurement(Measurement.of("i", period, new IndicatorValue.NumberValue(new BigDecimal(value))))
                .build();
    }

    @Test
    void laterReportForTheSamePeriodSupersedesTheEarlierAndIsNamed() {
        MonitoringReport first = report("q3", Q3, LocalDate.of(2024, 10, 10), ActivityStatus.IN_PROGRESS_DELAYED, "5");
        MonitoringReport correction = report("q3-fix", Q3, LocalDate.of(2024, 11, 2), ActivityStatus.COMPLETED, "7");
        MonitoringHistory history = MonitoringHistory.of(List.of(correction, first));

        assertThat(history.reports()).extracting(MonitoringReport::id).containsExactly("q3", "q3-fix");
        Reported<StatusUpdate> used = history.status("a", Q3).orElseThrow();
        assertThat(used.value().status()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(used.reportId()).isEqualTo("q3-fix");
        assertThat(used.asOf()).isEqualTo(LocalDate.of(2024, 11, 2));
        assertThat(history.statusUpdates("a")).hasSize(1);
        assertThat(history.measurement("i", Q3).orElseThrow().value().value().numeric()).isEqualByComparingTo("7");
        assertThat(history.measurements("i")).hasSize(1);
    }

    @Test
    void sameAsOfDateIsBrokenByReportId() {
        MonitoringReport a = report("a-report", Q3, LocalDate.of(2024, 10, 10), ActivityStatus.NOT_STARTED, "1");
        MonitoringReport b = report("b-report", Q3, LocalDate.of(2024, 10, 10), ActivityStatus.POSTPONED, "2");
        assertThat(MonitoringHistory.of(List.of(b, a)).status("a", Q3).orElseThrow().reportId()).isEqualTo("b-report");
        assertThat(MonitoringHistory.of(List.of(a, b)).status("a", Q3).orElseThrow().reportId()).isEqualTo("b-report");
    }

    @Test
    void latestStatusTakesThePeriodEndingLastOnOrBeforeTheDate() {
        MonitoringReport q3 = report("q3", Q3, LocalDate.of(2024, 10, 10), ActivityStatus.IN_PROGRESS_ON_SCHEDULE, "1");
        MonitoringReport q4 = report("q4", Q4, LocalDate.of(2025, 1, 10), ActivityStatus.IN_PROGRESS_DELAYED, "2");
        // a correction of Q3 written after the Q4 report does not beat Q4 at the end of the year
        MonitoringReport q3late = report("q3-late", Q3, LocalDate.of(2025, 1, 20), ActivityStatus.CANCELLED, "3");
        MonitoringReport annual = report("y", Y2024, LocalDate.of(2025, 2, 15), ActivityStatus.COMPLETED, "4");
        MonitoringHistory h = MonitoringHistory.of(List.of(annual, q3late, q4, q3));

        assertThat(h.latestStatus("a", LocalDate.of(2024, 9, 29))).isEmpty();
        assertThat(h.latestStatus("a", LocalDate.of(2024, 9, 30)).orElseThrow().reportId()).isEqualTo("q3-late");
        // Q4 and the annual report end on the same day: the later as-of date wins
        assertThat(h.latestStatus("a", LocalDate.of(2024, 12, 31)).orElseThrow().reportId()).isEqualTo("y");
        assertThat(h.statusUpdates("a")).extracting(Reported::reportId).containsExactly("q3-late", "q4", "y");
        assertThat(h.statusUpdates("a", LocalDate.of(2024, 12, 30))).extracting(Reported::reportId).containsExactly("q3-late");
        assertThat(h.statusUpdates("a", LocalDate.of(2024, 9, 29))).isEmpty();
        assertThat(h.statusUpdates("nobody", LocalDate.of(2024, 9, 29))).isEmpty();
        assertThat(h.status("a", Q4).orElseThrow().value().status()).isEqualTo(ActivityStatus.IN_PROGRESS_DELAYED);
        assertThat(h.status("a", CalendarPeriod.half(2024, 2))).isEmpty();
    }

    @Test
    void slicesAreKeptApartFromTotals() {
        MonitoringReport r = MonitoringReport.builder("r", "p", Y2024, LocalDate.of(2025, 1, 31))
                .measurement(new Measurement("i", Y2024, new IndicatorValue.NumberValue(BigDecimal.ONE), null,
                        new TreeMap<>(Map.of("sex", "F")), null))
                .build();
        MonitoringHistory h = MonitoringHistory.of(List.of(r));
        assertThat(h.measurement("i", Y2024)).isEmpty();
        assertThat(h.measurements("i")).hasSize(1);
        assertThat(h.indicatorIds()).containsExactly("i");
        assertThat(h.activityIds()).isEmpty();
        assertThat(h.planId()).contains("p");
    }

    @Test
    void unknownIdsGiveEmptyResultsNeverNull() {
        MonitoringHistory h = MonitoringHistory.empty();
        assertThat(h.reports()).isEmpty();
        assertThat(h.planId()).isEmpty();
        assertThat(h.statusUpdates("x")).isEmpty();
        assertThat(h.latestStatus("x", LocalDate.of(2024, 1, 1))).isEmpty();
        assertThat(h.measurement("x", Y2024)).isEmpty();
    }

    @Test
    void rejectsReportsOnDifferentPlansAndRepeatedIds() {
        MonitoringReport a = report("r", Q3, LocalDate.of(2024, 10, 1), ActivityStatus.NOT_STARTED, "1");
        MonitoringReport other = MonitoringReport.builder("s", "other", Q3, LocalDate.of(2024, 10, 2)).build();
        assertThatIllegalArgumentException().isThrownBy(() -> MonitoringHistory.of(List.of(a, other)))
                .withMessage("report 's' is on plan 'other', report 'r' on plan 'p'");
        MonitoringReport again = report("r", Q4, LocalDate.of(2025, 1, 1), ActivityStatus.NOT_STARTED, "1");
        assertThatIllegalArgumentException().isThrownBy(() -> MonitoringHistory.of(List.of(a, again)))
                .withMessage("two reports have the id 'r'");
    }
}

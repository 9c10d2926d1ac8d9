package org.actionplan.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.actionplan.core.monitoring.ActivityStatus;
import org.actionplan.core.monitoring.Reported;
import org.actionplan.core.monitoring.StatusUpdate;
import org.actionplan.core.time.CalendarPeriod;

class ActivityAssessmentTests {

    private static ActivityAssessment assessed(Timeliness timeliness, ActivityStatus status) {
        Reported<StatusUpdate> reported = status == null ? null : new Reported<>(StatusUpdate.of("a", status), "r",
                CalendarPeriod.year(2025), LocalDate.of(2026, 1, 31));
        return new ActivityAssessment("a", timeliness, LocalDate.of(2025, 6, 30), true, reported,
                SigmaOutcome.NOT_ACHIEVED, null, null, null);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
        "OVERDUE, none, true",
        "OVERDUE, IN_PROGRESS_DELAYED, true",
        "DUE_IN_PERIOD, none, true",
        "DUE_IN_PERIOD, IN_PROGRESS_ON_SCHEDULE, true",
        "DUE_IN_PERIOD, PARTIALLY_COMPLETED, true",
        "DUE_IN_PERIOD, NOT_STARTED, true",
        "DUE_IN_PERIOD, COMPLETED, false",
        "DUE_IN_PERIOD, CANCELLED, false",
        "CLOSED_EARLIER, COMPLETED, false",
        "ONGOING, none, false",
        "ONGOING, IN_PROGRESS_DELAYED, false",
        "NOT_YET_DUE, NOT_STARTED, false",
        "UNKNOWN, none, false"})
    void anActivityIsOverdueWhenItsDeadlineHasPassedByThePeriodsEndAndItIsNotClosed(Timeliness timeliness,
            ActivityStatus status, boolean overdue) {
        assertThat(assessed(timeliness, status).overdue()).isEqualTo(overdue);
    }

    @Test
    void requiredComponentsAreChecked() {
        assertThatNullPointerException().isThrownBy(() -> new ActivityAssessment(null, Timeliness.ONGOING, null,
                true, null, SigmaOutcome.NOT_PLANNED, null, null, null));
    }
}

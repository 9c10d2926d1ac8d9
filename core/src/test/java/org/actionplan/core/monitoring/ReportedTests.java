package org.actionplan.core.monitoring;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.actionplan.core.time.CalendarPeriod;

class ReportedTests {

    @Test
    void namesTheReportItCameFrom() {
        assertThatNullPointerException().isThrownBy(() -> new Reported<>("x", null, CalendarPeriod.year(2024),
                LocalDate.of(2024, 12, 31))).withMessage("reportId must not be null");
    }
}

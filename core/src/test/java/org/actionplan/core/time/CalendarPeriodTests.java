package org.actionplan.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CalendarPeriodTests {

    @ParameterizedTest
    @CsvSource({
        "2024, 2024-01-01, 2024-12-31",
        "2024H1, 2024-01-01, 2024-06-30",
        "2024H2, 2024-07-01, 2024-12-31",
        "2024Q1, 2024-01-01, 2024-03-31",
        "2024Q3, 2024-07-01, 2024-09-30",
        "2024-02, 2024-02-01, 2024-02-29",
        "2009-start, 2009-01-01, 2009-04-30",
        "2009-mid, 2009-05-01, 2009-08-31",
        "2009-end, 2009-09-01, 2009-12-31",
        "2009-spring, 2009-03-01, 2009-05-31",
        "2009-summer, 2009-06-01, 2009-08-31",
        "2009-autumn, 2009-09-01, 2009-11-30",
        "2009-winter, 2009-01-01, 2009-02-28"})
    void canonicalFormsParseToTheDocumentedDatesAndFormatBack(String text, LocalDate start, LocalDate end) {
        CalendarPeriod p = CalendarPeriod.parse(text);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p).hasToString(text);
        assertThat(p.contains(start)).isTrue();
        assertThat(p.contains(end.plusDays(1))).isFalse();
    }

    @Test
    void ordersByStartThenEndThenPrecision() {
        assertThat(CalendarPeriod.quarter(2024, 1)).isLessThan(CalendarPeriod.half(2024, 1));
        assertThat(CalendarPeriod.half(2024, 1)).isLessThan(CalendarPeriod.year(2024));
        assertThat(CalendarPeriod.year(2024)).isLessThan(CalendarPeriod.month(2024, 2));
        assertThat(CalendarPeriod.month(2024, 1).compareTo(CalendarPeriod.month(2024, 1))).isZero();
    }

    @Test
    void rejectsTextAndIndexesOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarPeriod.parse("2024Q5"))
                .withMessageStartingWith("not a period: '2024Q5'");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarPeriod.month(2024, 13))
                .withMessage("index 13 out of range 1-12 for MONTH");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarPeriod.year(999))
                .withMessage("year out of range 1000-9999: 999");
    }
}

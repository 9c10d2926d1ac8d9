package org.actionplan.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarPeriodTests {

    static Stream<Arguments> data_periods() {
        return Stream.of(
                Arguments.of("2024", Precision.YEAR, 0, "2024-01-01", "2024-12-31"),
                Arguments.of("2024H1", Precision.HALF, 1, "2024-01-01", "2024-06-30"),
                Arguments.of("2024H2", Precision.HALF, 2, "2024-07-01", "2024-12-31"),
                Arguments.of("2024Q1", Precision.QUARTER, 1, "2024-01-01", "2024-03-31"),
                Arguments.of("2024Q3", Precision.QUARTER, 3, "2024-07-01", "2024-09-30"),
                Arguments.of("2024Q4", Precision.QUARTER, 4, "2024-10-01", "2024-12-31"),
                Arguments.of("2024-02", Precision.MONTH, 2, "2024-02-01", "2024-02-29"),
                Arguments.of("2023-02", Precision.MONTH, 2, "2023-02-01", "2023-02-28"),
                Arguments.of("2024-12", Precision.MONTH, 12, "2024-12-01", "2024-12-31"),
                Arguments.of("2009-start", Precision.PART, 1, "2009-01-01", "2009-04-30"),
                Arguments.of("2009-mid", Precision.PART, 2, "2009-05-01", "2009-08-31"),
                Arguments.of("2009-end", Precision.PART, 3, "2009-09-01", "2009-12-31"),
                Arguments.of("2009-spring", Precision.SEASON, 1, "2009-03-01", "2009-05-31"),
                Arguments.of("2009-summer", Precision.SEASON, 2, "2009-06-01", "2009-08-31"),
                Arguments.of("2009-autumn", Precision.SEASON, 3, "2009-09-01", "2009-11-30"),
                Arguments.of("2009-winter", Precision.SEASON, 4, "2009-01-01", "2009-02-28"));
    }

    @ParameterizedTest
    @MethodSource("data_periods")
    void parsesFormatsAndDatesEveryPrecision(String text, Precision precision, int index, String start, String end) {
        CalendarPeriod period = CalendarPeriod.parse(text);
        assertThat(period.precision()).isEqualTo(precision);
        assertThat(period.index()).isEqualTo(index);
        assertThat(period).hasToString(text);
        assertThat(CalendarPeriod.parse(period.toString())).isEqualTo(period);
        assertThat(period.start()).isEqualTo(LocalDate.parse(start));
        assertThat(period.end()).isEqualTo(LocalDate.parse(end));
        assertThat(period.contains(LocalDate.parse(start))).isTrue();
        assertThat(period.contains(LocalDate.parse(end))).isTrue();
        assertThat(period.contains(LocalDate.parse(start).minusDays(1))).isFalse();
        assertThat(period.contains(LocalDate.parse(end).plusDays(1))).isFalse();
    }

    @Test
    void factoriesMatchParsing() {
        assertThat(CalendarPeriod.year(2024)).isEqualTo(CalendarPeriod.parse("2024"));
        assertThat(CalendarPeriod.half(2024, 2)).isEqualTo(CalendarPeriod.parse("2024H2"));
        assertThat(CalendarPeriod.quarter(2015, 4)).isEqualTo(CalendarPeriod.parse("2015Q4"));
        assertThat(CalendarPeriod.month(2009, 6)).isEqualTo(CalendarPeriod.parse("2009-06"));
        assertThat(CalendarPeriod.parse(" 2024H1 ")).isEqualTo(CalendarPeriod.half(2024, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "2024H3", "2024H0", "2024Q5", "2024-13", "2024-00", "2024-later", "0999", "2024h1",
        "2024 Q1", "Q1 2024"})
    void rejectsTextThatIsNotACanonicalPeriod(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarPeriod.parse(text));
    }

    @Test
    void rejectsIndexesOutOfRangeForThePrecision() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CalendarPeriod(2024, Precision.YEAR, 1))
                .withMessageContaining("YEAR");
        assertThatIllegalArgumentException().isThrownBy(() -> new CalendarPeriod(2024, Precision.PART, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> new CalendarPeriod(2024, Precision.SEASON, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarPeriod.year(10000)).withMessageContaining("10000");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarPeriod.month(2024, 13))
                .withMessage("index 13 out of range 1-12 for MONTH");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarPeriod.year(999))
                .withMessage("year out of range 1000-9999: 999");
        assertThatIllegalArgumentException().isThrownBy(() -> CalendarPeriod.parse("2024Q5"))
                .withMessageStartingWith("not a period: '2024Q5'");
    }

    @Test
    void ordersByStartThenEndThenPrecision() {
        assertThat(CalendarPeriod.parse("2024Q1")).isLessThan(CalendarPeriod.parse("2024H1"));
        assertThat(CalendarPeriod.parse("2024H1")).isLessThan(CalendarPeriod.parse("2024"));
        assertThat(CalendarPeriod.parse("2023")).isLessThan(CalendarPeriod.parse("2024Q1"));
        assertThat(CalendarPeriod.parse("2024-01")).isLessThan(CalendarPeriod.parse("2024-02"));
        // the start of 2009 and winter 2009 cover different months; winter (Jan-Feb) ends first
        assertThat(CalendarPeriod.parse("2009-winter")).isLessThan(CalendarPeriod.parse("2009-start"));
        assertThat(CalendarPeriod.parse("2024").compareTo(CalendarPeriod.year(2024))).isZero();
    }
}

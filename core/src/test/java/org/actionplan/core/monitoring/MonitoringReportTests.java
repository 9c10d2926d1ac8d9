package org.actionplan.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.json.PlanFormatException;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.time.CalendarPeriod;

class MonitoringReportTests {

    private static final MonitoringReport SAMPLE = SampleReports.halfYear();

    @Test
    void jsonRoundTripIsLosslessAndByteStable() {
        String json = PlanJson.write(SAMPLE);
        MonitoringReport back = PlanJson.read(json, MonitoringReport.class);
        assertThat(back).isEqualTo(SAMPLE);
        assertThat(PlanJson.write(back)).isEqualTo(json);
    }

    @Test
    void jsonUsesCanonicalPeriodsTaggedValuesAndPlainAmounts() {
        String json = PlanJson.write(SAMPLE);
        assertThat(json).contains("\"period\": \"2024H1\"").contains("\"asOf\": \"2024-07-15\"")
                .contains("\"status\": \"IN_PROGRESS_ON_SCHEDULE\"").contains("\"amount\": 150000.5")
                .contains("\"type\": \"ratio\"").contains("\"currency\": \"ALL\"").contains("\"illustrative\": true")
                .doesNotContain("\"total\"").doesNotContain("E+");
        // the slice is written with sorted dimensions
        assertThat(json.indexOf("\"age\"")).isLessThan(json.indexOf("\"sex\""));
    }

    @Test
    void minimalJsonNeedsOnlyIdPlanPeriodAndDate() {
        MonitoringReport r = PlanJson.read("{\"id\": \"r1\", \"planId\": \"p\", \"period\": \"2024Q3\", \"asOf\": \"2024-10-01\"}",
                MonitoringReport.class);
        assertThat(r.period()).isEqualTo(CalendarPeriod.quarter(2024, 3));
        assertThat(r.illustrative()).isFalse();
        assertThat(r.statusUpdates()).isEmpty();
        assertThat(r.measurements()).isEmpty();
    }

    static Stream<Arguments> data_malformed() {
        String valid = PlanJson.write(SAMPLE);
        return Stream.of(
                Arguments.of(valid.replace("\"period\": \"2024H1\"", "\"period\": \"2024H3\""), "period", "not a period"),
                Arguments.of(valid.replace("\"asOf\": \"2024-07-15\"", "\"asOf\": \"2024-02-30\""), "asOf", "2024-02-30"),
                Arguments.of(valid.replace("\"asOf\": \"2024-07-15\"", "\"asOf\": \"2023-12-31\""), "asOf",
                        "asOf must not be before the period 2024H1 starts"),
                Arguments.of(valid.replace("\"IN_PROGRESS_ON_SCHEDULE\"", "\"DONE\""), "statusUpdates[0].status", "DONE"),
                Arguments.of(valid.replace("\"percentComplete\": 40", "\"percentComplete\": 140"),
                        "statusUpdates[0].percentComplete", "must not be above 100"),
                Arguments.of(valid.replace("\"amount\": 20000", "\"amount\": -20000"),
                        "statusUpdates[0].spent[1].amount", "amount must not be negative"),
                Arguments.of(valid.replace("\"source\": \"FOREIGN\"", "\"source\": \"STATE_BUDGET_MTBP\""),
                        "statusUpdates[0].spent", "spent[1] repeats source STATE_BUDGET_MTBP in year 2024"),
                Arguments.of(valid.replace("\"activityId\": \"1.1.1.2\"", "\"activityId\": \"1.1.1.1\""),
                        "statusUpdates", "statusUpdates[1] repeats activity '1.1.1.1'"),
                Arguments.of(valid.replace("\"type\": \"ratio\"", "\"type\": \"fraction\""), "measurements[2].value",
                        "fraction"),
                Arguments.of(valid.replace("\"denominator\": 8", "\"denominator\": -8"),
                        "measurements[2].value.denominator", "denominator must not be negative"),
                Arguments.of(valid.replace("\"period\": \"2024Q2\"", "\"period\": \"2025Q2\""), "measurements",
                        "measurements[2] is for 2025Q2, which starts after the as-of date 2024-07-15"),
                Arguments.of(valid.replace("\"reportingInstitution\": \"MB\"", "\"reportingInstitution\": \"MB\", \"by\": 1"),
                        "by", "unknown property 'by' of MonitoringReport"),
                Arguments.of(valid.replace("\"illustrative\": true", "\"illustrative\": \"yes\""), "illustrative", "yes"));
    }

    @Test
    void locatesAMissingValueAtTheEndOfItsObject() {
        String json = PlanJson.write(SAMPLE).replace("\"currency\": \"ALL\",", "");
        assertThatExceptionOfType(PlanFormatException.class)
                .isThrownBy(() -> PlanJson.read(json, MonitoringReport.class))
                .satisfies(e -> {
                    assertThat(e.getPath()).isEqualTo("currency");
                    assertThat(e.getReason()).startsWith("currency must not be null when statusUpdates[0] reports spending");
                    assertThat(e.getLine()).isEqualTo((int) json.chars().filter(c -> c == '\n').count());
                });
    }

    @ParameterizedTest
    @MethodSource("data_malformed")
    void rejectsBadJsonWithLocationAndReason(String json, String path, String reason) {
        String valid = PlanJson.write(SAMPLE);
        assertThat(json).isNotEqualTo(valid);
        assertThatExceptionOfType(PlanFormatException.class)
                .isThrownBy(() -> PlanJson.read(json, MonitoringReport.class))
                .satisfies(e -> {
                    assertThat(e.getPath()).isEqualTo(path);
                    assertThat(e.getReason()).contains(reason).contains("(reading MonitoringReport)");
                    assertThat(e.getLine()).isPositive();
                    assertThat(e.getMessage()).startsWith("line " + e.getLine() + ", column " + e.getColumn());
                    int firstDifference = 0;
                    while (json.charAt(firstDifference) == valid.charAt(firstDifference)) {
                        firstDifference++;
                    }
                    int editedLine = (int) json.substring(0, firstDifference).chars().filter(c -> c == '\n').count() + 1;
                    // the error is located at or before the edit, never after it
                    assertThat(e.getLine()).isLessThanOrEqualTo(editedLine);
                });
    }

    @Test
    void rejectsAsOfDateBeforeThePeriod() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MonitoringReport.builder("r", "p", CalendarPeriod.year(2024), LocalDate.of(2023, 12, 31)).build())
                .withMessage("asOf must not be before the period 2024 starts: 2023-12-31");
    }

    @Test
    void rejectsTheSameSliceOfAnIndicatorTwice() {
        Measurement m = Measurement.of("i", CalendarPeriod.year(2024), new IndicatorValue.FlagValue(true));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MonitoringReport.builder("r", "p", CalendarPeriod.year(2024), LocalDate.of(2025, 1, 20))
                        .measurement(m).measurement(m).build())
                .withMessage("measurements[1] repeats indicator 'i' for 2024");
    }

    @Test
    void allowsTheSameIndicatorForDifferentPeriodsAndSlices() {
        MonitoringReport r = MonitoringReport.builder("r", "p", CalendarPeriod.year(2024), LocalDate.of(2025, 1, 20))
                .measurement(Measurement.of("i", CalendarPeriod.quarter(2024, 1), new IndicatorValue.NumberValue(BigDecimal.ONE)))
                .measurement(Measurement.of("i", CalendarPeriod.quarter(2024, 2), new IndicatorValue.NumberValue(BigDecimal.TEN)))
                .measurement(new Measurement("i", CalendarPeriod.quarter(2024, 2), new IndicatorValue.NumberValue(BigDecimal.ONE),
                        null, new java.util.TreeMap<>(java.util.Map.of("sex", "M")), null))
                .build();
        assertThat(r.measurements()).hasSize(3);
    }

    @Test
    void spendingWithoutCurrencyIsRejectedButStatusWithoutSpendingIsNot() {
        StatusUpdate spent = new StatusUpdate("a", ActivityStatus.COMPLETED, null,
                List.of(Expenditure.of(FundingSourceKind.FOREIGN, 2024, "1")), List.of(), null);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MonitoringReport.builder("r", "p", CalendarPeriod.year(2024), LocalDate.of(2024, 12, 31))
                        .status(spent).build())
                .withMessageContaining("currency must not be null");
        assertThat(MonitoringReport.builder("r", "p", CalendarPeriod.year(2024), LocalDate.of(2024, 12, 31))
                .status(StatusUpdate.of("a", ActivityStatus.COMPLETED)).note("n").build().note()).isEqualTo("n");
    }
}

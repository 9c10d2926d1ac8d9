package org.actionplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.actionplan.core.json.PlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeclaredFigureTests {

    static Stream<Arguments> data_spreadsheetError() {
        return Stream.of(
                Arguments.of("#REF!", "#REF!"),
                Arguments.of("ERROR:#REF!", "#REF!"),
                Arguments.of("#div/0!", "#DIV/0!"),
                Arguments.of("#VALUE!", "#VALUE!"),
                Arguments.of("#N/A", "#N/A"),
                Arguments.of("#NAME?", "#NAME?"),
                Arguments.of("#NUM!", "#NUM!"),
                Arguments.of("#NULL!", "#NULL!"),
                Arguments.of("(3,340,000)", null),
                Arguments.of("-8.81%", null),
                Arguments.of("#REF", null),
                Arguments.of("", null),
                Arguments.of(null, null));
    }

    @ParameterizedTest
    @MethodSource("data_spreadsheetError")
    void findsSpreadsheetErrorTokens(String text, String token) {
        assertThat(DeclaredFigure.spreadsheetError(text)).isEqualTo(token);
    }

    @Test
    void aFigureKeepsWhatWasPrintedAndItsErrorToken() {
        DeclaredFigure error = new DeclaredFigure("total", Metric.COST, DeclaredFigure.PLAN_SCOPE, null, null, null,
                "ERROR:#REF!", null, "ALL", SourceRef.of("004", "costing", 1573), null);
        assertThat(error.errorToken()).isEqualTo("#REF!");
        assertThat(error.value()).isNull();
        DeclaredFigure share = new DeclaredFigure("gap-share", Metric.GAP_SHARE, "plan", 2024, null, null, "-8.81%",
                new BigDecimal("-8.81"), "%", null, null);
        assertThat(share.errorToken()).isNull();
        assertThat(share.value()).isEqualByComparingTo("-8.81");
    }

    @Test
    void valueKeepsThePrintedPrecisionButNoNegativeScale() {
        DeclaredFigure exponent = figure(new BigDecimal("1E+3"));
        assertThat(exponent.value()).isEqualTo(new BigDecimal("1000")).hasToString("1000");
        assertThat(exponent).isEqualTo(figure(new BigDecimal("1000")));
        assertThat(figure(new BigDecimal("6000.00")).value()).hasToString("6000.00");
        assertThat(figure(new BigDecimal("-20.90")).value()).hasToString("-20.90");
        assertThat(figure(new BigDecimal("0E+2")).value()).hasToString("0");
    }

    @Test
    void valueWithAnExponentRoundTripsEqualThroughJson() {
        DeclaredFigure figure = figure(new BigDecimal("1E+3"));
        String json = PlanJson.write(figure);
        assertThat(json).contains("\"value\": 1000");
        assertThat(PlanJson.read(json, DeclaredFigure.class)).isEqualTo(figure);
    }

    @Test
    void valueWithTrailingZerosRoundTripsEqualThroughJson() {
        DeclaredFigure figure = figure(new BigDecimal("-20.90"));
        String json = PlanJson.write(figure);
        assertThat(json).contains("\"value\": -20.90");
        assertThat(PlanJson.read(json, DeclaredFigure.class)).isEqualTo(figure);
    }

    private static DeclaredFigure figure(BigDecimal value) {
        return new DeclaredFigure("f", Metric.COST, DeclaredFigure.PLAN_SCOPE, 2024, null, null, "printed", value,
                "ALL", null, null);
    }

    @Test
    void requiresIdMetricScopeAndPrintedText() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DeclaredFigure(" ", Metric.COST, "plan", null, null, null,
                "1", null, null, null, null)).withMessageContaining("id");
        assertThatNullPointerException().isThrownBy(() -> new DeclaredFigure("x", null, "plan", null, null, null,
                "1", null, null, null, null)).withMessageContaining("metric");
        assertThatIllegalArgumentException().isThrownBy(() -> new DeclaredFigure("x", Metric.COST, "", null, null, null,
                "1", null, null, null, null)).withMessageContaining("scope");
        assertThatNullPointerException().isThrownBy(() -> new DeclaredFigure("x", Metric.COST, "plan", null, null, null,
                null, null, null, null, null)).withMessageContaining("printed");
    }
}

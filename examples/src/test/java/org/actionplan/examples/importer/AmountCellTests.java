package org.actionplan.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AmountCellTests {

    static Stream<Arguments> data_cells() {
        return Stream.of(
                Arguments.of("3,340,000", AmountCell.Kind.NUMBER, "3340000", "3340000"),
                Arguments.of("(3,340,000)", AmountCell.Kind.NUMBER, "-3340000", null),
                Arguments.of("(900,000.00)", AmountCell.Kind.NUMBER, "-900000.00", null),
                Arguments.of("-69,582,000", AmountCell.Kind.NUMBER, "-69582000", null),
                Arguments.of("206933418", AmountCell.Kind.NUMBER, "206933418", "206933418"),
                Arguments.of(" 0 ", AmountCell.Kind.NUMBER, "0", "0"),
                Arguments.of("-", AmountCell.Kind.DASH, null, "0"),
                Arguments.of("", AmountCell.Kind.EMPTY, null, null),
                Arguments.of("ERROR:#REF!", AmountCell.Kind.ERROR, null, null),
                Arguments.of("ERROR:#DIV/0!", AmountCell.Kind.ERROR, null, null),
                Arguments.of("-8.81%", AmountCell.Kind.PERCENT, "-8.81", null),
                Arguments.of("62.1 %", AmountCell.Kind.PERCENT, "62.1", null),
                Arguments.of("- 0", AmountCell.Kind.TEXT, null, null),
                Arguments.of("shiko pse del shuma", AmountCell.Kind.TEXT, null, null));
    }

    @ParameterizedTest
    @MethodSource("data_cells")
    void cellsReadAsTheSpreadsheetPrintedThem(String printed, AmountCell.Kind kind, String value, String amount) {
        AmountCell cell = AmountCell.parse(printed);
        assertThat(cell.printed()).isEqualTo(printed);
        assertThat(cell.kind()).isEqualTo(kind);
        assertThat(cell.value()).isEqualTo(value == null ? null : new BigDecimal(value));
        assertThat(cell.amountOrNull()).isEqualTo(amount == null ? null : new BigDecimal(amount));
        assertThat(cell.isNothing()).isEqualTo(kind == AmountCell.Kind.DASH || kind == AmountCell.Kind.EMPTY);
    }
}

package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

import org.junit.jupiter.api.Test;

import org.actionplan.core.LocalizedText;

class ValueTests {

    @Test
    void planTextKeepsItsOwnLanguageFirstAndAddsTheReportLanguage() {
        Value v = Value.text(LocalizedText.sqEn("Masa", "Measure"), List.of("en", "sq"));
        assertThat(v).isEqualTo(new Value.Text("Masa", "sq", "Measure", "en"));
    }

    @Test
    void planTextInOneLanguageHasNoTranslation() {
        assertThat(Value.text(LocalizedText.of("sq", "Masa"), List.of("en"))).isEqualTo(new Value.Text("Masa", "sq", null, null));
    }

    @Test
    void translationFallsBackToAnyOtherLanguageOfTheText() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sq", "Masa");
        m.put("sr", "Mera");
        assertThat(Value.text(new LocalizedText(m), List.of("en"))).isEqualTo(new Value.Text("Masa", "sq", "Mera", "sr"));
    }

    @Test
    void nullPlanTextIsEmpty() {
        assertThat(Value.text(null, List.of("en"))).isEqualTo(Value.empty());
        assertThat(Value.empty().plain()).isEmpty();
    }

    @Test
    void translationNeedsItsLanguage() {
        assertThatThrownBy(() -> new Value.Text("a", null, "b", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyNeedsACurrencyAndOtherNumbersMustNotHaveOne() {
        assertThat(Value.money(BigDecimal.TEN, "ALL", 0).currency()).isEqualTo("ALL");
        assertThatThrownBy(() -> new Value.Number(BigDecimal.TEN, ColumnType.MONEY, 0, null))
                .hasMessageContaining("currency");
        assertThatThrownBy(() -> new Value.Number(BigDecimal.TEN, ColumnType.NUMBER, 0, "ALL"))
                .hasMessageContaining("currency");
    }

    @Test
    void numbersMustBeNumericKindsWithSaneDecimals() {
        assertThatThrownBy(() -> new Value.Number(BigDecimal.TEN, ColumnType.TEXT, 0, null)).hasMessageContaining("TEXT");
        assertThatThrownBy(() -> Value.number(BigDecimal.TEN, 11)).hasMessageContaining("decimals");
        assertThatThrownBy(() -> Value.number(BigDecimal.TEN, -1)).hasMessageContaining("decimals");
    }

    @Test
    void plainTextIsTheExactValueWithoutTrailingZeros() {
        assertThat(Value.percent(new BigDecimal("12.50"), 0).plain()).isEqualTo("12.5");
        assertThat(Value.number(new BigDecimal("1E+3"), 0).plain()).isEqualTo("1000");
        assertThat(Value.count(7).plain()).isEqualTo("7");
        assertThat(Value.date(LocalDate.of(2024, 3, 5)).plain()).isEqualTo("2024-03-05");
        assertThat(Value.text("x").plain()).isEqualTo("x");
    }
}

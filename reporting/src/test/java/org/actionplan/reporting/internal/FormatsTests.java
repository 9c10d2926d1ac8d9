package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.actionplan.reporting.Value;

class FormatsTests {

    private static final Formats SQ = new Formats(Locale.forLanguageTag("sq"));
    private static final Formats EN = new Formats(Locale.ENGLISH);

    @Test
    void albanianGroupsWithNoBreakSpaceAndUsesADecimalComma() {
        // What JDK 17's CLDR data gives for sq: U+00A0 between groups, comma before decimals.
        assertThat(SQ.decimal(new BigDecimal("1234567.89"), 2)).isEqualTo("1\u00a0234\u00a0567,89");
        assertThat(EN.decimal(new BigDecimal("1234567.89"), 2)).isEqualTo("1,234,567.89");
    }

    @Test
    void displayRoundsHalfEvenAndNeverShowsMinusZero() {
        assertThat(EN.decimal(new BigDecimal("2.5"), 0)).isEqualTo("2");
        assertThat(EN.decimal(new BigDecimal("3.5"), 0)).isEqualTo("4");
        assertThat(EN.decimal(new BigDecimal("0.125"), 2)).isEqualTo("0.12");
        assertThat(EN.decimal(new BigDecimal("-0.4"), 0)).isEqualTo("0");
        assertThat(EN.decimal(new BigDecimal("-1234.5"), 1)).isEqualTo("-1,234.5");
    }

    @Test
    void moneyStandingAloneCarriesItsCurrencyAndPercentagesTheirSign() {
        assertThat(SQ.standalone(Value.money(new BigDecimal("1000"), "ALL", 0))).isEqualTo("1\u00a0000 ALL");
        assertThat(SQ.cell(Value.money(new BigDecimal("1000"), "ALL", 0))).isEqualTo("1\u00a0000");
        assertThat(SQ.cell(Value.percent(new BigDecimal("12.5"), 1))).isEqualTo("12,5%");
        assertThat(EN.standalone(Value.count(3))).isEqualTo("3");
    }

    @Test
    void datesUseTheLocaleMediumStyle() {
        assertThat(EN.date(LocalDate.of(2024, 3, 5))).isEqualTo("Mar 5, 2024");
        assertThat(SQ.date(LocalDate.of(2024, 3, 5))).isEqualTo("5 mar 2024");
    }

    @Test
    void plainTextPutsTheTranslationOnItsOwnLine() {
        assertThat(EN.plain(new Value.Text("Masa", "sq", "Measure", "en"), false)).isEqualTo("Masa\nMeasure");
        assertThat(EN.plain(Value.empty(), true)).isEmpty();
        assertThat(EN.plain(Value.date(LocalDate.of(2024, 3, 5)), true)).isEqualTo("Mar 5, 2024");
    }
}

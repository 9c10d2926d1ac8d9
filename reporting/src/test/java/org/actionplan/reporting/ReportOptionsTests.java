package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.actionplan.core.money.ExchangeRate;

class ReportOptionsTests {

    @Test
    void conversionIsOptional() {
        ReportOptions o = ReportOptions.of(Locale.ENGLISH);
        assertThat(o.conversion()).isNull();
        ExchangeRate rate = ExchangeRate.of("EUR", "ALL", "110");
        assertThat(o.withConversion(rate).conversion()).isEqualTo(rate);
        assertThatThrownBy(() -> ReportOptions.of(null)).hasMessageContaining("locale");
    }
}

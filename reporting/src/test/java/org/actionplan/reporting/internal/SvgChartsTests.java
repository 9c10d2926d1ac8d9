package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SvgChartsTests {

    @Test
    void ticksStepByOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(SvgCharts.niceStep(new BigDecimal("1000000"))).isEqualByComparingTo("200000");
        assertThat(SvgCharts.niceStep(new BigDecimal("730000"))).isEqualByComparingTo("200000");
        assertThat(SvgCharts.niceStep(new BigDecimal("100"))).isEqualByComparingTo("20");
        assertThat(SvgCharts.niceStep(new BigDecimal("90"))).isEqualByComparingTo("20");
        assertThat(SvgCharts.niceStep(new BigDecimal("0.8"))).isEqualByComparingTo("0.2");
        assertThat(SvgCharts.niceStep(new BigDecimal("3"))).isEqualByComparingTo("1");
        assertThat(SvgCharts.niceStep(BigDecimal.ZERO)).isEqualByComparingTo("1");
    }

    @Test
    void shorteningNeverSplitsASurrogatePair() {
        String smileys = "\uD83D\uDE00".repeat(5);
        assertThat(SvgCharts.shorten(smileys, 3)).isEqualTo("\uD83D\uDE00\uD83D\uDE00\u2026");
        assertThat(SvgCharts.shorten("abc", 3)).isEqualTo("abc");
    }
}

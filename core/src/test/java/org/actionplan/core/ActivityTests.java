package org.actionplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;

class ActivityTests {

    private static final Activity WITHDRAWN = SamplePlans.small().activity("1.1.1.2").orElseThrow();

    @Test
    void toBuilderRebuildsAnEqualActivity() {
        Activity first = SamplePlans.small().activity("1.1.1.1").orElseThrow();
        assertThat(first.toBuilder().build()).isEqualTo(first);
        assertThat(WITHDRAWN.toBuilder().build()).isEqualTo(WITHDRAWN);
    }

    @Test
    void keepsThePrintedCodeBesideTheNormalisedOne() {
        assertThat(WITHDRAWN.rawCode()).isEqualTo("1.1.1.2.");
        assertThat(WITHDRAWN.code()).isEqualTo(Code.parse("1.1.1.2"));
        Activity uncoded = Activity.builder("x", LocalizedText.of("sq", "X")).code("a)").build();
        assertThat(uncoded.code()).isNull();
        assertThat(uncoded.rawCode()).isEqualTo("a)");
    }

    @Test
    void isInForceBetweenItsAmendmentDates() {
        assertThat(WITHDRAWN.isInForceOn(LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(WITHDRAWN.isInForceOn(LocalDate.of(2025, 3, 1))).isFalse();
        Activity added = WITHDRAWN.toBuilder().lifecycle(LocalDate.of(2024, 6, 1), null).build();
        assertThat(added.isInForceOn(LocalDate.of(2024, 5, 31))).isFalse();
        assertThat(added.isInForceOn(LocalDate.of(2024, 6, 1))).isTrue();
    }

    @Test
    void builderSetsEveryPart() {
        Activity a = Activity.builder("a", LocalizedText.of("sq", "A"))
                .code(Code.parse("1.2"), "1.2 ").description(LocalizedText.of("sq", "D"))
                .expectedResult(LocalizedText.of("sq", "R")).verification(LocalizedText.of("sq", "Raport"))
                .timeframes(List.of(new Timeframe.Ongoing("Në vazhdimësi")))
                .timeframe(Timeframe.Dated.within("2024", CalendarPeriod.year(2024)))
                .tag("children").weight(new BigDecimal("1.50")).note("n").build();
        assertThat(a.rawCode()).isEqualTo("1.2 ");
        assertThat(a.timeframes()).hasSize(2);
        assertThat(a.tags()).containsExactly("children");
        assertThat(a.weight()).isEqualTo(new BigDecimal("1.5"));
        assertThat(a.expectedResults()).hasSize(1);
        assertThat(a.verification()).hasSize(1);
        assertThat(a.notes()).containsExactly("n");
        assertThat(a.description().primary()).isEqualTo("D");
    }

    @Test
    void rejectsBlankIdMissingTitleAndNegativeWeight() {
        assertThatIllegalArgumentException().isThrownBy(() -> Activity.builder(" ", LocalizedText.of("sq", "A")).build());
        assertThatNullPointerException().isThrownBy(() -> Activity.builder("a", null).build()).withMessageContaining("title");
        assertThatIllegalArgumentException().isThrownBy(() -> Activity.builder("a", LocalizedText.of("sq", "A"))
                .weight(new BigDecimal("-0.1")).build()).withMessageContaining("weight");
    }
}

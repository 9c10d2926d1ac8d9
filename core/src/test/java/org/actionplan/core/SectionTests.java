package org.actionplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.actionplan.core.indicator.Direction;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.IndicatorType;

class SectionTests {

    private static final Section GOAL = SamplePlans.small().goals().get(0);

    @Test
    void toBuilderRebuildsAnEqualSection() {
        assertThat(GOAL.toBuilder().build()).isEqualTo(GOAL);
    }

    @Test
    void builderKeepsPrintedAndNormalisedCodesAndEveryPart() {
        Activity a = Activity.builder("a", LocalizedText.of("sq", "A")).build();
        Section s = Section.builder("2.1", SectionKind.OBJECTIVE, LocalizedText.of("sq", "Objektivi"))
                .code("2.1.").altCode("2.2").description(LocalizedText.of("sq", "Përshkrim"))
                .expectedResult(LocalizedText.of("sq", "Rezultat"))
                .indicator(Indicator.of("i", LocalizedText.of("sq", "I"), IndicatorType.NUMBER, Direction.INCREASE, null, List.of()))
                .budgetProgramText("10430").weight(new BigDecimal("2.0")).activities(List.of(a))
                .children(List.of()).source(SourceRef.of("004", null, 3)).note("shënim").build();
        assertThat(s.rawCode()).isEqualTo("2.1.");
        assertThat(s.code()).isEqualTo(Code.parse("2.1"));
        assertThat(s.altCodes()).containsExactly("2.2");
        assertThat(s.weight()).isEqualTo(new BigDecimal("2"));
        assertThat(s.activities()).containsExactly(a);
        assertThat(s.expectedResults()).hasSize(1);
        assertThat(s.indicators()).hasSize(1);
        assertThat(s.sources()).hasSize(1);
        assertThat(s.notes()).containsExactly("shënim");
        assertThat(s.budgetProgramText()).isEqualTo("10430");
        assertThat(s.description().primary()).isEqualTo("Përshkrim");
    }

    @Test
    void aPrintedLabelThatIsNotACodeLeavesTheCodeNull() {
        Section s = Section.builder("x", SectionKind.OTHER, LocalizedText.of("sq", "X")).code("Shtylla A").build();
        assertThat(s.rawCode()).isEqualTo("Shtylla A");
        assertThat(s.code()).isNull();
    }

    @Test
    void builderTakesANormalisedCodeAndThePrintedCodeSeparately() {
        Code code = Code.of(3).child(10);
        Section s = Section.builder("x", SectionKind.MEASURE, LocalizedText.of("sq", "X")).code(code, "3.10 ").build();
        assertThat(s.code()).isSameAs(code);
        assertThat(s.rawCode()).isEqualTo("3.10 ");
        Section unprinted = Section.builder("y", SectionKind.MEASURE, LocalizedText.of("sq", "Y")).code(code, null).build();
        assertThat(unprinted.code()).isEqualTo(Code.parse("3.10"));
        assertThat(unprinted.rawCode()).isNull();
    }

    @Test
    void listsOwnActivitiesBeforeThoseOfChildren() {
        Activity own = Activity.builder("own", LocalizedText.of("sq", "Own")).build();
        Section parent = GOAL.toBuilder().activity(own).build();
        assertThat(parent.allActivities()).extracting(Activity::id).containsExactly("own", "1.1.1.1", "1.1.1.2", "1.1.1.2.1");
    }

    @Test
    void rejectsANegativeWeight() {
        assertThatIllegalArgumentException().isThrownBy(() -> GOAL.toBuilder().weight(new BigDecimal("-1")).build())
                .withMessageContaining("weight");
    }
}

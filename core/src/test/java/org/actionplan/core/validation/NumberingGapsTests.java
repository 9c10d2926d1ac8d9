package org.actionplan.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.actionplan.core.Code;

class NumberingGapsTests {

    private static NumberingGaps.Result check(String parent, String... codes) {
        return NumberingGaps.check(Arrays.stream(codes).map(Code::parse).toList(),
                parent == null ? null : Code.parse(parent));
    }

    @Test
    void findsNothingInAListNumberedFromOneInOrder() {
        NumberingGaps.Result r = check("1.1", "1.1.1", "1.1.2", "1.1.3");
        assertThat(r.reported()).isFalse();
        assertThat(r.missing()).isEmpty();
        assertThat(check(null, "0", "1", "2").reported()).isFalse();
        assertThat(check("1", "1.(a)", "1.(b)").reported()).isFalse();
    }

    @Test
    void namesTheLostCodesAroundASiblingAttachedTooHigh() {
        // 003 III 2.(c): 2.(c).1 to 2.(c).5 printed, then 2.(c).7.2; 2.(c).6, 2.(c).7 and 2.(c).7.1 never printed
        NumberingGaps.Result r = check("2.(c)", "2.(c).1", "2.(c).2", "2.(c).3", "2.(c).4", "2.(c).5", "2.(c).7.2");
        assertThat(r.reported()).isTrue();
        assertThat(r.missing()).containsExactly("2.(c).6", "2.(c).7", "2.(c).7.1");
        assertThat(r.missingCount()).isEqualTo(3);
        assertThat(r.duplicated()).isEmpty();
        assertThat(r.outOfOrder()).isEmpty();
    }

    @Test
    void numbersLettersFromAAndRomanNumeralsFromOne() {
        assertThat(check("1", "1.(a)", "1.(c)").missing()).containsExactly("1.(b)");
        assertThat(check("1", "1.(b)").missing()).containsExactly("1.(a)");
        assertThat(check(null, "I", "III", "IV").missing()).containsExactly("II");
    }

    @Test
    void findsNoMissingLevelsUnderAPillarOrWithoutAParentCode() {
        // under a pillar the validator passes no parent: 1.(a).1 directly under III is not a gap of 1.(a)
        assertThat(check(null, "1.(a).1", "1.(a).2").reported()).isFalse();
    }

    @Test
    void leavesCodesThatDoNotExtendTheParentAndMixedKindsToOtherRules() {
        assertThat(check("1.1", "1.1.1", "1.2.3").reported()).isFalse();
        assertThat(check("1", "1.1", "1.(c)").reported()).isFalse();
    }

    @Test
    void reportsOrderButNotARepeatAlone() {
        NumberingGaps.Result repeat = check(null, "1", "2", "2");
        assertThat(repeat.reported()).isFalse();
        assertThat(repeat.duplicated()).containsExactly("2");
        NumberingGaps.Result swapped = check(null, "2", "1", "3");
        assertThat(swapped.reported()).isTrue();
        assertThat(swapped.outOfOrder()).containsExactly("1");
        assertThat(swapped.missing()).isEmpty();
    }

    @Test
    void namesAtMostTenMissingCodesAndCountsTheRest() {
        NumberingGaps.Result r = check(null, "1", "1000000");
        assertThat(r.missing()).hasSize(NumberingGaps.LISTED).startsWith("2", "3").endsWith("11");
        assertThat(r.missingCount()).isEqualTo(999_998);
        assertThat(r.missingText()).isEqualTo("2, 3, 4, 5, 6, 7, 8, 9, 10, 11, … (+999988)");
        assertThat(NumberingGaps.Result.text(List.of())).isEqualTo("-");
    }
}

package org.actionplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.actionplan.core.Code.SegmentKind;

class CodeTests {

    static Stream<Arguments> data_parse() {
        return Stream.of(
                Arguments.of("1.1.2", "1.1.2", 3),
                Arguments.of("2.1.2.10", "2.1.2.10", 4),
                Arguments.of("1.(g).2.1", "1.(g).2.1", 4),
                Arguments.of("2.1.2.5.", "2.1.2.5", 4),
                Arguments.of("4. (c). 4", "4.(c).4", 3),
                Arguments.of("II 1.(b)", "II.1.(b)", 3),
                Arguments.of("  3 ", "3", 1),
                Arguments.of("1.(G)", "1.(g)", 2),
                Arguments.of("01.02", "1.2", 2),
                Arguments.of("1\u00a02", "1.2", 2),
                Arguments.of("XIV", "XIV", 1));
    }

    @ParameterizedTest
    @MethodSource("data_parse")
    void parsesPrintedCodesToTheirCanonicalForm(String printed, String canonical, int depth) {
        Code code = Code.parse(printed);
        assertThat(code).hasToString(canonical);
        assertThat(code.depth()).isEqualTo(depth);
        assertThat(Code.parse(code.toString())).isEqualTo(code);
    }

    @Test
    void segmentsKnowTheirKindAndValue() {
        Code code = Code.parse("II 1.(b)");
        assertThat(code.segments()).extracting(Code.Segment::kind)
                .containsExactly(SegmentKind.ROMAN, SegmentKind.NUMBER, SegmentKind.LETTER);
        assertThat(code.segments()).extracting(Code.Segment::number).containsExactly(2, 1, (int) 'b');
        assertThat(Code.parse("XIV").last().number()).isEqualTo(14);
        assertThat(Code.parse("MCMXC").last().number()).isEqualTo(1990);
        assertThat(code.last().text()).isEqualTo("(b)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", ".", "abc", "1.x", "1.(gg)", "1.()", "1234567890", "IIII", "ii", "1-2", "(1)"})
    void rejectsTextThatIsNotACode(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Code.parse(text)).withMessageContaining("not a code");
        assertThat(Code.tryParse(text)).isEmpty();
    }

    @Test
    void rejectsNullButTryParseGivesEmpty() {
        assertThatNullPointerException().isThrownBy(() -> Code.parse(null));
        assertThat(Code.tryParse(null)).isEmpty();
        assertThat(Code.tryParse("1.2")).contains(Code.parse("1.2"));
    }

    static Stream<Arguments> data_ordering() {
        return Stream.of(
                Arguments.of("1.9", "1.10"),
                Arguments.of("1", "1.1"),
                Arguments.of("1.1", "1.1.1"),
                Arguments.of("1.2", "1.10.1"),
                Arguments.of("II", "1"),
                Arguments.of("I", "II"),
                Arguments.of("IV", "IX"),
                Arguments.of("1.9", "1.(a)"),
                Arguments.of("1.(a)", "1.(b)"),
                Arguments.of("1.(z)", "2"),
                Arguments.of("2.1.2.9", "2.1.2.10"));
    }

    @ParameterizedTest
    @MethodSource("data_ordering")
    void ordersSegmentBySegmentWithNumbersNumerically(String lower, String higher) {
        Code a = Code.parse(lower);
        Code b = Code.parse(higher);
        assertThat(a).isLessThan(b);
        assertThat(b).isGreaterThan(a);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void sortingPutsTenAfterNine() {
        List<Code> codes = new ArrayList<>();
        for (String s : new String[] {"1.10", "1.2", "1.9", "1.1", "1.(a)", "II", "1"}) {
            codes.add(Code.parse(s));
        }
        codes.sort(null);
        assertThat(codes).extracting(Code::toString).containsExactly("II", "1", "1.1", "1.2", "1.9", "1.10", "1.(a)");
    }

    @Test
    void equalCodesCompareAsZeroAndHashAlike() {
        Code a = Code.parse("2.1.2.5.");
        Code b = Code.parse("2.1.2.5");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isNotEqualTo("2.1.2.5");
    }

    @Test
    void knowsItsParentAndAncestors() {
        Code code = Code.parse("1.(g).2.1");
        assertThat(code.parent()).contains(Code.parse("1.(g).2"));
        assertThat(Code.parse("1").parent()).isEmpty();
        assertThat(code.isChildOf(Code.parse("1.(g).2"))).isTrue();
        assertThat(code.isChildOf(Code.parse("1.(g)"))).isFalse();
        assertThat(code.isDescendantOf(Code.parse("1.(g)"))).isTrue();
        assertThat(code.isDescendantOf(Code.parse("1.(h)"))).isFalse();
        assertThat(code.isDescendantOf(code)).isFalse();
        // codes repeat across pillars: 1.1 under pillar II is not 1.1 under pillar I
        assertThat(Code.parse("II.1.1").isDescendantOf(Code.parse("1"))).isFalse();
    }

    @Test
    void buildsChildrenWithoutParsing() {
        assertThat(Code.of(2).child(10)).isEqualTo(Code.parse("2.10"));
        assertThat(Code.parse("1.(g)").child(3)).isEqualTo(Code.parse("1.(g).3")).hasToString("1.(g).3");
        assertThat(Code.of(999_999_999)).isEqualTo(Code.parse("999999999"));
        assertThatIllegalArgumentException().isThrownBy(() -> Code.of(-1)).withMessageContaining("-1");
        assertThatIllegalArgumentException().isThrownBy(() -> Code.of(1).child(1_000_000_000));
    }

    @Test
    void smallNumbersAndLettersShareTheirSegments() {
        Code parsed = Code.parse("2.(b).255");
        Code built = Code.of(2).child(255);
        assertThat(parsed.segments().get(0)).isSameAs(built.segments().get(0));
        assertThat(parsed.segments().get(2)).isSameAs(built.segments().get(1));
        assertThat(parsed.segments().get(1)).isSameAs(Code.parse("1.(B)").segments().get(1));
        // larger numbers and other letters get their own, equal segments
        assertThat(Code.of(256).segments().get(0)).isEqualTo(Code.parse("256").segments().get(0))
                .isNotSameAs(Code.parse("256").segments().get(0));
        assertThat(Code.parse("1.(ë)").segments().get(1).text()).isEqualTo("(ë)");
    }

    @Test
    void segmentsAreUnmodifiable() {
        List<Code.Segment> segments = Code.parse("1.2").segments();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> segments.add(segments.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

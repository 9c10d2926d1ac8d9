package org.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import org.actionplan.core.Code;

/** Property tests of {@link Code}'s ordering (in core), driven by {@link Generators#code(RandomGenerator)}. */
class CodePropertiesTests {

    /**
     * Codes that are often equal or close to each other: a generated code, or a relative of an earlier
     * one drawn from a small pool (its parent, a child, the same code printed with a trailing dot).
     */
    private static Code related(RandomGenerator r) {
        Code code = Generators.code(new SplittableRandom(r.nextInt(40)));
        return switch (r.nextInt(4)) {
            case 0 -> code.parent().orElse(code);
            case 1 -> code.child(r.nextInt(1, 12));
            case 2 -> Code.parse(code + ".");
            default -> code;
        };
    }

    private static final Gen<Code> CODES = QuickTheoriesGens.from(CodePropertiesTests::related)
            .mix(QuickTheoriesGens.from(Generators::code));

    @Test
    void orderingIsConsistentWithEquals() {
        qt().withFixedSeed(1L).withExamples(2000).forAll(CODES, CODES).checkAssert((a, b) -> {
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
                assertThat(a.toString()).isEqualTo(b.toString());
            }
        });
    }

    @Test
    void orderingIsAntisymmetric() {
        qt().withFixedSeed(2L).withExamples(2000).forAll(CODES, CODES)
                .checkAssert((a, b) -> assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a))));
    }

    @Test
    void orderingIsTransitive() {
        qt().withFixedSeed(3L).withExamples(2000).forAll(CODES, CODES, CODES).checkAssert((a, b, c) -> {
            if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertThat(a.compareTo(c)).isNotPositive();
            }
        });
    }

    @Test
    void sortingGivesOneOrderWhateverTheInputOrder() {
        qt().withFixedSeed(4L).withExamples(200).forAll(QuickTheoriesGens.from(r -> {
            List<Code> codes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                codes.add(related(r));
            }
            return codes;
        })).checkAssert(codes -> {
            List<Code> sorted = new ArrayList<>(codes);
            Collections.sort(sorted);
            List<Code> reversed = new ArrayList<>(codes);
            Collections.reverse(reversed);
            Collections.sort(reversed);
            assertThat(reversed).isEqualTo(sorted);
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(sorted.get(i - 1)).isLessThanOrEqualTo(sorted.get(i));
            }
        });
    }

    @Test
    void canonicalTextParsesBackToAnEqualCode() {
        qt().withFixedSeed(5L).withExamples(2000).forAll(CODES)
                .checkAssert(code -> assertThat(Code.parse(code.toString())).isEqualTo(code));
    }
}

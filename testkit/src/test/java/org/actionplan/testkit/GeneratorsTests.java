package org.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.actionplan.core.Activity;
import org.actionplan.core.Code;
import org.actionplan.core.Plan;
import org.actionplan.core.indicator.IndicatorType;
import org.actionplan.core.money.Money;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Precision;
import org.actionplan.core.time.Timeframe;

class GeneratorsTests {

    private static final Currency ALL = Currency.getInstance("ALL");
    private static final PlanShape SHAPE = PlanShape.ofActivities(1).withPeriod(2020, 2023);

    static Stream<Arguments> data_factories() {
        return Stream.of(
                Arguments.of("code", (Function<RandomGenerator, Object>) Generators::code),
                Arguments.of("money", (Function<RandomGenerator, Object>) r -> Generators.money(r, ALL)),
                Arguments.of("amount", (Function<RandomGenerator, Object>) Generators::amount),
                Arguments.of("localizedText", (Function<RandomGenerator, Object>) Generators::localizedText),
                Arguments.of("calendarPeriod", (Function<RandomGenerator, Object>) Generators::calendarPeriod),
                Arguments.of("timeframe", (Function<RandomGenerator, Object>) r -> Generators.timeframe(r, 2020, 2023)),
                Arguments.of("indicator", (Function<RandomGenerator, Object>) r -> Generators.indicator(r, SHAPE)),
                Arguments.of("costEstimate", (Function<RandomGenerator, Object>) r -> Generators.costEstimate(r, SHAPE)),
                Arguments.of("institution", (Function<RandomGenerator, Object>) Generators::institution),
                Arguments.of("activity", (Function<RandomGenerator, Object>) r -> Generators.activity(r, SHAPE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("data_factories")
    void everyFactoryGivesTheSameValueForTheSameSeedAndVariesAcrossSeeds(String name, Function<RandomGenerator, Object> factory) {
        Set<Object> distinct = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            Object a = factory.apply(new SplittableRandom(seed));
            Object b = factory.apply(new SplittableRandom(seed));
            assertThat(a).as("seed %d", seed).isEqualTo(b);
            distinct.add(a);
        }
        assertThat(distinct).hasSizeGreaterThan(10);
    }

    @Test
    void codesRoundTripThroughTheirTextAndReachNumbersAboveNine() {
        SplittableRandom random = new SplittableRandom(1);
        Set<Code.SegmentKind> kinds = EnumSet.noneOf(Code.SegmentKind.class);
        boolean aboveNine = false;
        for (int i = 0; i < 2000; i++) {
            Code code = Generators.code(random);
            assertThat(Code.parse(code.toString())).isEqualTo(code);
            assertThat(code.depth()).isBetween(1, 5);
            code.segments().forEach(s -> kinds.add(s.kind()));
            aboveNine |= code.segments().stream().anyMatch(s -> s.kind() == Code.SegmentKind.NUMBER && s.number() > 9);
        }
        assertThat(kinds).containsExactlyInAnyOrder(Code.SegmentKind.values());
        assertThat(aboveNine).isTrue();
    }

    @Test
    void moneyIsInTheCurrencyAskedWithBothSignsAndZero() {
        SplittableRandom random = new SplittableRandom(2);
        List<Money> values = IntStream.range(0, 1000).mapToObj(i -> Generators.money(random, ALL)).toList();
        assertThat(values).allSatisfy(m -> {
            assertThat(m.currency()).isEqualTo(ALL);
            assertThat(m.amount().scale()).isEqualTo(2);
        });
        assertThat(values).anyMatch(Money::isZero).anyMatch(Money::isNegative).anyMatch(m -> m.amount().signum() > 0);
    }

    @Test
    void amountsAreNonNegativeAndNormalised() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            BigDecimal a = Generators.amount(random);
            assertThat(a.signum()).isNotNegative();
            assertThat(a.scale()).isBetween(0, 2);
            if (a.scale() > 0) {
                assertThat(a.unscaledValue().mod(java.math.BigInteger.TEN).signum()).as(a.toPlainString()).isPositive();
            }
        }
    }

    @Test
    void localizedTextsAreAlwaysInAlbanianFirst() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 500; i++) {
            assertThat(Generators.localizedText(random).primaryLanguage()).isEqualTo("sq");
        }
    }

    @Test
    void calendarPeriodsCoverEveryPrecisionWithinTheYears() {
        SplittableRandom random = new SplittableRandom(5);
        Set<Precision> seen = EnumSet.noneOf(Precision.class);
        for (int i = 0; i < 1000; i++) {
            CalendarPeriod p = Generators.calendarPeriod(random, 2010, 2012);
            assertThat(p.year()).isBetween(2010, 2012);
            assertThat(CalendarPeriod.parse(p.toString())).isEqualTo(p);
            seen.add(p.precision());
        }
        assertThat(seen).containsExactlyInAnyOrder(Precision.values());
        assertThatIllegalArgumentException().isThrownBy(() -> Generators.calendarPeriod(random, 2012, 2010));
    }

    @Test
    void timeframesCoverEveryFormWithPeriodsWithinTheYears() {
        SplittableRandom random = new SplittableRandom(6);
        Set<Class<?>> forms = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Timeframe t = Generators.timeframe(random, 2020, 2023);
            forms.add(t.getClass());
            if (t instanceof Timeframe.Dated d) {
                for (CalendarPeriod p : new CalendarPeriod[] {d.start(), d.end()}) {
                    if (p != null) {
                        assertThat(p.year()).isBetween(2020, 2023);
                    }
                }
                if (d.start() != null && d.end() != null) {
                    assertThat(d.start()).isLessThanOrEqualTo(d.end());
                }
            }
        }
        assertThat(forms).containsExactlyInAnyOrder(Timeframe.Dated.class, Timeframe.Ongoing.class,
                Timeframe.Recurring.class, Timeframe.Unparsed.class);
    }

    @Test
    void indicatorsCoverEveryTypeWithOneTargetPerYear() {
        SplittableRandom random = new SplittableRandom(7);
        Set<IndicatorType> types = EnumSet.noneOf(IndicatorType.class);
        for (int i = 0; i < 200; i++) {
            var indicator = Generators.indicator(random, SHAPE);
            types.add(indicator.type());
            assertThat(indicator.targets()).extracting(t -> t.period().year()).containsExactly(2020, 2021, 2022, 2023);
        }
        assertThat(types).containsExactlyInAnyOrder(IndicatorType.values());
    }

    @Test
    void costEstimatesFollowTheUnquantifiedShare() {
        SplittableRandom random = new SplittableRandom(8);
        assertThat(IntStream.range(0, 100).mapToObj(i -> Generators.costEstimate(random, SHAPE.withUnquantifiedShare(1))))
                .noneMatch(c -> c.isQuantified());
        assertThat(IntStream.range(0, 100).mapToObj(i -> Generators.costEstimate(random, SHAPE.withUnquantifiedShare(0))))
                .allMatch(c -> c.isQuantified() && c.years().keySet().stream().allMatch(y -> y >= 2020 && y <= 2023));
    }

    @Test
    void institutionsHaveTheirIdAsAcronym() {
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 100; i++) {
            var institution = Generators.institution(random);
            assertThat(institution.acronyms()).containsExactly(institution.id());
            assertThat(institution.names().in("en")).isPresent();
        }
    }

    @Test
    void activitiesResolveInThePlanOfTheSameShape() {
        Plan plan = PlanGenerator.generate(new SplittableRandom(10), SHAPE);
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            Activity a = Generators.activity(random, SHAPE);
            assertThat(a.code().depth()).isEqualTo(4);
            assertThat(a.responsibility().assignments())
                    .allSatisfy(x -> assertThat(plan.institution(x.institution())).isPresent());
            assertThat(plan.budgetPrograms()).anyMatch(b -> b.code().equals(a.budgetProgram()));
        }
    }
}

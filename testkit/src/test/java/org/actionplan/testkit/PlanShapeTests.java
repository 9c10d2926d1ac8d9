package org.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanShapeTests {

    @Test
    void ofActivitiesGivesTheDocumentedDefaults() {
        PlanShape shape = PlanShape.ofActivities(42);
        assertThat(shape).isEqualTo(new PlanShape(42, 3, 2, 3, 2024, 2025, "ALL", 20, 5, 0.1, 3, true));
        assertThat(shape.measures()).isEqualTo(18);
        assertThat(shape.currencyUnit().getCurrencyCode()).isEqualTo("ALL");
    }

    static Stream<Arguments> data_withers() {
        PlanShape d = PlanShape.ofActivities(10);
        return Stream.of(
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withActivities(7), new PlanShape(7, 3, 2, 3, 2024, 2025, "ALL", 20, 5, 0.1, 3, true)),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withGoals(4), new PlanShape(10, 4, 2, 3, 2024, 2025, "ALL", 20, 5, 0.1, 3, true)),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withObjectivesPerGoal(5), new PlanShape(10, 3, 5, 3, 2024, 2025, "ALL", 20, 5, 0.1, 3, true)),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withMeasuresPerObjective(1), new PlanShape(10, 3, 2, 1, 2024, 2025, "ALL", 20, 5, 0.1, 3, true)),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withFirstYear(2020), new PlanShape(10, 3, 2, 3, 2020, 2025, "ALL", 20, 5, 0.1, 3, true)),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withLastYear(2030), new PlanShape(10, 3, 2, 3, 2024, 2030, "ALL", 20, 5, 0.1, 3, true)),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withPeriod(2015, 2019), new PlanShape(10, 3, 2, 3, 2015, 2019, "ALL", 20, 5, 0.1, 3, true)),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withCurrency("EUR"), new PlanShape(10, 3, 2, 3, 2024, 2025, "EUR", 20, 5, 0.1, 3, true)),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withInstitutions(2), new PlanShape(10, 3, 2, 3, 2024, 2025, "ALL", 2, 5, 0.1, 3, true)),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withBudgetPrograms(9), new PlanShape(10, 3, 2, 3, 2024, 2025, "ALL", 20, 9, 0.1, 3, true)),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withUnquantifiedShare(0.5), new PlanShape(10, 3, 2, 3, 2024, 2025, "ALL", 20, 5, 0.5, 3, true)),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withFundingSources(6), new PlanShape(10, 3, 2, 3, 2024, 2025, "ALL", 20, 5, 0.1, 6, true)),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withOddities(false), new PlanShape(10, 3, 2, 3, 2024, 2025, "ALL", 20, 5, 0.1, 3, false)))
                .map(a -> Arguments.of(a.get()[0], a.get()[1], d));
    }

    @ParameterizedTest
    @MethodSource("data_withers")
    void eachWitherChangesOnlyItsComponent(UnaryOperator<PlanShape> wither, PlanShape expected, PlanShape start) {
        assertThat(wither.apply(start)).isEqualTo(expected);
    }

    static Stream<Arguments> data_invalid() {
        PlanShape d = PlanShape.ofActivities(10);
        return Stream.of(
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withActivities(-1), "activities"),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withGoals(0), "goals"),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withObjectivesPerGoal(0), "objectivesPerGoal"),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withMeasuresPerObjective(0), "measuresPerObjective"),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withPeriod(2025, 2024), "period"),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withPeriod(1000, 2024), "period"),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withCurrency("XYZ1"), "unknown currency"),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withInstitutions(0), "institutions"),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withBudgetPrograms(0), "budgetPrograms"),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withUnquantifiedShare(1.5), "unquantifiedShare"),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withUnquantifiedShare(Double.NaN), "unquantifiedShare"),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withFundingSources(0), "fundingSources"),
                Arguments.of((UnaryOperator<PlanShape>) s -> s.withFundingSources(7), "fundingSources"))
                .map(a -> Arguments.of(a.get()[0], a.get()[1], d));
    }

    @ParameterizedTest
    @MethodSource("data_invalid")
    void rejectsOutOfRangeComponentsNamingThem(UnaryOperator<PlanShape> wither, String named, PlanShape start) {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> wither.apply(start))
                .withMessageContaining(named);
    }

    @Test
    void rejectsANullCurrency() {
        assertThatNullPointerException().isThrownBy(() -> PlanShape.ofActivities(1).withCurrency(null))
                .withMessageContaining("currency");
    }
}

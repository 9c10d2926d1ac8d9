package org.actionplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChecksTests {

    static Stream<Arguments> data_decimal() {
        return Stream.of(
                Arguments.of("3340000.00", "3340000", 0),
                Arguments.of("2.50", "2.5", 1),
                Arguments.of("0.000", "0", 0),
                Arguments.of("1E+3", "1000", 0),
                Arguments.of("-12.340", "-12.34", 2));
    }

    @ParameterizedTest
    @MethodSource("data_decimal")
    void decimalStripsTrailingZerosWithoutANegativeScale(String in, String out, int scale) {
        BigDecimal value = Checks.decimal(new BigDecimal(in));
        assertThat(value).isEqualTo(new BigDecimal(out));
        assertThat(value.scale()).isEqualTo(scale);
        assertThat(Checks.decimal(null)).isNull();
    }

    @Test
    void everyZeroIsTheOneSharedZero() {
        assertThat(Checks.decimal(new BigDecimal("0"))).isSameAs(BigDecimal.ZERO);
        assertThat(Checks.decimal(new BigDecimal("0.00"))).isSameAs(BigDecimal.ZERO);
        assertThat(Checks.nonNegative(new BigDecimal("-0"), "capital")).isSameAs(BigDecimal.ZERO);
        BigDecimal seven = new BigDecimal("7");
        assertThat(Checks.decimal(seven)).isSameAs(seven);
    }

    @Test
    void emptySortedMapsAreOneSharedUnmodifiableMap() {
        SortedMap<Integer, String> empty = Checks.sortedMap(new HashMap<Integer, String>(), "years");
        assertThat(empty).isSameAs(Checks.<Integer, String>sortedMap(null, "other"))
                .isSameAs(Checks.sortedMap(new TreeMap<Integer, String>(), "x"));
        assertThat(empty.comparator()).isNull();
        assertThatThrownBy(() -> empty.put(1, "a")).isInstanceOf(UnsupportedOperationException.class);
        SortedMap<Integer, String> one = Checks.sortedMap(Map.of(1, "a"), "years");
        assertThat(one).containsExactly(Map.entry(1, "a")).isNotSameAs(empty);
        assertThat(empty).isEmpty();
    }

    @Test
    void listsAreCopiedUnmodifiableAndNullElementsNamed() {
        List<String> source = new ArrayList<>(List.of("a"));
        List<String> copy = Checks.list(source, "tags");
        source.add("b");
        assertThat(copy).containsExactly("a");
        assertThatThrownBy(() -> copy.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Checks.list(null, "tags")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> Checks.list(Arrays.asList("a", null), "tags"))
                .withMessage("tags[1] must not be null");
    }

    @Test
    void refusesNumbersWithMoreThanAHundredDigitsBeforeOrAfterThePointWithoutExpandingThem() {
        BigDecimal hundredNines = new BigDecimal("9".repeat(100));
        assertThat(Checks.bounded(hundredNines, "amount")).isSameAs(hundredNines);
        assertThat(Checks.bounded(new BigDecimal("1E+99"), "amount")).isEqualTo(new BigDecimal("1E+99"));
        assertThat(Checks.bounded(new BigDecimal("1E-100"), "amount")).isEqualTo(new BigDecimal("1E-100"));
        assertThat(Checks.decimal(new BigDecimal("0E+99"))).isEqualTo(BigDecimal.ZERO);
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.decimal(new BigDecimal("0E-999999999")))
                .withMessageContaining("after the decimal point");
        assertThat(Checks.bounded(null, "amount")).isNull();
        // twelve characters, a hundred million digits: refused before anything expands it
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.decimal(new BigDecimal("1E+99999999")))
                .withMessage("number must have at most 100 digits before the decimal point: 1E+99999999");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.nonNegative(new BigDecimal("-1E+101"), "capital"))
                .withMessage("capital must have at most 100 digits before the decimal point: -1E+101");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.decimal(new BigDecimal("1E-99999999")))
                .withMessage("number must have at most 100 digits after the decimal point: 1E-99999999");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.bounded(hundredNines.add(BigDecimal.ONE), "x"))
                .withMessageContaining("before the decimal point");
    }

    @Test
    void sortedMapCopiesASortedSourceAndStillChecksIt() {
        TreeMap<Integer, String> natural = new TreeMap<>(Map.of(2026, "c", 2024, "a", 2025, "b"));
        SortedMap<Integer, String> copy = Checks.sortedMap(natural, "years");
        natural.put(2023, "z");
        assertThat(copy.keySet()).containsExactly(2024, 2025, 2026);
        assertThat(Checks.sortedMap(copy, "years")).isEqualTo(copy).isNotSameAs(copy);
        TreeMap<Integer, String> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.putAll(Map.of(2024, "a", 2025, "b"));
        assertThat(Checks.sortedMap(reversed, "years").keySet()).containsExactly(2024, 2025);
        TreeMap<Integer, String> nullValue = new TreeMap<>();
        nullValue.put(2024, null);
        assertThatNullPointerException().isThrownBy(() -> Checks.sortedMap(nullValue, "years"))
                .withMessage("years[2024] must not be null");
    }

    @Test
    void mapsKeepOrderOrSortAndNameNullValues() {
        Map<Integer, String> source = new HashMap<>();
        source.put(2025, "b");
        source.put(2024, "a");
        assertThat(Checks.sortedMap(source, "years").keySet()).containsExactly(2024, 2025);
        assertThat(Checks.<Integer, String>sortedMap(null, "years")).isEmpty();
        assertThat(Checks.<String, String>map(null, "values")).isEmpty();
        Map<String, String> withNull = new HashMap<>();
        withNull.put("sq", null);
        assertThatNullPointerException().isThrownBy(() -> Checks.map(withNull, "values")).withMessageContaining("values[sq]");
    }

    @Test
    void notBlankAndNonNegativeNameTheValue() {
        assertThat(Checks.notBlank("x", "id")).isEqualTo("x");
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.notBlank(" ", "id")).withMessage("id must not be blank");
        assertThatNullPointerException().isThrownBy(() -> Checks.notBlank(null, "id")).withMessage("id must not be null");
        assertThat(Checks.nonNegative(new BigDecimal("1.10"), "amount")).isEqualTo(new BigDecimal("1.1"));
        assertThat(Checks.nonNegative(null, "amount")).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> Checks.nonNegative(new BigDecimal("-0.5"), "amount"))
                .withMessage("amount must not be negative: -0.5");
    }
}

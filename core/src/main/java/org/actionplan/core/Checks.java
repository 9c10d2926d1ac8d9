package org.actionplan.core;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Argument checks and defensive copies shared by the model's constructors.
 * <p>
 * Each check returns its argument, so it can be used inline. Not part of the stable API.
 */
public final class Checks {

    /**
     * The most digits a number of the model may have before, and after, the decimal point (100 each).
     * <p>
     * A number such as {@code 1E+99999999} is twelve characters long but its plain form has a hundred million
     * digits: normalising it, giving it a currency's scale or adding it to another amount would take minutes
     * and gigabytes. Such numbers are refused up front.
     */
    public static final int MAX_DIGITS = 100;

    private Checks() {
    }

    /**
     * Checks that a value is not null.
     *
     * @param <T>  the value type
     * @param value  the value, may be null
     * @param name  the name used in the message, not null
     * @return the value, never null
     * @throws NullPointerException if the value is null
     */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            // no message supplier: a capturing lambda here was allocated on every call, in every record constructor
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    /**
     * Checks that a string is neither null nor blank.
     *
     * @param value  the value, may be null
     * @param name  the name used in the message, not null
     * @return the value, never null
     * @throws NullPointerException if the value is null
     * @throws IllegalArgumentException if the value is blank
     */
    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Returns an unmodifiable copy of a list, or an empty list for null.
     *
     * @param <T>  the element type
     * @param list  the list, may be null
     * @param name  the name used in the message for a null element, not null
     * @return the copy, never null
     * @throws NullPointerException if an element is null
     */
    public static <T> List<T> list(List<T> list, String name) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "] must not be null");
            }
        }
        // List.copyOf keeps one or two elements in one small object and more in one array: about 300 bytes
        // less per activity than an unmodifiable wrapper around an ArrayList (docs/benchmarks.md, memory)
        return List.copyOf(list);
    }

    /**
     * Returns an unmodifiable, insertion-ordered copy of a map, or an empty map for null.
     *
     * @param <K>  the key type
     * @param <V>  the value type
     * @param map  the map, may be null
     * @param name  the name used in the message for a null key or value, not null
     * @return the copy, never null
     * @throws NullPointerException if a key or value is null
     */
    public static <K, V> Map<K, V> map(Map<K, V> map, String name) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        if (map.size() <= SmallMap.MAX_SIZE) {
            // a few entries (the languages of a localized text) in one array: about 200 bytes less per map
            Object[] table = new Object[2 * map.size()];
            int[] next = {0};
            map.forEach((k, v) -> {
                table[next[0]++] = checkedKey(k, name);
                table[next[0]++] = checkedValue(k, v, name);
            });
            return new SmallMap<>(table);
        }
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(checkedKey(k, name), checkedValue(k, v, name)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Returns an unmodifiable copy of a map sorted by key, or an empty map for null.
     * <p>
     * A map already sorted by the keys' natural order is copied in linear time, without sorting again.
     *
     * @param <K>  the key type
     * @param <V>  the value type
     * @param map  the map, may be null
     * @param name  the name used in the message for a null key or value, not null
     * @return the copy, never null
     * @throws NullPointerException if a key or value is null
     */
    public static <K extends Comparable<K>, V> SortedMap<K, V> sortedMap(Map<K, V> map, String name) {
        if (map == null || map.isEmpty()) {
            return emptySortedMap();
        }
        if (map instanceof SortedMap<K, V> sorted && sorted.comparator() == null) {
            // already in natural order (e.g. a copy made by this method): check, then copy without re-sorting
            sorted.forEach((k, v) -> checkedValue(checkedKey(k, name), v, name));
            return Collections.unmodifiableSortedMap(new TreeMap<>(sorted));
        }
        TreeMap<K, V> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(checkedKey(k, name), checkedValue(k, v, name)));
        return Collections.unmodifiableSortedMap(copy);
    }

    /** The empty sorted map every empty copy shares: a model has many (unquantified years, no disaggregation). */
    private static final SortedMap<Object, Object> EMPTY_SORTED = Collections.unmodifiableSortedMap(new TreeMap<>());

    @SuppressWarnings("unchecked")
    private static <K, V> SortedMap<K, V> emptySortedMap() {
        return (SortedMap<K, V>) (SortedMap<?, ?>) EMPTY_SORTED;
    }

    // The messages are built only on failure: these run for every entry of every map of a plan being read.
    private static <K> K checkedKey(K key, String name) {
        if (key == null) {
            throw new NullPointerException(name + " key must not be null");
        }
        return key;
    }

    private static <V> V checkedValue(Object key, V value, String name) {
        if (value == null) {
            throw new NullPointerException(name + "[" + key + "] must not be null");
        }
        return value;
    }

    /**
     * Normalises an amount of money or a quantity: trailing zeros stripped, scale never negative.
     * <p>
     * {@code 3340000.00} becomes {@code 3340000}; {@code 2.50} becomes {@code 2.5}. The value is unchanged,
     * so no rounding takes place. Equal values therefore compare equal with {@code equals} after normalising.
     *
     * @param value  the value, may be null
     * @return the normalised value, null if the value was null
     * @throws IllegalArgumentException if the value has more than {@link #MAX_DIGITS} digits before or after
     *         the decimal point
     */
    public static BigDecimal decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        bounded(value, "number");
        if (value.scale() == 0) {
            // an integer with scale 0 is already normal: no trailing fraction zeros to strip. Zero, the most
            // common amount (a year without capital cost), shares one instance (BigDecimal is immutable)
            return value.signum() == 0 ? BigDecimal.ZERO : value;
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Normalises an amount with {@link #decimal(BigDecimal)} and checks it is not negative.
     *
     * @param value  the value, may be null
     * @param name  the name used in the message, not null
     * @return the normalised value, null if the value was null
     * @throws IllegalArgumentException if the value is negative, or has more than {@link #MAX_DIGITS} digits
     *         before or after the decimal point
     */
    public static BigDecimal nonNegative(BigDecimal value, String name) {
        bounded(value, name);
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value.toPlainString());
        }
        return decimal(value);
    }

    /**
     * Checks that a number has at most {@link #MAX_DIGITS} digits before and after the decimal point, so that
     * exact arithmetic on it stays cheap. The check itself does not expand the number.
     *
     * @param value  the value, may be null
     * @param name  the name used in the message, not null
     * @return the value unchanged, null if it was null
     * @throws IllegalArgumentException if the value has more digits than that
     */
    public static BigDecimal bounded(BigDecimal value, String name) {
        if (value != null) {
            // digits before the point: precision - scale; digits after it: scale (trailing zeros included).
            // Zero is no exception: giving 0E-999999999 a scale of 2 would compute ten to the 999999997th.
            long before = (long) value.precision() - value.scale();
            if (before > MAX_DIGITS || value.scale() > MAX_DIGITS) {
                throw new IllegalArgumentException(name + " must have at most " + MAX_DIGITS + " digits "
                        + (before > MAX_DIGITS ? "before" : "after") + " the decimal point: " + value);
            }
        }
        return value;
    }
}

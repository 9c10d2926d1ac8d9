package org.actionplan.examples.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.indicator.Baseline;
import org.actionplan.core.indicator.Comparator;
import org.actionplan.core.indicator.Direction;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.IndicatorType;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.indicator.Target;
import org.actionplan.core.time.CalendarPeriod;

/**
 * Reads an indicator from the cells of an action table: its text, a baseline and yearly targets, all as
 * printed.
 * <p>
 * The type is read from the cells, since the tables give no unit: a cell saying "increasing"
 * ({@code Rritës}, {@code Rrites}) makes a qualitative indicator with {@link Comparator#INCREASE} targets;
 * a {@code %} makes a percentage; values that are all 0 or 1 on an indicator whose text does not start
 * with "Numri" ("number of") make a 0/1 milestone; other numbers make a count. A dash is "no value"; any
 * other text is kept as a text value. Every printed cell is kept in the {@code text} of its baseline or
 * target. This class is immutable and thread-safe.
 */
public final class IndicatorCells {

    private static final Pattern INCREASING = Pattern.compile("(?i)^\\s*rrit[eë]s\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*-?\\d+([.,]\\d+)?\\s*$");
    private static final Pattern PERCENT = Pattern.compile("^\\s*-?\\d+([.,]\\d+)?\\s*%\\s*$");

    private IndicatorCells() {
    }

    /**
     * Reads an indicator.
     *
     * @param id  the indicator id, not blank
     * @param language  the language of the text, not null
     * @param text  the indicator cell, not null
     * @param baselineYear  the baseline year
     * @param baseline  the baseline cell, not null (empty if none)
     * @param targets  the target cells by year, not null (empty cells produce no target)
     * @return the indicator, never null
     */
    public static Indicator read(String id, String language, String text, int baselineYear, String baseline,
            Map<Integer, String> targets) {
        Objects.requireNonNull(baseline, "baseline must not be null");
        SortedMap<Integer, String> printed = new TreeMap<>(Objects.requireNonNull(targets, "targets must not be null"));
        List<String> cells = new ArrayList<>(printed.values());
        cells.add(baseline);
        IndicatorType type = type(text, cells);
        List<Target> list = new ArrayList<>();
        BigDecimal last = null;
        for (Map.Entry<Integer, String> e : printed.entrySet()) {
            String cell = e.getValue().strip();
            if (cell.isEmpty()) {
                continue;
            }
            IndicatorValue value = value(type, cell);
            Comparator comparator = INCREASING.matcher(cell).matches() ? Comparator.INCREASE
                    : type == IndicatorType.MILESTONE ? Comparator.EXACTLY : Comparator.AT_LEAST;
            list.add(new Target(CalendarPeriod.year(e.getKey()), comparator, value, e.getValue()));
            if (value != null && value.numeric() != null) {
                last = value.numeric();
            }
        }
        String base = baseline.strip();
        IndicatorValue baseValue = base.isEmpty() || base.equals("-") ? null : value(type, base);
        Baseline b = base.isEmpty() ? null : new Baseline(CalendarPeriod.year(baselineYear), baseValue, baseline);
        Direction direction = direction(type, baseValue, last);
        return new Indicator(id, LocalizedText.of(language, text), type, type == IndicatorType.PERCENTAGE ? "%" : null,
                direction, b, list, List.of(), null, null, null, List.of());
    }

    private static IndicatorType type(String text, List<String> cells) {
        boolean numeric = false;
        boolean zeroOne = true;
        for (String c : cells) {
            String s = c.strip();
            if (INCREASING.matcher(s).matches()) {
                return IndicatorType.QUALITATIVE;
            }
            if (PERCENT.matcher(s).matches()) {
                return IndicatorType.PERCENTAGE;
            }
            if (NUMBER.matcher(s).matches()) {
                numeric = true;
                BigDecimal v = number(s);
                zeroOne &= v.compareTo(BigDecimal.ZERO) == 0 || v.compareTo(BigDecimal.ONE) == 0;
            }
        }
        boolean count = text.strip().toLowerCase(Locale.ROOT).startsWith("numri");
        if (numeric && zeroOne && !count) {
            return IndicatorType.MILESTONE;
        }
        return numeric || cells.stream().allMatch(c -> c.isBlank() || c.strip().equals("-"))
                ? IndicatorType.NUMBER : IndicatorType.QUALITATIVE;
    }

    private static IndicatorValue value(IndicatorType type, String cell) {
        if (INCREASING.matcher(cell).matches()) {
            return null;
        }
        if (PERCENT.matcher(cell).matches()) {
            return new IndicatorValue.PercentValue(number(cell.replace("%", "")));
        }
        if (NUMBER.matcher(cell).matches()) {
            BigDecimal v = number(cell);
            return type == IndicatorType.MILESTONE ? new IndicatorValue.FlagValue(v.signum() != 0)
                    : new IndicatorValue.NumberValue(v);
        }
        return new IndicatorValue.TextValue(cell);
    }

    private static Direction direction(IndicatorType type, IndicatorValue base, BigDecimal last) {
        if (type == IndicatorType.QUALITATIVE || type == IndicatorType.MILESTONE) {
            return Direction.INCREASE;
        }
        if (base == null || base.numeric() == null || last == null) {
            return Direction.INCREASE;
        }
        int c = last.compareTo(base.numeric());
        return c > 0 ? Direction.INCREASE : c < 0 ? Direction.DECREASE : Direction.MAINTAIN;
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.strip().replace(',', '.'));
    }
}

package org.actionplan.testkit;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

import org.actionplan.core.Activity;
import org.actionplan.core.Code;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.indicator.Baseline;
import org.actionplan.core.indicator.Comparator;
import org.actionplan.core.indicator.Direction;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.IndicatorType;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.indicator.Target;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.institution.InstitutionKind;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.Money;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Precision;
import org.actionplan.core.time.Timeframe;

/**
 * Seeded generators of single domain values, for property tests in any framework.
 * <p>
 * Each factory draws from the {@link RandomGenerator} it is given and nothing else, so the same seed
 * gives the same value. To drive them from a property-testing library, wrap one in that library's
 * generator type: draw a seed from the library and call the factory with a new
 * {@code SplittableRandom(seed)}. Values are valid (their constructors accept them) and cover the
 * awkward cases real plans have: codes with letters and Roman numerals and numbers above 9, amounts of
 * every size and scale, every period precision, every timeframe form, unquantified costs.
 * This class is immutable and thread-safe.
 */
public final class Generators {

    private static final String[][] WORDS = {
        {"trafikim", "trafficking"}, {"mbrojtje", "protection"}, {"fëmijë", "children"}, {"çështje", "case"},
        {"parandalim", "prevention"}, {"bashkëpunim", "cooperation"}, {"strehëz", "shelter"}, {"ligj", "law"},
    };
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    private static final String[] THIRD_LANGUAGES = {"sr", "fr", "de"};

    private Generators() {
    }

    //-----------------------------------------------------------------------
    /**
     * Generates a code of 1 to 5 segments: numbers from 1 to 15 (so that {@code 10} follows {@code 9}),
     * sometimes a letter in parentheses after the first segment, sometimes a Roman pillar numeral first.
     *
     * @param random  the random source, not null
     * @return the code, never null
     */
    public static Code code(RandomGenerator random) {
        Objects.requireNonNull(random, "random must not be null");
        int depth = random.nextInt(1, 6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (i > 0) {
                sb.append('.');
            }
            int r = random.nextInt(100);
            if (i == 0 && r < 10) {
                sb.append(ROMAN[random.nextInt(ROMAN.length)]);
            } else if (i > 0 && r < 15) {
                sb.append('(').append((char) ('a' + random.nextInt(8))).append(')');
            } else {
                sb.append(random.nextInt(1, 16));
            }
        }
        return Code.parse(sb.toString());
    }

    /**
     * Generates money in a currency: often zero or small, otherwise up to 10<sup>15</sup> minor units,
     * of either sign.
     *
     * @param random  the random source, not null
     * @param currency  the currency, not null
     * @return the money, never null
     */
    public static Money money(RandomGenerator random, Currency currency) {
        Objects.requireNonNull(random, "random must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        int r = random.nextInt(100);
        long minor;
        if (r < 5) {
            minor = 0;
        } else if (r < 30) {
            minor = random.nextLong(-1000, 1001);
        } else {
            minor = random.nextLong(-1_000_000_000_000_000L, 1_000_000_000_000_001L);
        }
        return Money.ofMinor(minor, currency);
    }

    /**
     * Generates a non-negative amount as the model stores one: whole or with up to two decimals, trailing
     * zeros stripped, never a negative scale; zero and round thousands are frequent.
     *
     * @param random  the random source, not null
     * @return the amount, never null
     */
    public static BigDecimal amount(RandomGenerator random) {
        Objects.requireNonNull(random, "random must not be null");
        int r = random.nextInt(100);
        BigDecimal value;
        if (r < 5) {
            value = BigDecimal.ZERO;
        } else if (r < 50) {
            value = BigDecimal.valueOf(random.nextLong(1, 100_000) * 1000L);
        } else {
            value = BigDecimal.valueOf(random.nextLong(0, 1_000_000_000_000L), random.nextInt(3));
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Generates a text in Albanian, often also in English, sometimes in a third language, with Albanian
     * letters ({@code ë}, {@code ç}).
     *
     * @param random  the random source, not null
     * @return the text, never null
     */
    public static LocalizedText localizedText(RandomGenerator random) {
        Objects.requireNonNull(random, "random must not be null");
        String[] words = WORDS[random.nextInt(WORDS.length)];
        String suffix = " " + random.nextInt(1, 1000);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("sq", capitalise(words[0]) + suffix);
        int r = random.nextInt(100);
        if (r >= 30) {
            values.put("en", capitalise(words[1]) + suffix);
        }
        if (r >= 90) {
            values.put(THIRD_LANGUAGES[random.nextInt(THIRD_LANGUAGES.length)], words[1] + suffix);
        }
        return new LocalizedText(values);
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * Generates a period of any precision in a year from 2000 to 2030.
     *
     * @param random  the random source, not null
     * @return the period, never null
     */
    public static CalendarPeriod calendarPeriod(RandomGenerator random) {
        return calendarPeriod(random, 2000, 2030);
    }

    /**
     * Generates a period of any precision within a range of years.
     *
     * @param random  the random source, not null
     * @param firstYear  the first year allowed, at least 1000
     * @param lastYear  the last year allowed, at most 9999, not before the first
     * @return the period, never null
     * @throws IllegalArgumentException if the range is invalid
     */
    public static CalendarPeriod calendarPeriod(RandomGenerator random, int firstYear, int lastYear) {
        Objects.requireNonNull(random, "random must not be null");
        if (firstYear < 1000 || lastYear > 9999 || lastYear < firstYear) {
            throw new IllegalArgumentException("years must lie within 1000-9999, not inverted: " + firstYear + "-" + lastYear);
        }
        int year = random.nextInt(firstYear, lastYear + 1);
        Precision precision = Precision.values()[random.nextInt(Precision.values().length)];
        int index = switch (precision) {
            case YEAR -> 0;
            case HALF -> random.nextInt(1, 3);
            case QUARTER, SEASON -> random.nextInt(1, 5);
            case MONTH -> random.nextInt(1, 13);
            case PART -> random.nextInt(1, 4);
        };
        return new CalendarPeriod(year, precision, index);
    }

    /**
     * Generates a timeframe of any form: dated (within a period, between two, deadline-only, open-ended),
     * ongoing, recurring or unparsed. Every period lies within the years given.
     *
     * @param random  the random source, not null
     * @param firstYear  the first year, at least 1000
     * @param lastYear  the last year, at most 9999, not before the first
     * @return the timeframe, never null
     * @throws IllegalArgumentException if the range is invalid
     */
    public static Timeframe timeframe(RandomGenerator random, int firstYear, int lastYear) {
        CalendarPeriod a = calendarPeriod(random, firstYear, lastYear);
        int r = random.nextInt(100);
        if (r < 30) {
            return Timeframe.Dated.within(a.toString(), a);
        }
        if (r < 55) {
            CalendarPeriod b = calendarPeriod(random, firstYear, lastYear);
            CalendarPeriod start = a.compareTo(b) <= 0 ? a : b;
            CalendarPeriod end = start == a ? b : a;
            return new Timeframe.Dated(start + " - " + end, start, end);
        }
        if (r < 65) {
            return new Timeframe.Dated("deri në " + a, null, a);
        }
        if (r < 75) {
            return new Timeframe.Dated(a + " – në vazhdim", a, null);
        }
        if (r < 85) {
            return new Timeframe.Ongoing("Në vazhdimësi");
        }
        if (r < 93) {
            Month month = Month.of(random.nextInt(1, 13));
            return new Timeframe.Recurring("deri në " + month.getValue() + " të çdo viti", month,
                    random.nextBoolean() ? CalendarPeriod.year(a.year()) : null);
        }
        return new Timeframe.Unparsed(random.nextBoolean() ? "" : "sipas nevojës", "no rule matches the text");
    }

    /**
     * Generates an indicator of any type (number, percentage with ratios, milestone, qualitative), with or
     * without a baseline, unit, verification, source, frequency and disaggregation, and targets in the
     * shape's period. Its id is {@code ind-} followed by a number.
     *
     * @param random  the random source, not null
     * @param shape  the shape giving the period, not null
     * @return the indicator, never null
     */
    public static Indicator indicator(RandomGenerator random, PlanShape shape) {
        Objects.requireNonNull(random, "random must not be null");
        Objects.requireNonNull(shape, "shape must not be null");
        IndicatorType type = IndicatorType.values()[random.nextInt(IndicatorType.values().length)];
        Direction direction = Direction.values()[random.nextInt(Direction.values().length)];
        Baseline baseline = random.nextInt(100) < 30 ? null
                : new Baseline(random.nextBoolean() ? CalendarPeriod.year(shape.firstYear() - 1) : null,
                        value(random, type), random.nextBoolean() ? "-" : null);
        List<Target> targets = new ArrayList<>();
        for (int year = shape.firstYear(); year <= shape.lastYear(); year++) {
            if (random.nextInt(100) < 20) {
                targets.add(new Target(CalendarPeriod.year(year), Comparator.INCREASE, null, "Rritës"));
            } else {
                Comparator comparator = Comparator.values()[random.nextInt(3)];
                targets.add(new Target(CalendarPeriod.year(year), comparator, value(random, type), null));
            }
        }
        boolean full = random.nextBoolean();
        return new Indicator("ind-" + random.nextInt(1, 1_000_000), localizedText(random), type,
                full ? (type == IndicatorType.PERCENTAGE ? "%" : "persona") : null, direction, baseline, targets,
                full ? List.of(localizedText(random)) : List.of(), full ? "INSTAT" : null, full ? "vjetore" : null,
                full ? Boolean.valueOf(random.nextBoolean()) : null, full ? List.of("sex", "age") : List.of());
    }

    private static IndicatorValue value(RandomGenerator random, IndicatorType type) {
        return switch (type) {
            case NUMBER -> new IndicatorValue.NumberValue(BigDecimal.valueOf(random.nextInt(0, 100_000), random.nextInt(2)));
            case PERCENTAGE -> random.nextBoolean()
                    ? new IndicatorValue.PercentValue(BigDecimal.valueOf(random.nextInt(0, 1001), 1))
                    : new IndicatorValue.RatioValue(BigDecimal.valueOf(random.nextInt(0, 50)),
                            BigDecimal.valueOf(random.nextInt(0, 100)));
            case MILESTONE -> new IndicatorValue.FlagValue(random.nextBoolean());
            case QUALITATIVE -> new IndicatorValue.TextValue(random.nextBoolean() ? "i mirë" : "i mjaftueshëm");
        };
    }

    /**
     * Generates a cost estimate as {@link PlanGenerator} does for one activity: unquantified with the
     * probability {@code shape.unquantifiedShare()}, else amounts per year of the shape's period with
     * funding lines that never exceed the cost.
     *
     * @param random  the random source, not null
     * @param shape  the shape, not null
     * @return the estimate, never null
     */
    public static CostEstimate costEstimate(RandomGenerator random, PlanShape shape) {
        Engine engine = engine(random, shape);
        return quantified(random, shape) ? engine.quantifiedCost(null, null) : engine.unquantifiedCost();
    }

    /**
     * Generates an institution with a random kind, names in Albanian and English, an acronym, sometimes
     * aliases, a parent and a note.
     *
     * @param random  the random source, not null
     * @return the institution, never null
     */
    public static Institution institution(RandomGenerator random) {
        Objects.requireNonNull(random, "random must not be null");
        int n = random.nextInt(1, 10_000);
        String id = "I" + n;
        InstitutionKind kind = InstitutionKind.values()[random.nextInt(InstitutionKind.values().length)];
        List<String> aliases = random.nextInt(100) < 30 ? List.of("Institucioni nr. " + n, id.toLowerCase(java.util.Locale.ROOT))
                : List.of();
        String parent = random.nextInt(100) < 20 ? "MB" : null;
        String note = random.nextInt(100) < 10 ? "(inferred)" : null;
        return new Institution(id, LocalizedText.sqEn("Institucioni " + n, "Institution " + n), List.of(id), aliases,
                kind, parent, note);
    }

    /**
     * Generates one activity as {@link PlanGenerator} does, with a random four-level numeric code as its
     * id. Its institutions and budget programme resolve in the registries of a plan generated with the
     * same shape.
     *
     * @param random  the random source, not null
     * @param shape  the shape, not null
     * @return the activity, never null
     */
    public static Activity activity(RandomGenerator random, PlanShape shape) {
        Engine engine = engine(random, shape);
        Code code = Code.of(random.nextInt(1, 10)).child(random.nextInt(1, 10)).child(random.nextInt(1, 10))
                .child(random.nextInt(1, 20));
        return engine.activity(code, code.toString(), quantified(random, shape), null);
    }

    private static Engine engine(RandomGenerator random, PlanShape shape) {
        Objects.requireNonNull(random, "random must not be null");
        Objects.requireNonNull(shape, "shape must not be null");
        return new Engine(random, shape);
    }

    private static boolean quantified(RandomGenerator random, PlanShape shape) {
        return shape.unquantifiedShare() == 0 || random.nextDouble() >= shape.unquantifiedShare();
    }
}

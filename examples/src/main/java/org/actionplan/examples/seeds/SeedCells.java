package org.actionplan.examples.seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.indicator.Direction;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.IndicatorType;
import org.actionplan.core.time.Timeframe;
import org.actionplan.core.time.TimeframeParser;

/**
 * How the seed readers turn printed cells into model values. Every rule here is the same for all seeds.
 */
final class SeedCells {

    /** An enumeration marker at the start of the cell or after whitespace: {@code a)}, {@code b)}, {@code 1.}. */
    private static final Pattern LETTER_ITEM = Pattern.compile("(?:^|\\s)([a-h])\\)\\s");

    private SeedCells() {
    }

    /** A reference to a line of a part of a seed. */
    static org.actionplan.core.SourceRef ref(String seed, String part, int line) {
        return org.actionplan.core.SourceRef.of(seed, part, line);
    }

    /** Albanian text. */
    static LocalizedText sq(String text) {
        return LocalizedText.of("sq", text);
    }

    /**
     * Splits a printed indicator cell into indicators. A cell is split only where it is clearly an enumeration:
     * it starts with {@code a)} and the following letters {@code b)}, {@code c)} appear in order. Anything else
     * (several indicators run together without markers) stays one indicator, as printed.
     * Type: NUMBER when the text starts with "Numri"/"Nr", PERCENTAGE when it names a percentage, else QUALITATIVE;
     * direction: INCREASE when it starts with "Rritja/Rritje", DECREASE with "Zvogëlimi/Ulja/Ulje", else UNSPECIFIED.
     *
     * @param cell  the cell as printed, may be empty
     * @param idPrefix  the id of the node; indicators get {@code idPrefix + "-i" + n}
     * @return the indicators, empty for an empty cell
     */
    static List<Indicator> indicators(String cell, String idPrefix) {
        List<Indicator> list = new ArrayList<>();
        int n = 1;
        for (String text : enumeration(cell)) {
            list.add(indicator(idPrefix + "-i" + n++, text));
        }
        return list;
    }

    static Indicator indicator(String id, String text) {
        return new Indicator(id, sq(text), type(text), null, direction(text), null, List.of(), List.of(), null, null,
                null, List.of());
    }

    static List<String> enumeration(String cell) {
        List<String> items = new ArrayList<>();
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return items;
        }
        if (text.startsWith("a)")) {
            Matcher m = LETTER_ITEM.matcher(text);
            List<Integer> starts = new ArrayList<>();
            char expected = 'a';
            while (m.find()) {
                if (m.group(1).charAt(0) == expected) {
                    starts.add(m.start(1));
                    expected++;
                }
            }
            if (starts.size() > 1) {
                for (int i = 0; i < starts.size(); i++) {
                    int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
                    items.add(text.substring(starts.get(i), end).strip());
                }
                return items;
            }
        }
        items.add(text);
        return items;
    }

    static IndicatorType type(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^[a-h]\\)\\s*", "");
        if (t.contains("përqindj") || t.contains("%")) {
            return IndicatorType.PERCENTAGE;
        }
        if (t.startsWith("numri") || t.startsWith("nr")) {
            return IndicatorType.NUMBER;
        }
        return IndicatorType.QUALITATIVE;
    }

    static Direction direction(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^[a-h]\\)\\s*", "");
        if (t.startsWith("rritja") || t.startsWith("rritje")) {
            return Direction.INCREASE;
        }
        if (t.startsWith("zvogëlimi") || t.startsWith("ulja") || t.startsWith("ulje")) {
            return Direction.DECREASE;
        }
        return Direction.UNSPECIFIED;
    }

    /**
     * Reads a timeframe cell with core's {@link TimeframeParser}. An empty cell gives no timeframe.
     *
     * @param cell  the cell as printed, may be empty
     * @return the timeframes, never null
     */
    static List<Timeframe> timeframes(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return TimeframeParser.parse(cell.strip());
    }
}

package org.actionplan.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A normalised hierarchical code such as {@code 1.1.2}, {@code 2.1.2.10}, {@code 1.(g).2.1} or {@code II}.
 * <p>
 * Parsing is forgiving of how codes are printed in real plans: surrounding and internal spaces
 * ({@code "4. (c). 4"}), trailing dots ({@code "2.1.2.5."}) and a space after a Roman pillar numeral
 * ({@code "II 1.(b)"}) are accepted. A code is a list of segments of three kinds: numbers ({@code 10}),
 * letters, written in parentheses ({@code (g)}), and Roman numerals ({@code IV}).
 * <p>
 * Ordering is segment by segment, numbers numerically (so {@code 1.10} comes after {@code 1.9}), letters
 * alphabetically, Roman numerals by value; a code comes before the codes that extend it; at one position
 * Roman numerals come before numbers, and numbers before letters. The ordering is consistent with
 * {@code equals}. The canonical form from {@link #toString()} parses back to an equal code.
 * <p>
 * Codes may repeat across the pillars of a real plan: a code identifies a node only within its parent.
 * This class is immutable and thread-safe.
 */
public final class Code implements Comparable<Code> {

    /** The kind of a code segment. */
    public enum SegmentKind {
        /** A Roman numeral, such as a pillar {@code II}. */
        ROMAN,
        /** A decimal number. */
        NUMBER,
        /** A letter, printed in parentheses. */
        LETTER
    }

    /**
     * One segment of a code.
     *
     * @param kind  the kind, not null
     * @param number  the value of a number or Roman numeral; for a letter, the code point of its lower-case form
     *                (so {@code (a)} is 97)
     * @param text  the canonical text of the segment, not null
     */
    public record Segment(SegmentKind kind, int number, String text) implements Comparable<Segment> {

        /**
         * Creates a segment.
         *
         * @throws NullPointerException if kind or text is null
         */
        public Segment {
            Checks.notNull(kind, "kind");
            Checks.notNull(text, "text");
        }

        @Override
        public int compareTo(Segment other) {
            int c = kind.compareTo(other.kind);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(number, other.number);
            return c != 0 ? c : text.compareTo(other.text);
        }
    }

    /** What separates segments: dots, white space and no-break spaces (compiled once, not per parse). */
    private static final Pattern SEPARATORS = Pattern.compile("[.\\s\u00a0]+");

    /**
     * The segments of the numbers 0 to 255 and of the letters a to z, shared by every code that has them: a plan
     * has as many codes as nodes, and they are built from a few small numbers (docs/benchmarks.md, memory).
     */
    private static final Segment[] NUMBERS = new Segment[256];
    private static final Segment[] LETTERS = new Segment[26];

    static {
        for (int i = 0; i < NUMBERS.length; i++) {
            NUMBERS[i] = new Segment(SegmentKind.NUMBER, i, Integer.toString(i));
        }
        for (int i = 0; i < LETTERS.length; i++) {
            char letter = (char) ('a' + i);
            LETTERS[i] = new Segment(SegmentKind.LETTER, letter, "(" + letter + ")");
        }
    }

    private final List<Segment> segments;

    private Code(List<Segment> segments) {
        this.segments = segments;
    }

    /**
     * Parses a code as printed.
     *
     * @param text  the printed code, not null
     * @return the code, never null
     * @throws IllegalArgumentException if the text is not a code
     */
    public static Code parse(String text) {
        Checks.notNull(text, "text");
        String reason = null;
        List<Segment> segments = new ArrayList<>();
        String[] parts = SEPARATORS.split(text.trim());
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            Segment segment = segment(part);
            if (segment == null) {
                reason = "'" + part + "' is not a number, a letter in parentheses or a Roman numeral";
                break;
            }
            segments.add(segment);
        }
        if (reason == null && segments.isEmpty()) {
            reason = "it is empty";
        }
        if (reason != null) {
            throw new IllegalArgumentException("not a code: '" + text + "': " + reason);
        }
        return new Code(List.copyOf(segments));
    }

    /**
     * Parses a code as printed, if it is one.
     *
     * @param text  the printed code, may be null
     * @return the code, empty if the text is null or not a code
     */
    public static Optional<Code> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean allDigits(String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Segment segment(String part) {
        if (allDigits(part)) {
            if (part.length() > 9) {
                return null;
            }
            return number(Integer.parseInt(part));
        }
        if (part.length() == 3 && part.charAt(0) == '(' && part.charAt(2) == ')' && Character.isLetter(part.charAt(1))) {
            char letter = Character.toLowerCase(part.charAt(1));
            return letter >= 'a' && letter <= 'z' ? LETTERS[letter - 'a']
                    : new Segment(SegmentKind.LETTER, letter, "(" + letter + ")");
        }
        int roman = romanValue(part);
        if (roman > 0) {
            return new Segment(SegmentKind.ROMAN, roman, part.toUpperCase(Locale.ROOT));
        }
        return null;
    }

    private static int romanValue(String part) {
        String upper = part.toUpperCase(Locale.ROOT);
        if (!upper.equals(part) || upper.length() > 8 || !upper.matches("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")) {
            return 0;
        }
        int total = 0;
        int previous = 0;
        for (int i = upper.length() - 1; i >= 0; i--) {
            int v = switch (upper.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                case 'D' -> 500;
                default -> 1000;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }

    /**
     * Returns this code extended by one number segment, e.g. {@code 1.2} and {@code 10} give {@code 1.2.10}.
     * <p>
     * Equal to parsing the canonical text of the result, without parsing: generators and importers
     * that build many codes use it.
     *
     * @param number  the number of the new last segment, 0 to 999999999
     * @return the child code, never null
     * @throws IllegalArgumentException if the number is out of range
     */
    public Code child(int number) {
        checkNumber(number);
        Segment[] list = segments.toArray(new Segment[segments.size() + 1]);
        list[list.length - 1] = number(number);
        return new Code(List.of(list));
    }

    /**
     * Obtains a one-segment number code, e.g. {@code 3}, without parsing.
     *
     * @param number  the number, 0 to 999999999
     * @return the code, never null
     * @throws IllegalArgumentException if the number is out of range
     */
    public static Code of(int number) {
        checkNumber(number);
        return new Code(List.of(number(number)));
    }

    private static Segment number(int number) {
        return number < NUMBERS.length ? NUMBERS[number] : new Segment(SegmentKind.NUMBER, number, Integer.toString(number));
    }

    private static void checkNumber(int number) {
        if (number < 0 || number > 999_999_999) {
            throw new IllegalArgumentException("a code number must be 0 to 999999999: " + number);
        }
    }

    /**
     * Returns the segments.
     *
     * @return the segments, unmodifiable, never empty
     */
    public List<Segment> segments() {
        return segments;
    }

    /**
     * Returns the number of segments.
     *
     * @return the depth, at least 1
     */
    public int depth() {
        return segments.size();
    }

    /**
     * Returns the parent code: this code without its last segment.
     *
     * @return the parent, empty for a one-segment code
     */
    public Optional<Code> parent() {
        return segments.size() == 1 ? Optional.empty() : Optional.of(new Code(segments.subList(0, segments.size() - 1)));
    }

    /**
     * Tells whether this code extends another one: starts with all of its segments and has more.
     *
     * @param ancestor  the possible ancestor, not null
     * @return true if this code is a descendant of the other
     */
    public boolean isDescendantOf(Code ancestor) {
        return segments.size() > ancestor.segments.size()
                && segments.subList(0, ancestor.segments.size()).equals(ancestor.segments);
    }

    /**
     * Tells whether this code is the direct child of another one.
     *
     * @param parent  the possible parent, not null
     * @return true if this code extends the other by exactly one segment
     */
    public boolean isChildOf(Code parent) {
        return segments.size() == parent.segments.size() + 1 && isDescendantOf(parent);
    }

    /**
     * Returns the last segment.
     *
     * @return the last segment, never null
     */
    public Segment last() {
        return segments.get(segments.size() - 1);
    }

    @Override
    public int compareTo(Code other) {
        int n = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            int c = segments.get(i).compareTo(other.segments.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Code other && segments.equals(other.segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /**
     * Returns the canonical form, segments joined by dots, e.g. {@code 1.(g).2.1} or {@code II.1.(b)}.
     *
     * @return the canonical form, never null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(s.text());
        }
        return sb.toString();
    }
}

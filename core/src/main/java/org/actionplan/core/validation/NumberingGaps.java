package org.actionplan.core.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.actionplan.core.Code;

/**
 * The numbering check of one list of siblings (rule {@code code.numbering-gap}).
 * <p>
 * Siblings are grouped by their code without its last segment (in 003, the activities {@code 2.(c).1} to
 * {@code 2.(c).6} and a stray {@code 2.(c).7.2} under objective {@code 2.(c)} make two groups). Within a group
 * the last segments, all of one kind, should run 1, 2, 3... (numbers and Roman numerals; a number group that
 * holds a 0 starts at 0) or (a), (b), (c)... to (z) in document order. A value below one seen before is out of
 * order; a value seen before is duplicated; a value between the start and the largest value that no sibling
 * has is missing. Under a parent code that is not a pillar numeral, a sibling that extends it by more than one
 * segment also misses the codes in between, unless a sibling has them ({@code 2.(c).7} for {@code 2.(c).7.2});
 * those codes count as numbered in their own group ({@code 2.(c).6} is then missing after {@code 2.(c).5}).
 * Codes that do not extend the parent's code are left to {@code code.not-extending-parent}; groups of mixed
 * segment kinds are not checked.
 */
final class NumberingGaps {

    /** At most this many missing codes are named; the rest are counted. */
    static final int LISTED = 10;

    private NumberingGaps() {
    }

    /**
     * What is wrong with one list's numbering.
     *
     * @param missing  the missing codes, at most {@link #LISTED}, in order
     * @param missingCount  the number of missing codes
     * @param duplicated  the codes used more than once, each once
     * @param outOfOrder  the codes that come after a larger one
     */
    record Result(List<String> missing, long missingCount, List<String> duplicated, List<String> outOfOrder) {

        /** True if the rule reports this list: something is missing or out of order (duplicates alone are not). */
        boolean reported() {
            return missingCount > 0 || !outOfOrder.isEmpty();
        }

        /** The missing codes as listed in the message, with the count of those not named. */
        String missingText() {
            String listed = text(missing);
            return missingCount > missing.size() ? listed + ", … (+" + (missingCount - missing.size()) + ")" : listed;
        }

        static String text(List<String> codes) {
            return codes.isEmpty() ? "-" : String.join(", ", codes);
        }
    }

    /**
     * Checks one list of sibling codes.
     *
     * @param codes  the siblings' parsed codes in document order, nulls skipped
     * @param parent  the parent's code, or null at the top level, under a pillar numeral or a parent without code
     * @return what is wrong, never null
     */
    static Result check(List<Code> codes, Code parent) {
        Set<Code> present = new LinkedHashSet<>();
        Map<String, List<Code>> groups = new LinkedHashMap<>();
        for (Code c : codes) {
            if (c == null || parent != null && !c.isDescendantOf(parent)) {
                continue;
            }
            present.add(c);
            groups.computeIfAbsent(prefix(c), k -> new ArrayList<>()).add(c);
        }
        List<Code> missing = new ArrayList<>();
        long[] missingCount = {0};
        // the codes between the parent and a deeper sibling: missing unless a sibling has them, and they count as
        // numbered in their own group (2.(c).7.2 under 2.(c) makes 2.(c).6 missing after 2.(c).5)
        Map<String, List<Code>> implied = new LinkedHashMap<>();
        if (parent != null) {
            for (Code c : present) {
                for (Code a = c.parent().orElse(null); a != null && a.depth() > parent.depth();
                        a = a.parent().orElse(null)) {
                    implied.computeIfAbsent(prefix(a), k -> new ArrayList<>()).add(a);
                    if (!present.contains(a) && !missing.contains(a)) {
                        missing.add(a);
                        missingCount[0]++;
                    }
                }
            }
        }
        List<String> duplicated = new ArrayList<>();
        List<String> outOfOrder = new ArrayList<>();
        for (Map.Entry<String, List<Code>> group : groups.entrySet()) {
            List<Code> members = group.getValue();
            Code.SegmentKind kind = members.get(0).last().kind();
            if (members.stream().anyMatch(c -> c.last().kind() != kind || kind == Code.SegmentKind.LETTER
                    && (c.last().number() < 'a' || c.last().number() > 'z'))) {
                continue;
            }
            TreeSet<Integer> seen = new TreeSet<>();
            Set<String> repeated = new LinkedHashSet<>();
            int max = Integer.MIN_VALUE;
            for (Code c : members) {
                int v = c.last().number();
                if (!seen.add(v)) {
                    repeated.add(c.toString());
                } else if (v < max) {
                    outOfOrder.add(c.toString());
                }
                max = Math.max(max, v);
            }
            duplicated.addAll(repeated);
            for (Code a : implied.getOrDefault(group.getKey(), List.of())) {
                if (a.last().kind() == kind && (kind != Code.SegmentKind.LETTER || a.last().number() <= 'z')) {
                    seen.add(a.last().number());
                }
            }
            int start = kind == Code.SegmentKind.LETTER ? 'a' : Math.min(1, seen.first());
            String prefix = group.getKey().isEmpty() ? "" : group.getKey() + ".";
            long expected = start;
            int listed = 0;
            for (int v : seen) {
                if (v > expected) {
                    missingCount[0] += v - expected;
                    for (long m = expected; m < v && listed < LISTED; m++, listed++) {
                        missing.add(Code.parse(prefix + segment(kind, (int) m)));
                    }
                }
                expected = Math.max(expected, v + 1L);
            }
        }
        List<String> named = missing.stream().sorted().limit(LISTED).map(Code::toString).toList();
        return new Result(named, missingCount[0], List.copyOf(duplicated), List.copyOf(outOfOrder));
    }

    private static String prefix(Code c) {
        return c.parent().map(Code::toString).orElse("");
    }

    /** The canonical text of a segment of a kind and value. */
    private static String segment(Code.SegmentKind kind, int value) {
        return switch (kind) {
            case NUMBER -> Integer.toString(value);
            case LETTER -> "(" + Character.toString(value) + ")";
            case ROMAN -> roman(value);
        };
    }

    private static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                sb.append(symbols[i]);
                rest -= values[i];
            }
        }
        return sb.toString();
    }
}

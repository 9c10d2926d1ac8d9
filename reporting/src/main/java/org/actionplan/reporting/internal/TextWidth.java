package org.actionplan.reporting.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide a text is drawn, so that chart labels can be given room and cut before they overflow.
 * <p>
 * The charts ask for {@code system-ui, Arial, sans-serif}; the browser picks the font, so the estimate is an upper
 * bound over the common ones rather than a measurement: each code point gets the advance width of its class in
 * DejaVu Sans (the widest of them, the Linux default), rounded up, in em. Letters with diacritics count as their
 * base letter ({@code ë} as {@code e}), combining marks, format characters (bidirectional controls, zero-width
 * joiners) and control characters as nothing, East Asian wide characters as one em, and anything outside the
 * Basic Multilingual Plane (emoji) as 1.3 em. Bold text is counted 10% wider.
 */
final class TextWidth {

    private static final String NARROW = " .,:;'|!iljI\u00a0";
    private static final String SEMI = "frtJ()[]{}-/\\\"*`\u00ad";

    private TextWidth() {
    }

    /**
     * Returns the estimated advance width of a code point, in em.
     *
     * @param cp  the code point
     * @return the width, at least 0
     */
    static double em(int cp) {
        return units(cp) / 1000.0;
    }

    /** The estimated advance width of a code point in thousandths of an em. */
    private static int units(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL) {
            return 0;
        }
        if (Character.isSupplementaryCodePoint(cp)) {
            return 1300;
        }
        int base = base(cp);
        if (NARROW.indexOf(base) >= 0) {
            return 340;
        }
        if (SEMI.indexOf(base) >= 0) {
            return 440;
        }
        if (base == 'm' || base == 'w' || base == 'M' || base == 'W' || base == '@' || base == '%') {
            return 1020;
        }
        if (base >= 'A' && base <= 'Z' || base == '&') {
            return 800;
        }
        if (base < 0x250) {
            return 660;
        }
        return 1000;
    }

    /** The base letter of a Latin letter with a diacritic ({@code ë} gives {@code e}); other code points as given. */
    private static int base(int cp) {
        if (cp < 0xC0 || cp >= 0x250) {
            return cp;
        }
        String decomposed = java.text.Normalizer.normalize(new String(Character.toChars(cp)),
                java.text.Normalizer.Form.NFD);
        return decomposed.codePointAt(0);
    }

    /**
     * Returns the estimated width of a text.
     *
     * @param s  the text, not null
     * @param fontSize  the font size in pixels
     * @param bold  whether the text is bold
     * @return the width in pixels
     */
    static double width(String s, double fontSize, boolean bold) {
        long units = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            units += units(cp);
            i += Character.charCount(cp);
        }
        return pixels(units, fontSize, bold);
    }

    /** Thousandths of an em in pixels; the one place that converts, so that sums compare exactly. */
    private static double pixels(long units, double fontSize, boolean bold) {
        return units * fontSize * (bold ? 11 : 10) / 10_000.0;
    }

    /**
     * Returns the text itself if it fits the width, else its longest beginning that fits followed by an ellipsis
     * (never splitting a surrogate pair).
     *
     * @param s  the text, not null
     * @param maxWidth  the room in pixels
     * @param fontSize  the font size in pixels
     * @param bold  whether the text is bold
     * @return the text, maybe shortened, never null
     */
    static String fit(String s, double maxWidth, double fontSize, boolean bold) {
        if (width(s, fontSize, bold) <= maxWidth) {
            return s;
        }
        long used = units('\u2026');
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            if (pixels(used + units(cp), fontSize, bold) > maxWidth) {
                break;
            }
            used += units(cp);
            end += Character.charCount(cp);
        }
        return s.substring(0, end).stripTrailing() + "\u2026";
    }

    /**
     * Breaks a text into at most a number of lines that each fit the width, at spaces where possible; when the text
     * needs more lines, the last one ends with an ellipsis.
     *
     * @param s  the text, not null
     * @param maxWidth  the room in pixels
     * @param fontSize  the font size in pixels
     * @param maxLines  the most lines, at least 1
     * @return the lines, at least one, never null
     */
    static List<String> wrap(String s, double maxWidth, double fontSize, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = s.strip();
        while (lines.size() < maxLines - 1 && width(rest, fontSize, false) > maxWidth) {
            int cut = breakAt(rest, maxWidth, fontSize);
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(fit(rest, maxWidth, fontSize, false));
        return lines;
    }

    /** The index to break a too-wide text at: after the last space that fits, else after the last code point. */
    private static int breakAt(String s, double maxWidth, double fontSize) {
        long used = 0;
        int end = 0;
        int space = -1;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            if (pixels(used + units(cp), fontSize, false) > maxWidth) {
                break;
            }
            used += units(cp);
            if (cp == ' ') {
                space = end;
            }
            end += Character.charCount(cp);
        }
        if (space > 0) {
            return space + 1;
        }
        return Math.max(end, Character.charCount(s.codePointAt(0)));
    }
}

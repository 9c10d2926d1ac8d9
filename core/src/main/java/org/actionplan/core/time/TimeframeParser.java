package org.actionplan.core.time;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.actionplan.core.Checks;

/**
 * Reads the timeframe and deadline cells of action plans (Albanian <i>afati kohor</i>) into {@link Timeframe}s,
 * and writes timeframes back as Albanian or English text.
 * <p>
 * <b>Reading.</b> {@link #parse(String)} never throws and never guesses. A cell yields one timeframe per value it
 * holds, in the order written (a cell such as {@code 2010 2009} yields two, later year first). Each timeframe keeps
 * the slice of the cell it was read from, verbatim (line breaks included). Text that no rule reads becomes a
 * {@link Timeframe.Unparsed} with a specific reason, covering the rest of the cell from the point reading failed;
 * an empty or blank cell becomes one {@code Unparsed} with the reason {@code "empty"}.
 * <p>
 * Matching ignores case and the diacritics {@code ë} and {@code ç}; en and em dashes read as hyphens. A line break
 * joins the two lines with a space, except that a line holding only {@code i} or {@code ës} after a word or a
 * hyphen continues that word ({@code vazhdimes\ni}, {@code Mesi i 2009-\nës}). The forms read are:
 * <ul>
 * <li>a period, at exactly the precision written (see {@link CalendarPeriod} for the dates each stands for):
 *     {@code 2016}, {@code 2009-ës}, {@code Gjatë 2009-ës} (year); {@code K4 2015}, {@code Q4 2015},
 *     {@code Tremujori i parë i 2009}, {@code Tre-mujori}, {@code 3-mujori}, {@code first quarter of 2009}
 *     (quarter); {@code Gjysma e parë e vitit 2009}, {@code Gjashtëmujori i parë}, {@code H1 2009},
 *     {@code first half of 2009} (half); {@code Fillimi i 2009-ës}, {@code Fillim i}, {@code Në fillim të},
 *     {@code Mesi i vitit 2009}, {@code Fundi i 2008-ës}, {@code Fund 2009}, {@code start of}, {@code mid},
 *     {@code end of} (part of year); {@code Pranverë 2009}, {@code Vjeshtë 2008}, {@code spring 2009} (season);
 *     {@code Qershor 2009}, {@code Mars 2009}, {@code June 2009} (month) &mdash; a {@link Timeframe.Dated}
 *     whose start and end are that period;</li>
 * <li>a range {@code A - B}, {@code A – B}: a {@code Dated} from A to B ({@code 2015-2017}, {@code 2017-2017},
 *     {@code Fundi i 2008 – fillimi i 2009});</li>
 * <li>a deadline {@code Deri në P}, {@code by P}: a {@code Dated} with no start ({@code Deri në fund të 2008});</li>
 * <li>open-ended {@code P – në vazhdim}, {@code P e/dhe në vazhdim}, {@code Duke filluar nga P},
 *     {@code from P}, {@code P – ongoing}: a {@code Dated} with no end;</li>
 * <li>ongoing {@code Në vazhdimësi}, {@code Në vazhdim}, {@code vazhdimesi}, {@code vahdimesi},
 *     {@code vazhdimi}, {@code vazhdimisht}, {@code ongoing}, {@code continuous}: {@link Timeframe.Ongoing};</li>
 * <li>yearly {@code Deri në mars të çdo viti}, {@code P dhe deri në mars të çdo viti pasardhës},
 *     {@code by March every year}, {@code from P, by March every year}: {@link Timeframe.Recurring}.</li>
 * </ul>
 * Values in one cell may be separated by spaces, line breaks, {@code ,}, {@code ;}, {@code .}, {@code /} or
 * {@code dhe}/{@code and}. Reasons for unread text include a dangling dash ({@code 2008 -}), a half-year without
 * "first" or "second" ({@code Gjysma e 2008-ës}), a part of a year applied to a compact range of years
 * ({@code Fundi i 2008-2010}: the end of 2008 or of 2010?), a range that ends before it starts, a month or
 * part of year without a year, and unknown wording (reported with the word).
 * <p>
 * <b>Writing.</b> {@link #format(Timeframe, Locale)} writes canonical Albanian ({@code sq}) or English (any other
 * locale) text. For every timeframe the parser returns, except {@code Unparsed}, {@code parse(format(t, l))}
 * returns exactly one timeframe that is <em>structurally</em> equal to {@code t}: same kind, same periods and
 * month; only the text differs, being the formatted text itself. An {@code Unparsed} formats as its own text.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class TimeframeParser {

    private static final String EMPTY = "empty";

    private static final Set<String> FILLERS = Set.of("i", "e", "te", "se", "of", "the", "vitit", "viti", "vitin",
            "year");
    private static final Set<String> ONGOING = Set.of("vazhdimesi", "vahdimesi", "vazhdimi", "vazhdimisht",
            "vazhdim", "ongoing", "on-going", "continuous", "continuously", "continuing");
    private static final Map<String, Integer> PARTS = Map.ofEntries(
            Map.entry("fillimi", 1), Map.entry("fillim", 1), Map.entry("fillimin", 1), Map.entry("fillimit", 1),
            Map.entry("start", 1), Map.entry("beginning", 1), Map.entry("early", 1),
            Map.entry("mesi", 2), Map.entry("mes", 2), Map.entry("mesin", 2), Map.entry("mesit", 2),
            Map.entry("mid", 2), Map.entry("middle", 2),
            Map.entry("fundi", 3), Map.entry("fund", 3), Map.entry("fundin", 3), Map.entry("fundit", 3),
            Map.entry("end", 3), Map.entry("late", 3));
    private static final Set<String> HALF_WORDS = Set.of("gjysma", "gjysmen", "gjysmes", "gjysem",
            "gjashtemujori", "gjashtemujorin", "gjashtemujorit", "6-mujori", "6-mujorin");
    private static final Set<String> QUARTER_WORDS = Set.of("tremujori", "tremujorin", "tremujorit",
            "tre-mujori", "tre-mujorin", "3-mujori", "3-mujorin");
    private static final Map<String, Integer> ORDINALS_SQ = Map.of("pare", 1, "dyte", 2, "trete", 3, "katert", 4);
    private static final Map<String, Integer> ORDINALS_EN = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);
    private static final Map<String, Integer> SEASONS = Map.ofEntries(
            Map.entry("pranvere", 1), Map.entry("pranvera", 1), Map.entry("spring", 1),
            Map.entry("vere", 2), Map.entry("vera", 2), Map.entry("summer", 2),
            Map.entry("vjeshte", 3), Map.entry("vjeshta", 3), Map.entry("autumn", 3), Map.entry("fall", 3),
            Map.entry("dimer", 4), Map.entry("dimri", 4), Map.entry("winter", 4));
    private static final Map<String, Integer> MONTHS = months();

    private static final String[] MONTHS_SQ = {"janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik",
        "gusht", "shtator", "tetor", "nëntor", "dhjetor"};
    private static final String[] ORDINAL_SQ_MASC = {"parë", "dytë", "tretë", "katërt"};
    private static final String[] ORDINAL_EN = {"first", "second", "third", "fourth"};
    private static final String[] PARTS_SQ = {"Fillimi", "Mesi", "Fundi"};
    private static final String[] PARTS_SQ_BY = {"fillim", "mes", "fund"};
    private static final String[] PARTS_EN = {"start of", "mid", "end of"};
    private static final String[] SEASONS_SQ = {"Pranverë", "Verë", "Vjeshtë", "Dimër"};
    private static final String[] SEASONS_EN = {"spring", "summer", "autumn", "winter"};

    private TimeframeParser() {
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"janar", "janari", "january", "jan"}, {"shkurt", "shkurti", "february", "feb"},
            {"mars", "marsi", "march", "mar"}, {"prill", "prilli", "april", "apr"}, {"maj", "maji", "may"},
            {"qershor", "qershori", "june", "jun"}, {"korrik", "korriku", "july", "jul"},
            {"gusht", "gushti", "august", "aug"}, {"shtator", "shtatori", "september", "sep", "sept"},
            {"tetor", "tetori", "october", "oct"}, {"nentor", "nentori", "november", "nov"},
            {"dhjetor", "dhjetori", "december", "dec"}};
        java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                map.put(n, m + 1);
            }
        }
        return Map.copyOf(map);
    }

    //-----------------------------------------------------------------------
    /**
     * Reads a timeframe cell.
     *
     * @param cell  the cell as printed, may be null (read as empty)
     * @return the timeframes in the order written, never empty, never null
     */
    public static List<Timeframe> parse(String cell) {
        String text = cell == null ? "" : cell;
        if (text.isBlank()) {
            return List.of(new Timeframe.Unparsed(text, EMPTY));
        }
        try {
            return new Reader(text).readAll();
        } catch (RuntimeException e) {
            // a defect in a rule must not reach the caller: keep the text, say why
            return List.of(new Timeframe.Unparsed(text, "internal error: " + e));
        }
    }

    /**
     * Writes a timeframe as canonical text.
     *
     * @param timeframe  the timeframe, not null
     * @param locale  the locale: language {@code sq} writes Albanian, any other English; not null
     * @return the text, never null
     */
    public static String format(Timeframe timeframe, Locale locale) {
        Checks.notNull(timeframe, "timeframe");
        boolean sq = "sq".equals(Checks.notNull(locale, "locale").getLanguage());
        if (timeframe instanceof Timeframe.Dated d) {
            if (d.start() == null) {
                return (sq ? "Deri në " : "by ") + formatBy(d.end(), sq);
            }
            if (d.end() == null) {
                return formatPeriod(d.start(), sq) + (sq ? " – në vazhdim" : " – ongoing");
            }
            if (d.start().equals(d.end())) {
                return formatPeriod(d.start(), sq);
            }
            return formatPeriod(d.start(), sq) + " – " + formatPeriod(d.end(), sq);
        }
        if (timeframe instanceof Timeframe.Ongoing) {
            return sq ? "Në vazhdimësi" : "ongoing";
        }
        if (timeframe instanceof Timeframe.Recurring r) {
            int m = r.month().getValue() - 1;
            if (sq) {
                String tail = "deri në " + MONTHS_SQ[m] + " të çdo viti";
                return r.from() == null ? "Deri në " + MONTHS_SQ[m] + " të çdo viti"
                        : formatPeriod(r.from(), true) + " dhe " + tail;
            }
            String tail = "by " + r.month().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    + " every year";
            return r.from() == null ? tail : "from " + formatPeriod(r.from(), false) + ", " + tail;
        }
        return timeframe.text();
    }

    private static String formatPeriod(CalendarPeriod p, boolean sq) {
        int i = p.index() - 1;
        int y = p.year();
        return switch (p.precision()) {
            case YEAR -> Integer.toString(y);
            case HALF -> sq ? "Gjysma e " + ORDINAL_SQ_MASC[i] + " e " + y : "H" + p.index() + " " + y;
            case QUARTER -> sq ? "Tremujori i " + ORDINAL_SQ_MASC[i] + " i " + y : "Q" + p.index() + " " + y;
            case MONTH -> (sq ? capitalise(MONTHS_SQ[i])
                    : Month.of(p.index()).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)) + " " + y;
            case PART -> (sq ? PARTS_SQ[i] + " i" : PARTS_EN[i]) + " " + y;
            case SEASON -> (sq ? SEASONS_SQ[i] : SEASONS_EN[i]) + " " + y;
        };
    }

    private static String formatBy(CalendarPeriod p, boolean sq) {
        if (!sq) {
            return formatPeriod(p, false);
        }
        int i = p.index() - 1;
        int y = p.year();
        return switch (p.precision()) {
            case HALF -> "gjysmën e " + ORDINAL_SQ_MASC[i] + " të " + y;
            case QUARTER -> "tremujorin e " + ORDINAL_SQ_MASC[i] + " të " + y;
            case MONTH -> MONTHS_SQ[i] + " " + y;
            case PART -> PARTS_SQ_BY[i] + " të " + y;
            case SEASON -> SEASONS_SQ[i].toLowerCase(Locale.ROOT) + " " + y;
            case YEAR -> Integer.toString(y);
        };
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    //-----------------------------------------------------------------------
    /** Why an item could not be read; caught inside the reader only. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String reason) {
            super(reason, null, false, false);
        }
    }

    private enum Type { YEAR, NUMBER, WORD, DASH, PUNCT, OTHER }

    /** A token: its folded lower-case form and its span in the normalised text. */
    private record Token(Type type, String norm, int start, int end, boolean spaceBefore) {
    }

    /** Reads one cell. Not thread-safe; one instance per call. */
    private static final class Reader {
        private final String original;
        private final String folded;
        private final int[] origin;
        private final List<Token> tokens = new ArrayList<>();
        private int pos;

        Reader(String original) {
            this.original = original;
            StringBuilder sb = new StringBuilder();
            List<Integer> map = new ArrayList<>();
            String[] lines = original.replace("\r", " ").split("\n", -1);
            int offset = 0;
            for (int l = 0; l < lines.length; l++) {
                String line = lines[l];
                if (l > 0) {
                    String piece = line.strip().toLowerCase(Locale.ROOT);
                    char last = sb.length() == 0 ? ' ' : sb.charAt(sb.length() - 1);
                    boolean continuesWord = (piece.equals("i") || piece.equals("ës") || piece.equals("es"))
                            && (Character.isLetter(last) || last == '-');
                    if (!continuesWord) {
                        sb.append(' ');
                        map.add(offset - 1);
                    } else {
                        int lead = line.indexOf(line.strip().charAt(0));
                        line = line.substring(lead);
                        offset += lead;
                    }
                }
                for (int c = 0; c < line.length(); c++) {
                    sb.append(fold(line.charAt(c)));
                    map.add(offset + c);
                }
                offset += line.length() + 1;
            }
            this.folded = sb.toString();
            this.origin = map.stream().mapToInt(Integer::intValue).toArray();
            tokenise();
        }

        private static char fold(char c) {
            return switch (c) {
                case 'ë', 'Ë' -> 'e';
                case 'ç', 'Ç' -> 'c';
                case '–', '—', '−', '‐', '‑' -> '-';
                // every kind of white space separates (tab, no-break space, control separators such as U+001D),
                // as String.isBlank sees it: a stray one must not become a value of its own
                default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : Character.toLowerCase(c);
            };
        }

        private void tokenise() {
            String s = folded;
            int i = 0;
            boolean space = true;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ' ') {
                    space = true;
                    i++;
                    continue;
                }
                int start = i;
                Type type;
                if (Character.isDigit(c)) {
                    while (i < s.length() && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                    type = i - start == 4 ? Type.YEAR : Type.NUMBER;
                    if (i + 1 < s.length() && s.charAt(i) == '-' && Character.isLetter(s.charAt(i + 1))) {
                        int j = i + 1;
                        while (j < s.length() && Character.isLetter(s.charAt(j))) {
                            j++;
                        }
                        String suffix = s.substring(i + 1, j);
                        if (type == Type.YEAR && (suffix.equals("es") || suffix.equals("s"))) {
                            i = j; // 2009-ës: the year inflected
                        } else if (type == Type.NUMBER) {
                            i = j; // 3-mujori
                            type = Type.WORD;
                        }
                    }
                } else if (Character.isLetter(c)) {
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i))
                            || s.charAt(i) == '-' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))
                            && Character.isLetter(s.charAt(i - 1)))) {
                        i++;
                    }
                    type = Type.WORD;
                } else if (c == '-') {
                    i++;
                    type = Type.DASH;
                } else if (c == ',' || c == ';' || c == '.' || c == '/') {
                    i++;
                    type = Type.PUNCT;
                } else {
                    i++;
                    type = Type.OTHER;
                }
                String norm = s.substring(start, i);
                if (type == Type.YEAR) {
                    norm = norm.substring(0, 4);
                }
                tokens.add(new Token(type, norm, start, i, space));
                space = false;
            }
        }

        List<Timeframe> readAll() {
            List<Timeframe> items = new ArrayList<>();
            while (true) {
                while (pos < tokens.size() && (peek().type() == Type.PUNCT || isWord("dhe") || isWord("and"))) {
                    pos++;
                }
                if (pos >= tokens.size()) {
                    break;
                }
                int first = pos;
                try {
                    items.add(item(first));
                } catch (Failure f) {
                    items.add(new Timeframe.Unparsed(slice(first, tokens.size()), f.getMessage()));
                    break;
                }
            }
            if (items.isEmpty()) {
                return List.of(new Timeframe.Unparsed(original, "no date, period or known wording"));
            }
            return List.copyOf(items);
        }

        private Timeframe item(int first) throws Failure {
            if (ongoingAhead()) {
                skipOngoing();
                return new Timeframe.Ongoing(slice(first, pos));
            }
            if (isWord("deri") || isWord("by") || isWord("until") || isWord("till")) {
                pos++;
                skipWord("ne");
                Month month = recurringTail();
                if (month != null) {
                    return new Timeframe.Recurring(slice(first, pos), month, null);
                }
                CalendarPeriod end = period();
                return new Timeframe.Dated(slice(first, pos), null, end);
            }
            if (isWord("every") || isWord("each") || isWord("cdo")) {
                pos++;
                if (!(skipWord("year") || skipWord("viti") || skipWord("vit"))) {
                    throw fail("expected 'year' or 'viti' after '" + tokens.get(pos - 1).norm() + "'");
                }
                if (!(skipWord("by") || skipWord("deri"))) {
                    throw fail("expected 'by' or 'deri në' in a yearly deadline");
                }
                skipWord("ne");
                Month month = month();
                return new Timeframe.Recurring(slice(first, pos), month, null);
            }
            boolean from = false;
            if (isWord("duke") && isWordAt(pos + 1, "filluar")) {
                pos += 2;
                skipWord("nga");
                from = true;
            } else if (isWord("from") || isWord("starting")) {
                pos++;
                skipWord("from");
                from = true;
            }
            CalendarPeriod start = period();
            if (from) {
                int mark = pos;
                skipPunct(",");
                if (isWord("by") || isWord("deri")) {
                    pos++;
                    skipWord("ne");
                    Month month = recurringTail();
                    if (month != null) {
                        return new Timeframe.Recurring(slice(first, pos), month, start);
                    }
                }
                pos = mark;
                return new Timeframe.Dated(slice(first, pos), start, null);
            }
            if (isWord("onwards") || isWord("onward")) {
                pos++;
                return new Timeframe.Dated(slice(first, pos), start, null);
            }
            if ((isWord("e") || isWord("dhe") || isWord("and")) && isOngoingAt(pos + 1)) {
                pos++;
                skipOngoing();
                return new Timeframe.Dated(slice(first, pos), start, null);
            }
            if ((isWord("dhe") || isWord("and")) && (isWordAt(pos + 1, "deri") || isWordAt(pos + 1, "by"))) {
                int mark = pos;
                pos += 2;
                skipWord("ne");
                Month month = recurringTail();
                if (month != null) {
                    return new Timeframe.Recurring(slice(first, pos), month, start);
                }
                pos = mark;
            }
            if (pos < tokens.size() && peek().type() == Type.DASH) {
                Token dash = peek();
                pos++;
                if (pos >= tokens.size()) {
                    throw fail("dangling dash: a range with no end");
                }
                if (ongoingAhead()) {
                    skipOngoing();
                    return new Timeframe.Dated(slice(first, pos), start, null);
                }
                Token next = peek();
                if (start.precision() != Precision.YEAR && !dash.spaceBefore() && !next.spaceBefore()
                        && next.type() == Type.YEAR) {
                    throw fail("a part of a year joined to a range of years: unclear which year it applies to");
                }
                CalendarPeriod end = period();
                if (end.end().isBefore(start.start())) {
                    throw fail("the range ends (" + end + ") before it starts (" + start + ")");
                }
                return new Timeframe.Dated(slice(first, pos), start, end);
            }
            return Timeframe.Dated.within(slice(first, pos), start);
        }

        /** Reads {@code MONTH [të|of] çdo viti [pasardhës | për vitin paraardhës]}; null if not there. */
        private Month recurringTail() throws Failure {
            int mark = pos;
            if (pos >= tokens.size() || peek().type() != Type.WORD || !MONTHS.containsKey(peek().norm())) {
                return null;
            }
            Month month = Month.of(MONTHS.get(peek().norm()));
            pos++;
            skipWord("te");
            skipWord("of");
            if (skipWord("cdo") || skipWord("every") || skipWord("each")) {
                if (!(skipWord("viti") || skipWord("vit") || skipWord("year"))) {
                    throw fail("expected 'viti' or 'year' in a yearly deadline");
                }
                if (!skipWord("pasardhes") && isWord("per") && isWordAt(pos + 1, "vitin")
                        && isWordAt(pos + 2, "paraardhes")) {
                    pos += 3;
                }
                return month;
            }
            pos = mark;
            return null;
        }

        private CalendarPeriod period() throws Failure {
            if (pos >= tokens.size()) {
                throw fail("expected a period, found the end of the text");
            }
            if (isWord("ne") && pos + 1 < tokens.size() && PARTS.containsKey(tokens.get(pos + 1).norm())) {
                pos++;
            }
            skipWord("gjate");
            skipWord("during");
            skipWord("in");
            while (isWord("vitin") || isWord("vitit") || isWord("viti") || isWord("the")) {
                pos++;
            }
            if (pos >= tokens.size()) {
                throw fail("expected a period, found the end of the text");
            }
            Token t = peek();
            if (t.type() == Type.YEAR) {
                pos++;
                return new CalendarPeriod(year(t), Precision.YEAR, 0);
            }
            if (t.type() != Type.WORD) {
                throw unknown();
            }
            String w = t.norm();
            if (w.matches("[kq][1-4]")) {
                pos++;
                return new CalendarPeriod(yearAfter(w), Precision.QUARTER, w.charAt(1) - '0');
            }
            if (w.matches("h[12]")) {
                pos++;
                return new CalendarPeriod(yearAfter(w), Precision.HALF, w.charAt(1) - '0');
            }
            if (PARTS.containsKey(w)) {
                pos++;
                if (w.equals("mid") && pos < tokens.size() && peek().type() == Type.DASH && !peek().spaceBefore()) {
                    pos++; // mid-2009
                }
                return new CalendarPeriod(yearAfter(w), Precision.PART, PARTS.get(w));
            }
            if (HALF_WORDS.contains(w) || QUARTER_WORDS.contains(w)) {
                pos++;
                boolean half = HALF_WORDS.contains(w);
                skipFillers();
                if (pos < tokens.size() && peek().type() == Type.YEAR) {
                    throw fail((half ? "half-year" : "quarter") + " without saying which one (parë, dytë...)");
                }
                Integer ordinal = pos < tokens.size() ? ORDINALS_SQ.get(peek().norm()) : null;
                if (ordinal == null || half && ordinal > 2) {
                    throw unknown();
                }
                pos++;
                return new CalendarPeriod(yearAfter(w), half ? Precision.HALF : Precision.QUARTER, ordinal);
            }
            if (ORDINALS_EN.containsKey(w)) {
                int ordinal = ORDINALS_EN.get(w);
                pos++;
                boolean half = isWord("half");
                if (!half && !isWord("quarter") || half && ordinal > 2) {
                    throw unknown();
                }
                pos++;
                return new CalendarPeriod(yearAfter(w), half ? Precision.HALF : Precision.QUARTER, ordinal);
            }
            if (MONTHS.containsKey(w)) {
                pos++;
                return new CalendarPeriod(yearAfter(w), Precision.MONTH, MONTHS.get(w));
            }
            if (SEASONS.containsKey(w)) {
                pos++;
                return new CalendarPeriod(yearAfter(w), Precision.SEASON, SEASONS.get(w));
            }
            throw unknown();
        }

        private Month month() throws Failure {
            if (pos < tokens.size() && MONTHS.containsKey(peek().norm())) {
                return Month.of(MONTHS.get(tokens.get(pos++).norm()));
            }
            throw fail("expected a month in a yearly deadline");
        }

        private int yearAfter(String head) throws Failure {
            skipFillers();
            if (pos >= tokens.size() || peek().type() != Type.YEAR) {
                throw fail("'" + head + "' without a year");
            }
            return year(tokens.get(pos++));
        }

        private int year(Token t) throws Failure {
            int y = Integer.parseInt(t.norm());
            if (y < 1000) {
                throw fail("year out of range: " + t.norm());
            }
            return y;
        }

        private Failure unknown() {
            if (pos >= tokens.size()) {
                return new Failure("expected more, found the end of the text");
            }
            Token t = peek();
            return new Failure("unrecognised wording at '" + slice(pos, Math.min(tokens.size(), pos + 3)) + "'"
                    + (t.type() == Type.WORD ? "" : " (" + t.type().name().toLowerCase(Locale.ROOT) + ")"));
        }

        private Failure fail(String reason) {
            return new Failure(reason);
        }

        private boolean ongoingAhead() {
            return isOngoingAt(pos);
        }

        private boolean isOngoingAt(int at) {
            if (isWordAt(at, "ne") || isWordAt(at, "in")) {
                at++;
            }
            return at < tokens.size() && ONGOING.contains(tokens.get(at).norm())
                    && !(tokens.get(at).norm().equals("vazhdim") && !isWordAt(at - 1, "ne"));
        }

        private void skipOngoing() {
            if (isWord("ne") || isWord("in")) {
                pos++;
            }
            pos++;
        }

        private void skipFillers() {
            while (pos < tokens.size() && FILLERS.contains(peek().norm())) {
                pos++;
            }
        }

        private boolean skipWord(String w) {
            if (isWord(w)) {
                pos++;
                return true;
            }
            return false;
        }

        private void skipPunct(String p) {
            if (pos < tokens.size() && peek().norm().equals(p)) {
                pos++;
            }
        }

        private Token peek() {
            return tokens.get(pos);
        }

        private boolean isWord(String w) {
            return isWordAt(pos, w);
        }

        private boolean isWordAt(int at, String w) {
            return at >= 0 && at < tokens.size() && tokens.get(at).type() == Type.WORD && tokens.get(at).norm().equals(w);
        }

        /** The original text of tokens [from, to). */
        private String slice(int from, int to) {
            if (to <= from) {
                return "";
            }
            int a = origin[tokens.get(from).start()];
            int b = origin[tokens.get(to - 1).end() - 1] + 1;
            return original.substring(a, b);
        }
    }
}

package org.actionplan.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

class TimeframeParserTests {

    private static final Locale SQ = Locale.forLanguageTag("sq");

    private static Timeframe one(String cell) {
        List<Timeframe> all = TimeframeParser.parse(cell);
        assertThat(all).as("items of '%s'", cell).hasSize(1);
        return all.get(0);
    }

    private static Timeframe.Dated dated(String cell) {
        Timeframe t = one(cell);
        assertThat(t).as("'%s'", cell).isInstanceOf(Timeframe.Dated.class);
        return (Timeframe.Dated) t;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "K4 2015 | 2015Q4",
        "Q4 2015 | 2015Q4",
        "q1 2024 | 2024Q1",
        "2016 | 2016",
        "Gjatë 2009-ës | 2009",
        "Tremujori i parë i 2009-ës | 2009Q1",
        "Tremujori i pare i 2009-ës | 2009Q1",
        "Tre-mujori i parë i 2009 | 2009Q1",
        "3-mujori i parë i vitit 2009 | 2009Q1",
        "Tremujori i katërt i 2010 | 2010Q4",
        "first quarter of 2009 | 2009Q1",
        "Gjysma e parë e 2009-ës | 2009H1",
        "Gjysma e pare e vitit 2009 | 2009H1",
        "Gjysma e dytë e 2009 | 2009H2",
        "H2 2009 | 2009H2",
        "second half of 2009 | 2009H2",
        "Fillimi i 2009-ës | 2009-start",
        "Fillim i 2009 | 2009-start",
        "Në fillim të 2009-ës | 2009-start",
        "Mesi i vitit 2009 | 2009-mid",
        "Mesi i 2009-ës | 2009-mid",
        "mid-2009 | 2009-mid",
        "Fundi i 2008-ës | 2008-end",
        "Fund 2010 | 2010-end",
        "Fundi i vitit 2008 | 2008-end",
        "end of 2008 | 2008-end",
        "Pranverë 2009 | 2009-spring",
        "Vjeshtë 2008 | 2008-autumn",
        "Dimër 2009 | 2009-winter",
        "summer 2010 | 2010-summer",
        "Qershor 2009 | 2009-06",
        "qershor 2009 | 2009-06",
        "Mars 2009 | 2009-03",
        "Nëntor 2015 | 2015-11",
        "nentor 2015 | 2015-11",
        "June 2009 | 2009-06",
        "SEPT 2009 | 2009-09"
    })
    void readsSinglePeriodsAtTheirWrittenPrecision(String cell, String period) {
        Timeframe.Dated d = dated(cell);
        assertThat(d.start()).isEqualTo(CalendarPeriod.parse(period));
        assertThat(d.end()).isEqualTo(d.start());
        assertThat(d.text()).isEqualTo(cell);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2015-2017 | 2015 | 2017",
        "2017-2017 | 2017 | 2017",
        "2008 -  2009 | 2008 | 2009",
        "2009 – 2010 | 2009 | 2010",
        "Fundi i 2008 – fillimi i 2009 | 2008-end | 2009-start",
        "Fundi i 2008–fillimi i 2009-ës | 2008-end | 2009-start",
        "Fund 2008 – fillim 2009 | 2008-end | 2009-start",
        "2008 – Mesi i 2009-ës | 2008 | 2009-mid",
        "Fundi i 2009 - 2010 | 2009-end | 2010"
    })
    void readsRanges(String cell, String start, String end) {
        Timeframe.Dated d = dated(cell);
        assertThat(d.start()).isEqualTo(CalendarPeriod.parse(start));
        assertThat(d.text()).isEqualTo(cell);
        assertThat(d.end()).isEqualTo(CalendarPeriod.parse(end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Deri në 2009 | 2009",
        "Deri në vitin 2009 | 2009",
        "Deri në fund të 2008 | 2008-end",
        "Deri në mes të 2010 | 2010-mid",
        "deri në gjysmën e parë të 2009 | 2009H1",
        "by end of 2009 | 2009-end",
        "by June 2010 | 2010-06"
    })
    void readsDeadlinesAsDatedWithoutStart(String cell, String end) {
        Timeframe.Dated d = dated(cell);
        assertThat(d.isDeadlineOnly()).isTrue();
        assertThat(d.end()).isEqualTo(CalendarPeriod.parse(end));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2009 – në vazhdim | 2009",
        "2008 - në vazhdim | 2008",
        "Mesi i 2008 e në vazhdim | 2008-mid",
        "Mesi i 2008 dhe në vazhdim | 2008-mid",
        "Duke filluar nga fundi i 2008 | 2008-end",
        "from 2024 | 2024",
        "2024 onwards | 2024",
        "2009 – ongoing | 2009"
    })
    void readsOpenEndedTimeframesAsDatedWithoutEnd(String cell, String start) {
        Timeframe.Dated d = dated(cell);
        assertThat(d.isOpenEnded()).isTrue();
        assertThat(d.start()).isEqualTo(CalendarPeriod.parse(start));
        assertThat(d.dueDate()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Në vazhdimësi", "vazhdimesi", "vahdimesi", "vazhdimi", "vazhdimisht", "Në vazhdim", "NË VAZHDIMËSI",
        "ongoing", "Continuous"
    })
    void readsEveryOngoingSpelling(String cell) {
        assertThat(one(cell)).isEqualTo(new Timeframe.Ongoing(cell));
    }

    @Test
    void treatsEveryKindOfWhiteSpaceAsASeparatorNotAsAValue() {
        // found by fuzzing: a trailing U+001D (white space to String.isBlank) became an Unparsed value of its own
        assertThat(one("Në vazhdimësi\u001d")).isEqualTo(new Timeframe.Ongoing("Në vazhdimësi"));
        assertThat(one("\u000b2016\u2003")).isEqualTo(Timeframe.Dated.within("2016", CalendarPeriod.year(2016)));
        assertThat(TimeframeParser.parse("2015\u001f2016")).containsExactly(
                Timeframe.Dated.within("2015", CalendarPeriod.year(2015)),
                Timeframe.Dated.within("2016", CalendarPeriod.year(2016)));
    }

    @Test
    void rejoinsWordsBrokenByALineBreakAndKeepsTheTextVerbatim() {
        assertThat(one("vazhdimes\ni")).isEqualTo(new Timeframe.Ongoing("vazhdimes\ni"));
        assertThat(one("Në\nvazhdimës\ni")).isEqualTo(new Timeframe.Ongoing("Në\nvazhdimës\ni"));
        assertThat(one("Mesi i 2009-\nës")).isEqualTo(Timeframe.Dated.within("Mesi i 2009-\nës",
                CalendarPeriod.parse("2009-mid")));
        assertThat(one("Fillimi i\n2009")).isEqualTo(Timeframe.Dated.within("Fillimi i\n2009",
                CalendarPeriod.parse("2009-start")));
    }

    @Test
    void readsYearlyRecurrences() {
        assertThat(one("Deri në shkurt të çdo viti për vitin paraardhës")).isEqualTo(new Timeframe.Recurring(
                "Deri në shkurt të çdo viti për vitin paraardhës", Month.FEBRUARY, null));
        assertThat(one("2008 dhe deri në mars të çdo viti pasardhës")).isEqualTo(new Timeframe.Recurring(
                "2008 dhe deri në mars të çdo viti pasardhës", Month.MARCH, CalendarPeriod.year(2008)));
        assertThat(one("every year by March")).isEqualTo(new Timeframe.Recurring("every year by March",
                Month.MARCH, null));
        assertThat(one("from 2024, by June every year")).isEqualTo(new Timeframe.Recurring(
                "from 2024, by June every year", Month.JUNE, CalendarPeriod.year(2024)));
    }

    @Test
    void readsSeveralValuesInOneCellInTheOrderWrittenEachWithItsOwnText() {
        assertThat(TimeframeParser.parse("2010 2009")).containsExactly(
                Timeframe.Dated.within("2010", CalendarPeriod.year(2010)),
                Timeframe.Dated.within("2009", CalendarPeriod.year(2009)));
        assertThat(TimeframeParser.parse("Gjashtëmujori\ni parë i 2009\nMesi i 2008")).containsExactly(
                Timeframe.Dated.within("Gjashtëmujori\ni parë i 2009", CalendarPeriod.half(2009, 1)),
                Timeframe.Dated.within("Mesi i 2008", CalendarPeriod.parse("2008-mid")));
        assertThat(TimeframeParser.parse("Fundi i 2008-ës qershor 2009 Deri në vitin 2010")).containsExactly(
                Timeframe.Dated.within("Fundi i 2008-ës", CalendarPeriod.parse("2008-end")),
                Timeframe.Dated.within("qershor 2009", CalendarPeriod.month(2009, 6)),
                new Timeframe.Dated("Deri në vitin 2010", null, CalendarPeriod.year(2010)));
        assertThat(TimeframeParser.parse("Në vazhdim\n2008-2010.")).containsExactly(
                new Timeframe.Ongoing("Në vazhdim"),
                new Timeframe.Dated("2008-2010", CalendarPeriod.year(2008), CalendarPeriod.year(2010)));
        assertThat(TimeframeParser.parse("Fundi i 2008 – fillimi i 2009 dhe në vazhdimësi")).containsExactly(
                new Timeframe.Dated("Fundi i 2008 – fillimi i 2009", CalendarPeriod.parse("2008-end"),
                        CalendarPeriod.parse("2009-start")),
                new Timeframe.Ongoing("në vazhdimësi"));
        assertThat(TimeframeParser.parse("2024; 2025")).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"\" | empty",
        "\"   \" | empty",
        "vazhdimet e | unrecognised wording at 'vazhdimet e'",
        "2008 - | dangling dash: a range with no end",
        "Fundi i 2008-2010 | a part of a year joined to a range of years: unclear which year it applies to",
        "Gjysma e 2008-ës | half-year without saying which one (parë, dytë...)",
        "Tremujori i 2008 | quarter without saying which one (parë, dytë...)",
        "Gjysma e tretë e 2008 | unrecognised wording at 'tretë e 2008'",
        "2010-2009 | the range ends (2009) before it starts (2010)",
        "Mesi i vitit | 'mesi' without a year",
        "Deri në | expected a period, found the end of the text",
        "Në | unrecognised wording at 'Në'",
        "0999 | year out of range: 0999",
        "12 | unrecognised wording at '12' (number)",
        "? | unrecognised wording at '?' (other)",
        "cdo vit mars | expected 'by' or 'deri në' in a yearly deadline",
        "every month | expected 'year' or 'viti' after 'every'",
        "every year by 2009 | expected a month in a yearly deadline",
        "Deri në mars të çdo | expected 'viti' or 'year' in a yearly deadline",
        "first week of 2009 | unrecognised wording at 'week of 2009'",
        "Gjysma e | expected more, found the end of the text",
        "\". ,\" | no date, period or known wording"
    })
    void leavesOtherTextUnparsedWithASpecificReason(String cell, String reason) {
        Timeframe t = one(cell);
        assertThat(t).isInstanceOf(Timeframe.Unparsed.class);
        assertThat(((Timeframe.Unparsed) t).reason()).isEqualTo(reason);
        assertThat(t.text()).isEqualTo(cell);
    }

    @Test
    void keepsWhatWasReadBeforeTheFirstUnreadableValue() {
        assertThat(TimeframeParser.parse("Gjysma e parë e vitit 2009 Gjysma e 2008-ës")).containsExactly(
                Timeframe.Dated.within("Gjysma e parë e vitit 2009", CalendarPeriod.half(2009, 1)),
                new Timeframe.Unparsed("Gjysma e 2008-ës", "half-year without saying which one (parë, dytë...)"));
    }

    @Test
    void readsANullCellAsEmpty() {
        assertThat(TimeframeParser.parse(null)).containsExactly(new Timeframe.Unparsed("", "empty"));
    }

    @Test
    void formatsInAlbanianAndEnglish() {
        Timeframe.Dated q = Timeframe.Dated.within("x", CalendarPeriod.quarter(2015, 4));
        assertThat(TimeframeParser.format(q, SQ)).isEqualTo("Tremujori i katërt i 2015");
        assertThat(TimeframeParser.format(q, Locale.ENGLISH)).isEqualTo("Q4 2015");
        Timeframe.Dated by = new Timeframe.Dated("x", null, CalendarPeriod.parse("2008-end"));
        assertThat(TimeframeParser.format(by, SQ)).isEqualTo("Deri në fund të 2008");
        assertThat(TimeframeParser.format(by, Locale.ENGLISH)).isEqualTo("by end of 2008");
        Timeframe.Dated open = new Timeframe.Dated("x", CalendarPeriod.year(2009), null);
        assertThat(TimeframeParser.format(open, SQ)).isEqualTo("2009 – në vazhdim");
        assertThat(TimeframeParser.format(open, Locale.ENGLISH)).isEqualTo("2009 – ongoing");
        assertThat(TimeframeParser.format(new Timeframe.Ongoing("x"), SQ)).isEqualTo("Në vazhdimësi");
        Timeframe.Recurring r = new Timeframe.Recurring("x", Month.MARCH, CalendarPeriod.year(2008));
        assertThat(TimeframeParser.format(r, SQ)).isEqualTo("2008 dhe deri në mars të çdo viti");
        assertThat(TimeframeParser.format(r, Locale.ENGLISH)).isEqualTo("from 2008, by March every year");
        assertThat(TimeframeParser.format(new Timeframe.Unparsed("2008 -", "dangling"), SQ)).isEqualTo("2008 -");
    }

    /** Replaces the text of a timeframe: round-trip equality is on the structure, not on the text. */
    private static Timeframe withText(Timeframe t, String text) {
        if (t instanceof Timeframe.Dated d) {
            return new Timeframe.Dated(text, d.start(), d.end());
        }
        if (t instanceof Timeframe.Recurring r) {
            return new Timeframe.Recurring(text, r.month(), r.from());
        }
        return new Timeframe.Ongoing(text);
    }

    private static Gen<CalendarPeriod> periods() {
        return integers().between(1990, 2060).zip(integers().between(0, 5), integers().between(1, 12),
                (year, p, i) -> {
                    Precision precision = Precision.values()[p];
                    int max = List.of(0, 2, 4, 12, 3, 4).get(p); // indexes per Precision, in declaration order
                    return new CalendarPeriod(year, precision, max == 0 ? 0 : (i - 1) % max + 1);
                });
    }

    private static Gen<Timeframe> timeframes() {
        return integers().between(0, 6).zip(periods(), periods(), integers().between(1, 12), (kind, a, b, m) -> {
            CalendarPeriod lo = a.compareTo(b) <= 0 ? a : b;
            CalendarPeriod hi = a.compareTo(b) <= 0 ? b : a;
            if (hi.end().isBefore(lo.start())) {
                hi = lo;
            }
            return switch (kind) {
                case 0 -> Timeframe.Dated.within("", a);
                case 1 -> new Timeframe.Dated("", lo, hi);
                case 2 -> new Timeframe.Dated("", null, a);
                case 3 -> new Timeframe.Dated("", a, null);
                case 4 -> new Timeframe.Ongoing("");
                case 5 -> new Timeframe.Recurring("", Month.of(m), null);
                default -> new Timeframe.Recurring("", Month.of(m), a);
            };
        });
    }

    @Test
    void parsingTheFormattedTextGivesBackTheSameStructureInBothLanguages() {
        qt().withExamples(3000).forAll(timeframes(), integers().between(0, 1)).checkAssert((t, lang) -> {
            String text = TimeframeParser.format(t, lang == 0 ? SQ : Locale.ENGLISH);
            assertThat(TimeframeParser.parse(text)).as(text).containsExactly(withText(t, text));
        });
    }

    @Test
    void roundTripsEveryTimeframeReadFromTheSeeds() throws IOException {
        for (String[] row : fixture()) {
            for (Timeframe t : TimeframeParser.parse(row[4])) {
                if (t instanceof Timeframe.Unparsed) {
                    continue;
                }
                for (Locale locale : List.of(SQ, Locale.ENGLISH)) {
                    String text = TimeframeParser.format(t, locale);
                    assertThat(TimeframeParser.parse(text)).as(text).containsExactly(withText(t, text));
                }
            }
        }
    }

    //-----------------------------------------------------------------------
    private static List<String[]> fixture() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : resource("seed-timeframes.tsv").split("\n")) {
            if (line.startsWith("seed\t") || line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            f[4] = f[4].replace("\\n", "\n");
            rows.add(f);
        }
        return rows;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TimeframeParserTests.class.getResourceAsStream("/timeframes/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String kind(Timeframe t) {
        if (t instanceof Timeframe.Dated) {
            return "dated";
        }
        return t instanceof Timeframe.Ongoing ? "ongoing" : t instanceof Timeframe.Recurring ? "recurring"
                : "unparsed";
    }

    /**
     * The expected counts were worked out by hand from the distinct values and frequencies in
     * seed-timeframes-README.md, not copied from the parser's output.
     */
    @Test
    void readsEverySeedCellWithTheExpectedOutcomeCounts() throws IOException {
        List<String[]> rows = fixture();
        assertThat(rows).hasSize(705);
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Integer> cells = new TreeMap<>();
        for (String[] row : rows) {
            cells.merge(row[0], 1, Integer::sum);
            for (Timeframe t : TimeframeParser.parse(row[4])) {
                counts.computeIfAbsent(row[0], k -> new TreeMap<>()).merge(kind(t), 1, Integer::sum);
            }
        }
        assertThat(cells).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "000", 87, "001", 87, "002", 34, "003", 225, "004", 272)));
        assertThat(counts.get("000")).containsExactlyInAnyOrderEntriesOf(Map.of("dated", 36, "ongoing", 51));
        assertThat(counts.get("001")).containsExactlyInAnyOrderEntriesOf(
                Map.of("dated", 36, "ongoing", 49, "unparsed", 2));
        assertThat(counts.get("002")).containsExactlyInAnyOrderEntriesOf(
                Map.of("dated", 29, "ongoing", 9, "unparsed", 4));
        assertThat(counts.get("003")).containsExactlyInAnyOrderEntriesOf(
                Map.of("dated", 207, "ongoing", 42, "recurring", 3, "unparsed", 5));
        assertThat(counts.get("004")).containsExactlyInAnyOrderEntriesOf(Map.of("dated", 272));
    }

    @Test
    void leavesExactlyTheReviewedSeedCellsUnparsed() throws IOException {
        TreeSet<String> actual = new TreeSet<>();
        for (String[] row : fixture()) {
            for (Timeframe t : TimeframeParser.parse(row[4])) {
                if (t instanceof Timeframe.Unparsed u) {
                    actual.add(row[0] + "\t" + row[1] + "\t" + u.text().replace("\n", "\\n") + "\t" + u.reason());
                }
            }
        }
        TreeSet<String> expected = new TreeSet<>();
        for (String line : resource("seed-timeframes-unparsed.tsv").split("\n")) {
            if (!line.startsWith("#") && !line.startsWith("seed\t") && !line.isBlank()) {
                expected.add(line);
            }
        }
        assertThat(expected).hasSize(11);
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}

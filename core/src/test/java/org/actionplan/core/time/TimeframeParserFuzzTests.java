package org.actionplan.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz test of the timeframe parser: it never throws, keeps the text of every value it reads, and
 * {@code parse(format(t))} gives back a structurally equal timeframe, as its Javadoc states.
 * Corpus: {@code src/test/resources/org/actionplan/core/time/TimeframeParserFuzzTestsInputs/<method>/}
 * (one cell per file, UTF-8); fuzz with {@code JAZZER_FUZZ=1 -Dtest=TimeframeParserFuzzTests}.
 */
class TimeframeParserFuzzTests {

    private static final Locale SQ = Locale.forLanguageTag("sq");

    @FuzzTest(maxDuration = "120s")
    void parseNeverThrowsKeepsTheTextAndFormatsBack(byte[] bytes) {
        String cell = new String(bytes, StandardCharsets.UTF_8);
        List<Timeframe> parsed = TimeframeParser.parse(cell);
        assertThat(parsed).isNotEmpty();
        for (Timeframe t : parsed) {
            // a caught RuntimeException inside the parser is a defect, not a reason
            if (t instanceof Timeframe.Unparsed u) {
                assertThat(u.reason()).as("cell %s", cell).doesNotStartWith("internal error");
            }
            assertThat(cell).as("text of %s", t).contains(t.text());
            if (!cell.isBlank()) {
                assertThat(t.text()).as("cell %s", cell).isNotBlank();
            }
            if (!(t instanceof Timeframe.Unparsed)) {
                for (Locale locale : new Locale[] {SQ, Locale.ENGLISH}) {
                    String text = TimeframeParser.format(t, locale);
                    List<Timeframe> again = TimeframeParser.parse(text);
                    assertThat(again).as("parse(format(%s)) = parse(%s)", t, text).hasSize(1);
                    assertThat(withoutText(again.get(0))).as("parse(%s)", text).isEqualTo(withoutText(t));
                }
            }
        }
    }

    /** The timeframe with its text replaced, for comparing structure only. */
    static Timeframe withoutText(Timeframe t) {
        if (t instanceof Timeframe.Dated d) {
            return new Timeframe.Dated("", d.start(), d.end());
        }
        if (t instanceof Timeframe.Recurring r) {
            return new Timeframe.Recurring("", r.month(), r.from());
        }
        if (t instanceof Timeframe.Ongoing) {
            return new Timeframe.Ongoing("");
        }
        return t;
    }
}

package org.actionplan.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;

import org.junit.jupiter.api.Test;

import org.actionplan.core.Activity;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;
import org.actionplan.scoring.Timeliness;

class ScheduleTests {

    private static Schedule of(Timeframe... timeframes) {
        Activity.Builder b = Activity.builder("a", LocalizedText.of("sq", "a"));
        for (Timeframe t : timeframes) {
            b.timeframe(t);
        }
        return Schedule.of(b.build(), 2008, 2010);
    }

    private static CalendarPeriod p(String text) {
        return CalendarPeriod.parse(text);
    }

    @Test
    void fuzzyPeriodsAreDueOnTheirLastDayByTheCoreConventions() {
        // "Mesi i vitit 2009": the middle third of 2009, May to August
        Schedule mid = of(Timeframe.Dated.within("Mesi i vitit 2009", p("2009-mid")));
        assertThat(mid.due()).isEqualTo(LocalDate.of(2009, 8, 31));
        assertThat(mid.classify(p("2009Q3"), false)).isEqualTo(Timeliness.DUE_IN_PERIOD);
        assertThat(mid.classify(p("2009Q2"), false)).isEqualTo(Timeliness.NOT_YET_DUE);
        assertThat(mid.classify(p("2009Q4"), false)).isEqualTo(Timeliness.OVERDUE);
        assertThat(mid.classify(p("2009Q4"), true)).isEqualTo(Timeliness.CLOSED_EARLIER);
        // "Fundi i 2008-ës": September to December 2008
        assertThat(of(Timeframe.Dated.within("Fundi i 2008-ës", p("2008-end"))).classify(p("2008H2"), false))
                .isEqualTo(Timeliness.DUE_IN_PERIOD);
    }

    @Test
    void severalDeadlinesMeanTheLatest() {
        Schedule s = of(Timeframe.Dated.within("K1 2016", CalendarPeriod.quarter(2016, 1)),
                Timeframe.Dated.within("K4 2016", CalendarPeriod.quarter(2016, 4)), new Timeframe.Unparsed("?", "no rule"));
        assertThat(s.due()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(s.classify(p("2016Q1"), false)).isEqualTo(Timeliness.NOT_YET_DUE);
    }

    @Test
    void ongoingOpenEndedAndRecurringTimeframes() {
        assertThat(of(new Timeframe.Ongoing("Në vazhdimësi")).classify(p("2009"), false)).isEqualTo(Timeliness.ONGOING);
        Schedule open = of(new Timeframe.Dated("2009 – në vazhdim", p("2009"), null));
        assertThat(open.classify(p("2008"), false)).isEqualTo(Timeliness.NOT_YET_DUE);
        assertThat(open.classify(p("2010"), false)).isEqualTo(Timeliness.ONGOING);
        // a deadline with "and ongoing" continues after the deadline
        Schedule both = of(Timeframe.Dated.within("2008", p("2008")), new Timeframe.Ongoing("në vazhdim"));
        assertThat(both.classify(p("2008"), false)).isEqualTo(Timeliness.DUE_IN_PERIOD);
        assertThat(both.classify(p("2009"), false)).isEqualTo(Timeliness.ONGOING);
        // "deri në mars të çdo viti" from 2009: due each March 2009-2010 (the plan ends in 2010)
        Schedule yearly = of(new Timeframe.Recurring("deri në mars të çdo viti", Month.MARCH, p("2009")));
        assertThat(yearly.recurrences()).containsExactly(LocalDate.of(2009, 3, 31), LocalDate.of(2010, 3, 31));
        assertThat(yearly.classify(p("2009Q1"), false)).isEqualTo(Timeliness.DUE_IN_PERIOD);
        assertThat(yearly.classify(p("2009Q2"), false)).isEqualTo(Timeliness.ONGOING);
        assertThat(yearly.classify(p("2008"), false)).isEqualTo(Timeliness.NOT_YET_DUE);
        assertThat(of(new Timeframe.Recurring("çdo vit", Month.JUNE, null)).recurrences()).hasSize(3);
    }

    @Test
    void unreadableOrMissingTimeframesAreUnknown() {
        assertThat(of().classify(p("2009"), false)).isEqualTo(Timeliness.UNKNOWN);
        assertThat(of(new Timeframe.Unparsed("vazhdimet e", "no rule")).unknown()).isTrue();
    }

    @Test
    void deadlineOnlyTimeframeIsDueAtItsEnd() {
        Schedule by = of(new Timeframe.Dated("deri në 2010", null, p("2010")));
        assertThat(by.due()).isEqualTo(LocalDate.of(2010, 12, 31));
        assertThat(by.classify(p("2010H2"), false)).isEqualTo(Timeliness.DUE_IN_PERIOD);
    }
}

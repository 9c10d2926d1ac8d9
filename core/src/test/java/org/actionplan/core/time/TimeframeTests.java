package org.actionplan.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.Month;

import org.junit.jupiter.api.Test;

class TimeframeTests {

    @Test
    void datedTimeframeWithinOnePeriodIsDueAtItsEnd() {
        Timeframe.Dated t = Timeframe.Dated.within("K4 2015", CalendarPeriod.quarter(2015, 4));
        assertThat(t.start()).isEqualTo(t.end());
        assertThat(t.dueDate()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(t.isOpenEnded()).isFalse();
        assertThat(t.isDeadlineOnly()).isFalse();
        assertThat(t.text()).isEqualTo("K4 2015");
    }

    @Test
    void openEndedAndDeadlineOnlyTimeframesKeepTheirMissingEnd() {
        Timeframe.Dated open = new Timeframe.Dated("2009 – në vazhdim", CalendarPeriod.year(2009), null);
        assertThat(open.isOpenEnded()).isTrue();
        assertThat(open.dueDate()).isNull();
        Timeframe.Dated deadline = new Timeframe.Dated("deri në qershor 2009", null, CalendarPeriod.month(2009, 6));
        assertThat(deadline.isDeadlineOnly()).isTrue();
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2009, 6, 30));
    }

    @Test
    void aDatedTimeframeNeedsAStartOrAnEnd() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Timeframe.Dated("?", null, null))
                .withMessageContaining("start or an end");
        assertThatNullPointerException().isThrownBy(() -> Timeframe.Dated.within("x", null));
        assertThatNullPointerException().isThrownBy(() -> new Timeframe.Dated(null, CalendarPeriod.year(2024), null));
    }

    @Test
    void otherFormsKeepTheirTextAndCheckTheirParts() {
        assertThat(new Timeframe.Ongoing("Në vazhdimësi").text()).isEqualTo("Në vazhdimësi");
        Timeframe.Recurring recurring = new Timeframe.Recurring("deri në mars të çdo viti", Month.MARCH, null);
        assertThat(recurring.month()).isEqualTo(Month.MARCH);
        assertThat(new Timeframe.Unparsed("", "empty cell").text()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new Timeframe.Unparsed("x", " ")).withMessageContaining("reason");
        assertThatNullPointerException().isThrownBy(() -> new Timeframe.Recurring("x", null, null));
        assertThatNullPointerException().isThrownBy(() -> new Timeframe.Ongoing(null));
    }
}

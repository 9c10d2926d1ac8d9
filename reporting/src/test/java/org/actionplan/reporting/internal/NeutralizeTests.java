package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NeutralizeTests {

    @Test
    void textsThatCouldStartAFormulaGetAnApostrophe() {
        for (String s : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(Neutralize.text(s)).isEqualTo("'" + s);
        }
    }

    @Test
    void otherTextsAreUnchanged() {
        for (String s : new String[] {"", "a=1", " =1", "1.1.1", "'quoted"}) {
            assertThat(Neutralize.text(s)).isSameAs(s);
        }
    }
}

package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.actionplan.reporting.Block;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.SampleReportsAccess;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

class MatrixBuilderTests {

    private static final Report EN = MatrixBuilder.build(SampleReportsAccess.smallPlan(), ReportOptions.of(Locale.ENGLISH));

    private static List<String> row(Table t, int i) {
        return t.rows().get(i).cells().stream().map(Value::plain).toList();
    }

    @Test
    void institutionsAgainstObjectivesWithRoleCountsAndCostLed() {
        Table m = EN.tables().get(0);
        assertThat(m.columns()).extracting(c -> c.label()).containsExactly("Institution", "1.1", "2.1", "Responsible",
                "Supporting", "Cost led (ALL)", "Led, not quantified");
        // MB leads 1.1.1 (1 734 567) and is co-responsible for 1.1.2.
        assertThat(row(m, 0)).containsExactly("Ministria e Brendshme", "2 / 0", "", "2", "0", "1734567", "0");
        // MD supports 1.1.1 and leads the unquantified 1.1.2.
        assertThat(row(m, 1)).containsExactly("Ministria e Drejtësisë", "1 / 1", "", "1", "1", "0", "1");
        // PP (resolved) leads 2.1.1 (300 000); the unresolved "PP" name on 1.1.1 is not counted here.
        assertThat(row(m, 2)).containsExactly("Prokuroria e Përgjithshme", "", "1 / 0", "1", "0", "300000", "0");
        assertThat(m.rows().get(0).cells().get(5)).isEqualTo(Value.money(new BigDecimal("1734567"), "ALL", 0));
    }

    @Test
    void unresolvedNamesAreListedWithWhereTheyAppear() {
        Table u = EN.tables().get(2);
        assertThat(u.id()).isEqualTo("unresolved");
        assertThat(row(u, 0)).containsExactly("Bashkia Tiranë", "1", "0", "1.1.2.1 Nënveprimtari");
        assertThat(row(u, 1)).containsExactly("PP", "0", "1", "1.1.1 Studim për kuadrin ligjor");
        assertThat(EN.sections().get(1).blocks().get(0)).isInstanceOf(Block.Notice.class);
    }

    @Test
    void theObjectivesKeyGivesEachCodeItsTitle() {
        Table key = EN.tables().get(1);
        assertThat(row(key, 0)).containsExactly("1.1", "Goditja e trafiqeve");
        assertThat(row(key, 1)).containsExactly("2.1", "Mbrojtja e viktimave");
    }
}

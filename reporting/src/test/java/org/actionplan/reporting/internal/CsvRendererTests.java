package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.actionplan.reporting.Column;
import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.RenderedFile;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.SampleReportsAccess;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

class CsvRendererTests {

    @Test
    void fieldsAreQuotedOnlyWhenNeededWithQuotesDoubledAndCrlfLineEnds() {
        Table t = new Table("t", "T", List.of(Column.of("a", "A,1", ColumnType.TEXT), Column.of("b", "B", ColumnType.TEXT)),
                List.of(Row.data(0, Value.text("say \"hi\""), Value.text("plain")),
                        Row.data(0, Value.text("two\nlines"), Value.text("x\ry"))), null);
        assertThat(CsvRenderer.table(t)).isEqualTo("\"A,1\",B\r\n\"say \"\"hi\"\"\",plain\r\n\"two\nlines\",\"x\ry\"\r\n");
    }

    @Test
    void numbersArePlainExactDecimalsAndNeverNeutralised() {
        Table t = new Table("t", "T", List.of(Column.of("m", "M", ColumnType.MONEY), Column.of("p", "P", ColumnType.PERCENT),
                Column.of("n", "N", ColumnType.NUMBER)),
                List.of(Row.data(0, Value.money(new BigDecimal("-1234567.885"), "ALL", 0),
                        Value.percent(new BigDecimal("1E+1"), 0), Value.count(-3))), null);
        assertThat(CsvRenderer.table(t)).isEqualTo("M,P,N\r\n-1234567.885,10,-3\r\n");
    }

    @Test
    void textAndHeadersThatCouldRunAsFormulasAreNeutralised() {
        Table t = new Table("t", "T", List.of(Column.of("a", "=A", ColumnType.TEXT)),
                List.of(Row.data(0, Value.text("@x")), Row.data(0, new Value.Text("-x", "sq", "=y", "en"))), null);
        assertThat(CsvRenderer.table(t)).isEqualTo("'=A\r\n'@x\r\n\"'-x\n=y\"\r\n");
    }

    @Test
    void everyTableAndChartGetsAFile() {
        List<RenderedFile> files = CsvRenderer.render(SampleReportsAccess.everyBlock(), "text/csv", false);
        assertThat(files).hasSize(4);
        assertThat(new String(files.get(3).bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("Activity,Start,End,Timeframe as printed,Kind\r\nMinistry of Justice,2024-01-01,2024-06-30,2024H1,Dated\r\n");
    }
}

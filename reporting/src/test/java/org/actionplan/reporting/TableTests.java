package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TableTests {

    private static final List<Column> COLUMNS = List.of(Column.of("name", "Name", ColumnType.TEXT),
            Column.of("cost", "Cost", ColumnType.MONEY));

    @Test
    void rowsMustHaveOneValuePerColumn() {
        assertThatThrownBy(() -> new Table("t", "T", COLUMNS, List.of(Row.data(0, Value.text("a"))), null))
                .hasMessage("table 't' row 0 has 1 cells for 2 columns");
    }

    @Test
    void numbersMustMatchTheirColumnButTextGoesAnywhere() {
        assertThatThrownBy(() -> new Table("t", "T", COLUMNS,
                List.of(Row.data(0, Value.text("a"), Value.count(1))), null))
                .hasMessageContaining("row 0 column 'cost' (MONEY)");
        assertThatThrownBy(() -> new Table("t", "T", COLUMNS,
                List.of(Row.data(0, Value.date(LocalDate.of(2024, 1, 1)), Value.empty())), null))
                .hasMessageContaining("column 'name' (TEXT)");
        Table ok = new Table("t", "T", COLUMNS, List.of(Row.data(0, Value.text("a"), Value.text("n/a")),
                Row.total(0, Value.text("Total"), Value.money(BigDecimal.ONE, "ALL", 0))), null);
        assertThat(ok.rows()).hasSize(2);
    }

    @Test
    void idsAreShortLowerCaseSlugs() {
        assertThatThrownBy(() -> new Table("Bad Id", "T", COLUMNS, List.of(), null)).hasMessageContaining("'Bad Id'");
        assertThatThrownBy(() -> new Table("x".repeat(32), "T", COLUMNS, List.of(), null)).hasMessageContaining("31");
        assertThat(new Table("x".repeat(31), "T", COLUMNS, List.of(), null).id()).hasSize(31);
    }

    @Test
    void aTableNeedsColumns() {
        assertThatThrownBy(() -> new Table("t", "T", List.of(), List.of(), null)).hasMessageContaining("column");
    }

    @Test
    void rowLevelsAreBounded() {
        assertThatThrownBy(() -> Row.data(-1, Value.empty())).hasMessageContaining("level");
        assertThatThrownBy(() -> Row.group(21, Value.empty())).hasMessageContaining("level");
        assertThat(Row.group(20, Value.empty()).kind()).isEqualTo(Row.Kind.GROUP);
    }
}

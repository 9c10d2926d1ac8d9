package org.actionplan.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableReaderTests {

    @Test
    void spacerCellsAreRemovedSoDataSitAtConsecutiveColumns() {
        TableReader.Result r = TableReader.read("\t\ta\t\tb\t\tc\n", TableFormat.tsv().withSpacerCells());
        assertThat(r.rows()).singleElement().satisfies(row -> assertThat(row.cells()).containsExactly("", "a", "b", "c"));
        assertThat(r.issues()).isEmpty();
    }

    @Test
    void anExtraEmptyCellIsDroppedAndTheRowRealignedWithAReport() {
        // 'OJF\t\t\t2024' in seed 004 line 1355: one empty cell too many before the year
        TableReader.Result r = TableReader.read("x\t\tOJF\t\t\t2024\t\t2025\n", TableFormat.tsv().withSpacerCells());
        assertThat(r.rows().get(0).cells()).containsExactly("x", "OJF", "2024", "2025");
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(1);
            assertThat(i.message()).contains("extra empty cell at field 4");
        });
    }

    @Test
    void dataInASpacerAfterARealCellIsKeptAndReported() {
        TableReader.Result r = TableReader.read("a\tb\t\tc\n", TableFormat.tsv().withSpacerCells());
        assertThat(r.rows().get(0).cells()).containsExactly("a", "b", "c");
        assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("spacer field 1"));
    }

    @Test
    void blankLineRecordsJoinCellsSpanningLinesAndKeepTheirLineRange() {
        String text = "\n1.1\tStudimi\tMB\tMFE\nMSHMS\nMAS\t2024\n\n1.2\tAnaliza\tMD\t\t2025\n";
        TableReader.Result r = TableReader.read(text, TableFormat.tsv().withBlankLineRecords());
        assertThat(r.rows()).hasSize(2);
        TableRow first = r.rows().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.lastLine()).isEqualTo(4);
        assertThat(first.cells()).containsExactly("1.1", "Studimi", "MB", "MFE\nMSHMS\nMAS", "2024");
        assertThat(r.rows().get(1).line()).isEqualTo(6);
        assertThat(r.rows().get(1).cell(3)).isEmpty();
        assertThat(r.rows().get(1).cell(99)).isEmpty();
    }

    @Test
    void csvQuotedCellsMayHoldDelimitersQuotesAndLineBreaks() {
        String text = "code,title,amount\n1.1,\"Studimi, \"\"i ri\"\"\nvazhdim\",\"3,340,000\"\n1.2,x,0\n";
        TableReader.Result r = TableReader.read(text, TableFormat.csv());
        assertThat(r.rows()).hasSize(3);
        assertThat(r.rows().get(1).cells()).containsExactly("1.1", "Studimi, \"i ri\"\nvazhdim", "3,340,000");
        assertThat(r.rows().get(1).line()).isEqualTo(2);
        assertThat(r.rows().get(1).lastLine()).isEqualTo(3);
        assertThat(r.rows().get(2).line()).isEqualTo(4);
    }

    @Test
    void anUnclosedQuoteIsReported() {
        TableReader.Result r = TableReader.read("a,\"b\n", TableFormat.csv());
        assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.message()).contains("not closed"));
        assertThat(r.rows().get(0).cells()).containsExactly("a", "b");
    }

    @Test
    void aLineRangeReadsOneTableOutOfADocument() {
        List<String> lines = List.of("title", "a\tb", "c\td", "footer");
        TableReader.Result r = TableReader.read(lines, 2, 3, TableFormat.tsv());
        assertThat(r.rows()).extracting(TableRow::line).containsExactly(2, 3);
        assertThatIllegalArgumentException().isThrownBy(() -> TableReader.read(lines, 3, 9, TableFormat.tsv()))
                .withMessageContaining("outside the document");
    }

    @Test
    void splitLinesDropsCarriageReturnsAndTheFinalEmptyLine() {
        assertThat(TableReader.splitLines("a\r\nb\n")).containsExactly("a", "b");
        assertThat(TableReader.read("", TableFormat.tsv()).rows()).isEmpty();
    }

    @Test
    void rowTextJoinsTheNonBlankCells() {
        TableRow row = new TableRow(1, 1, List.of("", " Kosto ", "", "1,000"));
        assertThat(row.text()).isEqualTo("Kosto 1,000");
        assertThat(row.isBlank()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new TableRow(2, 1, List.of()));
    }
}

package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import org.actionplan.reporting.Column;
import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.SampleReportsAccess;
import org.actionplan.reporting.Table;

class XlsxRendererTests {

    private static final Report SAMPLE = SampleReportsAccess.everyBlock();

    @Test
    void twoRendersGiveTheSameBytesWithoutATimestamp() throws IOException {
        byte[] a = XlsxRenderer.render(SAMPLE);
        byte[] b = XlsxRenderer.render(SAMPLE);
        assertThat(a).isEqualTo(b);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(a))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                assertThat(e.getTimeLocal()).isEqualTo("1980-01-01T00:00");
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("docProps/core.xml")) {
                    assertThat(content).contains(">1980-01-01T00:00:00Z</dcterms:created>");
                }
            }
        }
    }

    @Test
    void numbersAreNumericCellsWithFormatsAndPercentagesAreFractions() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(XlsxRenderer.render(SAMPLE)),
                new ReadingOptions(true, false))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Gap table", "Gap funding", "Rates", "Timeline");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows.get(0).getCell(0).asString()).isEqualTo("Gap table");
            assertThat(rows.get(1).getCell(1).asString()).isEqualTo("Cost (ALL)");
            Row data = rows.get(3);
            assertThat(data.getCell(0).asString()).isEqualTo("Ministry of Justice\ntranslated Ministry of Justice");
            assertThat(data.getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(data.getCell(1).asNumber()).isEqualByComparingTo("1234567.885");
            assertThat(data.getCell(1).getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(data.getCell(2).asNumber()).isEqualByComparingTo("0.1225");
            assertThat(data.getCell(2).getDataFormatString()).isEqualTo("#,##0.0%");
            assertThat(data.getCell(3).asNumber()).isEqualByComparingTo("-3");
            assertThat(data.getCell(4).asDate().toLocalDate()).isEqualTo("2024-03-05");
            assertThat(rows.get(4).getCell(0).asString()).isEqualTo("'-5 unquantified");
        }
    }

    @Test
    void sheetNamesAreLegalShortAndUnique() {
        Set<String> used = new HashSet<>();
        Table t = new Table("t", "a/b:c*?[x]\\ 'quoted' and a very long title indeed", List.of(Column.of("a", "A", ColumnType.TEXT)),
                List.of(), null);
        String first = XlsxRenderer.sheetName(t, used);
        assertThat(first).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\']");
        assertThat(first).isEqualTo("a b c   x   \u2019quoted\u2019 and a very");
        String second = XlsxRenderer.sheetName(t, used);
        assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)").isNotEqualTo(first);
        assertThat(XlsxRenderer.sheetName(new Table("fallback", "History", List.of(Column.of("a", "A", ColumnType.TEXT)),
                List.of(), null), used)).isEqualTo("fallback");
    }

    @Test
    void textsBeyondTheCellLimitAreCutWithAVisibleMarker() {
        String cut = XlsxRenderer.text("x".repeat(40_000));
        assertThat(cut).hasSizeLessThanOrEqualTo(XlsxRenderer.MAX_CELL).endsWith(" \u2026 [+" + (40_000 - 32_727) + "]");
        assertThat(XlsxRenderer.text("=x")).isEqualTo("'=x");
        assertThat(XlsxRenderer.pattern(0)).isEqualTo("#,##0");
        assertThat(XlsxRenderer.pattern(3)).isEqualTo("#,##0.000");
        assertThat(new BigDecimal("12.5").movePointLeft(2)).isEqualByComparingTo("0.125");
    }
}

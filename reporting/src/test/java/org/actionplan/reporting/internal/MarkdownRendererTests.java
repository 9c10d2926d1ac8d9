package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.actionplan.reporting.Block;
import org.actionplan.reporting.Column;
import org.actionplan.reporting.ColumnType;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportSection;
import org.actionplan.reporting.Row;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

class MarkdownRendererTests {

    private static String render(Block... blocks) {
        Report r = new Report("r", "Title", null, "en", List.of(ReportSection.of("S", blocks)));
        return new String(MarkdownRenderer.render(r), StandardCharsets.UTF_8);
    }

    private static String cellOf(String text) {
        Table t = new Table("t", "T", List.of(Column.of("a", "A", ColumnType.TEXT)), List.of(Row.data(0, Value.text(text))), null);
        String md = render(t);
        String row = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| A") && !l.startsWith("| ---"))
                .findFirst().orElseThrow();
        return row.substring(2, row.length() - 2);
    }

    @Test
    void cellsEscapePipesBackslashesAndInlineMarkup() {
        assertThat(cellOf("a|b\\c")).isEqualTo("a\\|b\\\\c");
        assertThat(cellOf("<b>*x*_y_ [l](u) `c` ~s~ &amp;")).isEqualTo("\\<b\\>\\*x\\*\\_y\\_ \\[l\\](u) \\`c\\` \\~s\\~ \\&amp;");
    }

    @Test
    void cellsTurnLineBreaksIntoBrAndDropLeadingBlanks() {
        assertThat(cellOf("one\r\ntwo\rthree\n  four")).isEqualTo("one<br>two<br>three<br>four");
    }

    @Test
    void paragraphLinesCannotStartABlock() {
        String md = render(new Block.Paragraph("# h\n- item\n+ x\n= y\n12. twelve\n3) three\n> q\n    code"));
        assertThat(md).contains("\\# h\\\n\\- item\\\n\\+ x\\\n\\= y\\\n12\\. twelve\\\n3\\) three\\\n\\> q\\\ncode\n");
    }

    @Test
    void headingsStayOnOneLine() {
        assertThat(render(new Block.Heading("a\nb"))).contains("### a b\n");
    }

    @Test
    void controlCharactersBecomeReplacementCharacters() {
        assertThat(cellOf("a\u0000b\u007fc\td")).isEqualTo("a\ufffdb\ufffdc d");
    }

    @Test
    void numericColumnsAreRightAlignedAndGroupAndTotalRowsBold() {
        Table t = new Table("t", "T", List.of(Column.of("a", "A", ColumnType.TEXT), Column.of("n", "N", ColumnType.NUMBER)),
                List.of(Row.group(0, Value.text("G"), Value.empty()), Row.data(2, Value.text("d"), Value.count(1234)),
                        Row.total(0, Value.text("T"), Value.count(1234))), "note");
        String md = render(t);
        assertThat(md).contains("| A | N |\n| --- | ---: |\n| **G** |  |\n| \u00a0\u00a0\u00a0\u00a0d | 1,234 |\n"
                + "| **T** | **1,234** |\n\n_note_\n");
    }

    @Test
    void noticesAndSummariesAreLabelled() {
        String md = render(new Block.Notice(Block.NoticeKind.ILLUSTRATIVE, "x"),
                new Block.Summary("S", List.of(new Block.Entry("Total", Value.money(java.math.BigDecimal.TEN, "ALL", 0)))));
        assertThat(md).contains("> **Illustrative data:** x\n").contains("**S**\n\n- Total: 10 ALL\n");
    }
}

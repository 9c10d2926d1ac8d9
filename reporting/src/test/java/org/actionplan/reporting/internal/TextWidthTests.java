package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextWidthTests {

    @Test
    void estimatesAreAtLeastTheAdvanceWidthsOfDejaVuSans() {
        // DejaVu Sans advance widths (units of 2048 per em): W 2025, m 1995, O 1612, D 1577, e 1260, 0 1303, i 569.
        assertThat(TextWidth.em('W')).isGreaterThanOrEqualTo(2025 / 2048.0);
        assertThat(TextWidth.em('m')).isGreaterThanOrEqualTo(1995 / 2048.0);
        assertThat(TextWidth.em('O')).isGreaterThanOrEqualTo(1612 / 2048.0);
        assertThat(TextWidth.em('D')).isGreaterThanOrEqualTo(1577 / 2048.0);
        assertThat(TextWidth.em('e')).isGreaterThanOrEqualTo(1260 / 2048.0);
        assertThat(TextWidth.em('0')).isGreaterThanOrEqualTo(1303 / 2048.0);
        assertThat(TextWidth.em('i')).isGreaterThanOrEqualTo(569 / 2048.0);
    }

    @Test
    void albanianLettersCountAsTheirBaseLetterAndMarksAndControlsAsNothing() {
        assertThat(TextWidth.width("ë", 12, false)).isEqualTo(TextWidth.width("e", 12, false));
        assertThat(TextWidth.width("Ç", 12, false)).isEqualTo(TextWidth.width("C", 12, false));
        assertThat(TextWidth.width("e\u0308\u202e\u200d", 12, false)).isEqualTo(TextWidth.width("e", 12, false));
        assertThat(TextWidth.width("中", 10, false)).isEqualTo(10.0);
        assertThat(TextWidth.width("\uD83D\uDE00", 10, false)).isEqualTo(13.0);
        assertThat(TextWidth.width("WW", 10, true)).isGreaterThan(TextWidth.width("WW", 10, false));
    }

    @Test
    void fitKeepsATextThatFitsAndCutsOneThatDoesNotWithAnEllipsis() {
        assertThat(TextWidth.fit("Viti 2024", 200, 12, false)).isEqualTo("Viti 2024");
        String cut = TextWidth.fit("ULJA E KËRCËNIMIT DHE NDIKIMIT TË KRIMIT TË ORGANIZUAR", 120, 12, false);
        assertThat(cut).endsWith("\u2026").startsWith("ULJA E");
        assertThat(TextWidth.width(cut, 12, false)).isLessThanOrEqualTo(120);
        assertThat(TextWidth.fit("\uD83D\uDE00".repeat(5), 40, 10, false)).isEqualTo("\uD83D\uDE00\uD83D\uDE00\u2026");
    }

    @Test
    void wrapBreaksAtSpacesIntoAtMostTheLinesAskedAndMarksWhatIsLeftOut() {
        List<String> lines = TextWidth.wrap("MBROJTJA E QYTETARËVE, INSTITUCIONEVE DHE EKONOMISË NGA KRIMI", 200, 12, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("MBROJTJA E QYTETARËVE,");
        assertThat(lines.get(1)).startsWith("INSTITUCIONEVE").endsWith("\u2026");
        assertThat(TextWidth.wrap("2024", 200, 12, 2)).containsExactly("2024");
        assertThat(TextWidth.wrap("W".repeat(40), 100, 12, 2)).hasSize(2).allSatisfy(l -> assertThat(l).isNotEmpty());
    }

    @Test
    void wrappedLinesAlwaysFitAndKeepTheTextsBeginning() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 300), integers().between(30, 400),
                integers().between(1, 3)).checkAssert((s, room, maxLines) -> {
                    List<String> lines = TextWidth.wrap(s, room, 12, maxLines);
                    assertThat(lines).hasSizeBetween(1, maxLines);
                    for (String line : lines) {
                        assertThat(TextWidth.width(line, 12, false)).isLessThanOrEqualTo(room);
                    }
                    String first = lines.get(0).endsWith("\u2026") ? lines.get(0).substring(0, lines.get(0).length() - 1)
                            : lines.get(0);
                    assertThat(s.strip()).startsWith(first);
                });
    }
}

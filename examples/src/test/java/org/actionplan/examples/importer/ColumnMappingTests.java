package org.actionplan.examples.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ColumnMappingTests {

    private static final ColumnMapping MAPPING = ColumnMapping.builder()
            .map(0, "code").map(1, "title").map(2, "cost.2024.current")
            .ignore(3, 4, "later years are not costed").build();

    @Test
    void readReturnsMappedCellsByKeyInColumnOrder() {
        List<ImportIssue> issues = new ArrayList<>();
        Map<String, String> values = MAPPING.read(new TableRow(7, 7, List.of("1.1", "Studimi", "1,000", "0", "")), issues);
        assertThat(values).containsExactly(Map.entry("code", "1.1"), Map.entry("title", "Studimi"),
                Map.entry("cost.2024.current", "1,000"));
        assertThat(issues).isEmpty();
        assertThat(MAPPING.columnOf("title")).contains(1);
        assertThat(MAPPING.columnOf("gap")).isEmpty();
        assertThat(MAPPING.ignored()).containsOnlyKeys(3, 4);
    }

    @Test
    void everyUnmappedNonEmptyCellIsReported() {
        List<ImportIssue> issues = new ArrayList<>();
        Map<String, String> values = MAPPING.read(new TableRow(9, 9, List.of("1.1", "", "", "ERROR:#REF!", "-", "x")),
                issues);
        assertThat(values).containsEntry("title", "");
        assertThat(issues).extracting(ImportIssue::column, ImportIssue::cell)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "ERROR:#REF!"),
                        org.assertj.core.groups.Tuple.tuple(5, "x"));
        assertThat(issues.get(0).toString()).startsWith("line 9, column 3: cell in an ignored column");
    }

    @Test
    void missingCellsOfAShortRowReadAsEmpty() {
        Map<String, String> values = MAPPING.read(new TableRow(1, 1, List.of("1.1")), new ArrayList<>());
        assertThat(values).containsEntry("cost.2024.current", "");
    }

    @Test
    void unknownKeysAndDoubleMappingsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> ColumnMapping.builder().map(0, "costs"))
                .withMessageContaining("unknown field key 'costs'");
        assertThatIllegalArgumentException().isThrownBy(() -> ColumnMapping.builder().map(0, "code").map(0, "title"));
        assertThatIllegalArgumentException().isThrownBy(() -> ColumnMapping.builder().map(0, "code").map(1, "code"));
        assertThatIllegalArgumentException().isThrownBy(() -> ColumnMapping.builder().map(2, "gap").ignore(1, 3, "x"));
        assertThat(ColumnMapping.builder().map(0, "funding.FOREIGN.total").map(1, "converted.EUR")
                .map(2, "target.2025").build().keys()).hasSize(3);
    }
}

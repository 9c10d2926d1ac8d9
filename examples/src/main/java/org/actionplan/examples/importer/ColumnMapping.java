package org.actionplan.examples.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which column of a table holds which field: the bridge between a user's spreadsheet and the model.
 * <p>
 * Fields are named by keys:
 * <ul>
 * <li>{@code code}, {@code title}, {@code budgetProgram}, {@code lead}, {@code contributing}, {@code start},
 *     {@code end}, {@code indicator}, {@code donor}, {@code note}, {@code resultReference};</li>
 * <li>{@code cost.YYYY.current}, {@code cost.YYYY.capital}, {@code cost.YYYY.total}: the cost of a fiscal year;</li>
 * <li>{@code costTotal.current}, {@code costTotal.capital}, {@code costTotal.total}: printed period totals;</li>
 * <li>{@code funding.SOURCE.current}, {@code funding.SOURCE.capital}, {@code funding.SOURCE.total}, where SOURCE
 *     is a {@link org.actionplan.core.money.FundingSourceKind} name: funding over the period;</li>
 * <li>{@code gap}: the financing gap as printed; {@code baseline.YYYY}, {@code target.YYYY}: indicator values;</li>
 * <li>{@code converted.CCY}: the cost converted to another currency, e.g. {@code converted.EUR}.</li>
 * </ul>
 * Columns can also be ignored with a stated reason: their non-empty, non-zero cells are still reported.
 * This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
public final class ColumnMapping {

    private static final Pattern KEY = Pattern.compile(
            "code|title|budgetProgram|lead|contributing|start|end|indicator|donor|note|resultReference|gap"
            + "|cost\\.\\d{4}\\.(current|capital|total)|costTotal\\.(current|capital|total)"
            + "|funding\\.[A-Z_]+\\.(current|capital|total)|baseline\\.\\d{4}|target\\.\\d{4}|converted\\.[A-Z]{3}");

    private final SortedMap<Integer, String> keys;
    private final SortedMap<Integer, String> ignored;

    private ColumnMapping(SortedMap<Integer, String> keys, SortedMap<Integer, String> ignored) {
        this.keys = Collections.unmodifiableSortedMap(new TreeMap<>(keys));
        this.ignored = Collections.unmodifiableSortedMap(new TreeMap<>(ignored));
    }

    /**
     * Starts a builder.
     *
     * @return the builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the mapped columns: column index to field key, in column order.
     *
     * @return the keys, never null
     */
    public SortedMap<Integer, String> keys() {
        return keys;
    }

    /**
     * Returns the ignored columns and the reason for each.
     *
     * @return the ignored columns, never null
     */
    public SortedMap<Integer, String> ignored() {
        return ignored;
    }

    /**
     * Finds the column of a field.
     *
     * @param key  the field key, not null
     * @return the 0-based column, empty if the field is not mapped
     */
    public Optional<Integer> columnOf(String key) {
        for (Map.Entry<Integer, String> e : keys.entrySet()) {
            if (e.getValue().equals(key)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the mapped cells of a row, reporting every non-empty cell that is neither mapped nor ignored,
     * and every ignored cell that holds something other than nothing or zero.
     *
     * @param row  the row, not null
     * @param issues  where to add issues, not null
     * @return the values by field key in column order (empty cells included as empty strings), never null
     */
    public Map<String, String> read(TableRow row, java.util.List<ImportIssue> issues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            String key = keys.get(i);
            if (key != null) {
                values.put(key, cell);
            } else if (ignored.containsKey(i)) {
                AmountCell a = AmountCell.parse(cell);
                if (!a.isNothing() && !(a.kind() == AmountCell.Kind.NUMBER && a.value().signum() == 0)) {
                    issues.add(new ImportIssue(row.line(), i, cell,
                            "cell in an ignored column (" + ignored.get(i) + ") holds a value"));
                }
            } else if (!cell.isBlank()) {
                issues.add(new ImportIssue(row.line(), i, cell, "cell in an unmapped column"));
            }
        }
        for (Map.Entry<Integer, String> e : keys.entrySet()) {
            values.putIfAbsent(e.getValue(), "");
        }
        return values;
    }

    /**
     * A mutable builder of {@link ColumnMapping}. Not thread-safe.
     */
    public static final class Builder {
        private final SortedMap<Integer, String> keys = new TreeMap<>();
        private final SortedMap<Integer, String> ignored = new TreeMap<>();

        private Builder() {
        }

        /**
         * Maps a column to a field.
         *
         * @param column  the 0-based column
         * @param key  the field key (see the class documentation), not null
         * @return this builder
         * @throws IllegalArgumentException if the key is unknown, or the column or key is already mapped
         */
        public Builder map(int column, String key) {
            Objects.requireNonNull(key, "key must not be null");
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("unknown field key '" + key + "' for column " + column);
            }
            if (column < 0 || keys.containsKey(column) || ignored.containsKey(column) || keys.containsValue(key)) {
                throw new IllegalArgumentException("column " + column + " or field '" + key + "' is already mapped");
            }
            keys.put(column, key);
            return this;
        }

        /**
         * Ignores a range of columns on purpose.
         *
         * @param from  the first column, 0-based
         * @param to  the last column, inclusive
         * @param reason  why, not null
         * @return this builder
         * @throws IllegalArgumentException if a column is already mapped
         */
        public Builder ignore(int from, int to, String reason) {
            Objects.requireNonNull(reason, "reason must not be null");
            for (int c = from; c <= to; c++) {
                if (keys.containsKey(c)) {
                    throw new IllegalArgumentException("column " + c + " is mapped; it cannot be ignored");
                }
                ignored.put(c, reason);
            }
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping, never null
         */
        public ColumnMapping build() {
            return new ColumnMapping(keys, ignored);
        }
    }
}

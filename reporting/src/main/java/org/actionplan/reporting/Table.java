package org.actionplan.reporting;

import java.util.List;
import java.util.regex.Pattern;

import org.actionplan.core.Checks;

/**
 * A table of typed columns and rows.
 * <p>
 * Every row has one value per column. A number value must be of its column's kind (money in a money column, and
 * so on); a date only goes in a date column; text and empty values go anywhere (a money column may say
 * "unquantified"). This class is immutable and thread-safe.
 *
 * @param id  the table's id within its report: 1 to 31 characters of {@code a-z}, {@code 0-9} and {@code -},
 *        used for file and sheet names
 * @param title  the title shown above the table, not null
 * @param columns  the columns, not empty
 * @param rows  the rows, may be empty or null for none
 * @param note  a note shown under the table, may be null
 */
public record Table(String id, String title, List<Column> columns, List<Row> rows, String note) implements Block {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,30}");

    /**
     * Creates a table.
     *
     * @throws IllegalArgumentException if the id is malformed, there are no columns, or a row does not fit the
     *         columns (the message names the row and column)
     * @throws NullPointerException if a required argument or an element is null
     */
    public Table {
        checkId(id);
        Checks.notNull(title, "title");
        columns = Checks.list(columns, "columns");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table '" + id + "' needs at least one column");
        }
        rows = Checks.list(rows, "rows");
        for (int r = 0; r < rows.size(); r++) {
            List<Value> cells = rows.get(r).cells();
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException("table '" + id + "' row " + r + " has " + cells.size()
                        + " cells for " + columns.size() + " columns");
            }
            for (int c = 0; c < cells.size(); c++) {
                Value v = cells.get(c);
                ColumnType type = columns.get(c).type();
                boolean fits = v instanceof Value.Number n ? n.kind() == type
                        : !(v instanceof Value.Date) || type == ColumnType.DATE;
                if (!fits) {
                    throw new IllegalArgumentException("table '" + id + "' row " + r + " column '"
                            + columns.get(c).key() + "' (" + type + ") cannot hold " + v);
                }
            }
        }
    }

    static String checkId(String id) {
        Checks.notNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be 1 to 31 characters of a-z, 0-9 and '-', starting with a "
                    + "letter or digit: '" + id + "'");
        }
        return id;
    }
}

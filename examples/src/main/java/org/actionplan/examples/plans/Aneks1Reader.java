package org.actionplan.examples.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actionplan.core.SectionKind;
import org.actionplan.examples.importer.ImportIssue;
import org.actionplan.examples.importer.ImportedRow;

/**
 * Reads the action table of seed 004 (ANEKS 1, "Tabela e PKV-së antitrafikim"), whose export puts every
 * cell on a line of its own that starts with a tab, continues a cell on the following lines without a
 * tab, and does not keep rows apart reliably (a row may be broken by a blank line or split in two).
 * <p>
 * The reader therefore works on the stream of non-blank cells: it recognises the headings of goals,
 * objectives and measures, skips the repeated column headers, and cuts activities at their anchor, the
 * two year cells (start and end): the cells before them are title, lead and contributing bodies, the cell
 * after them the indicator, then up to three short cells baseline 2023, target 2024 and target 2025.
 * Activities get the position code {@code measure.n} (the table prints no activity numbers). Rows that do
 * not fit that shape are reported; corrections fix them. Export artefacts ({@code [bookmark: ...]}) are
 * removed from the text. This class is immutable and thread-safe.
 */
public final class Aneks1Reader {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern YEAR = Pattern.compile("^\\s*20\\d\\d\\s*$");
    private static final Pattern GOAL = Pattern.compile("(?iu)^Q[EË]LLIMI I POLITIK[EË]S\\s+(\\d+|[IVX]+)\\.?\\s*:?\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern OBJECTIVE = Pattern.compile("(?iu)^OBJEKTIVI SPECIFIK\\s+(\\d+\\.\\d+)\\.?\\s*:?\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern OBJECTIVE_CODE = Pattern.compile("^\\d+\\.\\d+\\.?$");
    private static final Pattern MEASURE_CODE = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)\\.?\\s*$");
    private static final Pattern MEASURE_INLINE = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)\\.?\\s+(.+)$", Pattern.DOTALL);
    private static final int SHORT = 25;

    private Aneks1Reader() {
    }

    /** A cell of the stream: its text and the line where it starts. */
    record Cell(String text, int line) {
    }

    /**
     * Reads the table from the document's lines.
     *
     * @param lines  the document lines, not null
     * @param first  the first line of the table, 1-based
     * @param last  the last line of the table, inclusive
     * @param issues  where to report rows that do not fit, not null
     * @return the goal, objective and measure headings and the activities, in table order, never null
     */
    public static List<ImportedRow> read(List<String> lines, int first, int last, List<ImportIssue> issues) {
        List<Cell> cells = cells(lines, first, last);
        List<ImportedRow> rows = new ArrayList<>();
        String measure = null;
        int position = 0;
        int i = 0;
        while (i < cells.size()) {
            Cell c = cells.get(i);
            String t = c.text().strip();
            Matcher m;
            if (t.isEmpty() || t.startsWith("I. LUFTA KUND") || t.equals("Aktivitete") || t.startsWith("ANEKS 1")
                    || t.startsWith("TABELA E PKV")) {
                i++;
                continue;
            }
            if (t.equals("Nr.")) {
                i = skipHeader(cells, i);
                continue;
            }
            if ((m = GOAL.matcher(t)).matches()) {
                rows.add(section(c, SectionKind.GOAL, m.group(1), m.group(2)));
                i++;
                continue;
            }
            if ((m = OBJECTIVE.matcher(t)).matches()) {
                rows.add(section(c, SectionKind.OBJECTIVE, m.group(1), m.group(2)));
                i++;
                continue;
            }
            int next = nextNonEmpty(cells, i + 1);
            if (OBJECTIVE_CODE.matcher(t).matches() && next < cells.size()
                    && OBJECTIVE.matcher(cells.get(next).text().strip()).matches()) {
                i++;
                continue;
            }
            if ((m = MEASURE_CODE.matcher(t)).matches() && next < cells.size()) {
                measure = m.group(1);
                position = 0;
                rows.add(section(c, SectionKind.MEASURE, m.group(1), cells.get(next).text().strip()));
                i = next + 1;
                continue;
            }
            if ((m = MEASURE_INLINE.matcher(t)).matches() && t.length() < 300) {
                measure = m.group(1);
                position = 0;
                rows.add(section(c, SectionKind.MEASURE, m.group(1), m.group(2).strip()));
                i++;
                continue;
            }
            // an activity: up to the year pair
            int y = i;
            while (y + 1 < cells.size() && !(YEAR.matcher(cells.get(y).text()).matches()
                    && YEAR.matcher(cells.get(y + 1).text()).matches())) {
                y++;
            }
            if (y + 1 >= cells.size()) {
                issues.add(new ImportIssue(c.line(), null, t, "cells after the last activity do not form an activity"));
                break;
            }
            position++;
            String code = (measure == null ? "?" : measure) + "." + position;
            List<ImportIssue> local = new ArrayList<>();
            int[] end = new int[1];
            rows.add(activity(code, cells, i, y, end, local));
            issues.addAll(local);
            i = end[0];
        }
        return rows;
    }

    private static int nextNonEmpty(List<Cell> cells, int from) {
        int i = from;
        while (i < cells.size() && cells.get(i).text().isBlank()) {
            i++;
        }
        return i;
    }

    private static boolean isValue(String text) {
        String t = text.strip();
        return t.length() <= SHORT && !t.equals("Nr.") && !MEASURE_CODE.matcher(t).matches()
                && !OBJECTIVE_CODE.matcher(t).matches() && !t.equals("Aktivitete");
    }

    private static int skipHeader(List<Cell> cells, int start) {
        int i = start;
        while (i < cells.size() && !cells.get(i).text().strip().equals("2023")) {
            i++;
        }
        i = nextNonEmpty(cells, i + 1);
        return nextNonEmpty(cells, i + 1) + 1;
    }

    private static ImportedRow section(Cell c, SectionKind kind, String code, String title) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", code);
        values.put("title", title.strip());
        return new ImportedRow(c.line(), c.line(), ImportedRow.Kind.SECTION, kind, null, code, title.strip(), values);
    }

    private static ImportedRow activity(String code, List<Cell> cells, int from, int y, int[] endIndex,
            List<ImportIssue> issues) {
        Map<String, String> values = new LinkedHashMap<>();
        int t = nextNonEmpty(cells, from);
        Cell titleCell = cells.get(t);
        int line = titleCell.line();
        List<String> rest = new ArrayList<>();
        for (int k = t + 1; k < y; k++) {
            if (!cells.get(k).text().isBlank()) {
                rest.add(cells.get(k).text().strip());
            }
        }
        if (rest.size() > 2) {
            issues.add(new ImportIssue(line, null, titleCell.text(), "activity " + code + " has " + (rest.size() + 1)
                    + " cells before its years (expected title, lead, contributing); the extra ones are read as"
                    + " contributing"));
        }
        values.put("title", titleCell.text().strip());
        values.put("lead", rest.size() > 0 ? rest.get(0) : "");
        values.put("contributing", rest.size() > 1 ? String.join("\n", rest.subList(1, rest.size())) : "");
        values.put("start", cells.get(y).text().strip());
        values.put("end", cells.get(y + 1).text().strip());
        int j = y + 2;
        StringBuilder indicator = new StringBuilder(j < cells.size() ? cells.get(j).text().strip() : "");
        j++;
        while (j < cells.size() && cells.get(j).text().strip().length() > SHORT) {
            issues.add(new ImportIssue(cells.get(j).line(), null, cells.get(j).text(), "activity " + code
                    + ": a long cell after the indicator is read as part of the indicator"));
            indicator.append('\n').append(cells.get(j).text().strip());
            j++;
        }
        values.put("indicator", indicator.toString());
        String[] keys = {"baseline.2023", "target.2024", "target.2025"};
        int lastLine = cells.get(Math.min(j, cells.size()) - 1).line();
        for (String key : keys) {
            if (j < cells.size() && isValue(cells.get(j).text())) {
                values.put(key, cells.get(j).text().strip());
                lastLine = cells.get(j).line();
                j++;
            } else {
                values.put(key, "");
                issues.add(new ImportIssue(line, null, titleCell.text(), "activity " + code + ": no cell for " + key));
            }
        }
        endIndex[0] = j;
        return new ImportedRow(line, Math.max(line, lastLine), ImportedRow.Kind.ACTIVITY, null, null, code,
                values.get("title"), values);
    }

    static List<Cell> cells(List<String> lines, int first, int last) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder current = null;
        int currentLine = 0;
        for (int n = first; n <= last; n++) {
            String line = BOOKMARK.matcher(lines.get(n - 1)).replaceAll("");
            if (line.isBlank() && !line.contains("\t")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (!parts[0].isEmpty()) {
                if (current == null) {
                    current = new StringBuilder(parts[0]);
                    currentLine = n;
                } else {
                    current.append('\n').append(parts[0]);
                }
            }
            for (int k = 1; k < parts.length; k++) {
                if (current != null) {
                    cells.add(new Cell(current.toString(), currentLine));
                }
                // an empty cell opened by a tab in the middle or at the end of a line is an export artefact
                // (the 'Tatimeve<TAB><TAB>' pattern); only a line that is just a tab is a real empty cell
                if (k > 1 && parts[k].isEmpty() && (k + 1 < parts.length || parts.length > 2)) {
                    current = null;
                    continue;
                }
                current = new StringBuilder(parts[k]);
                currentLine = n;
            }
        }
        if (current != null) {
            cells.add(new Cell(current.toString(), currentLine));
        }
        return cells;
    }
}

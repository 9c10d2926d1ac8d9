package org.actionplan.reporting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.actionplan.core.Checks;

/**
 * A report: a format-neutral document of sections, tables, charts and notices, rendered to bytes by
 * {@link ReportFormat#render(Report)}.
 * <p>
 * A report holds no timestamp: the same report renders to the same bytes. All labels are already in the report's
 * language; numbers and dates are formatted by the renderers for that language. This class is immutable and
 * thread-safe.
 *
 * @param id  the report's id, as for {@link Table#id()}; file names start with it
 * @param title  the title, not null
 * @param subtitle  a subtitle (such as the plan title), may be null
 * @param language  the BCP 47 language tag of the labels, such as {@code en} or {@code sq}, not blank
 * @param sections  the sections, null for none
 */
public record Report(String id, String title, String subtitle, String language, List<ReportSection> sections) {

    /**
     * Creates a report.
     *
     * @throws IllegalArgumentException if the id is malformed, the language is blank, or two tables or charts
     *         share an id
     * @throws NullPointerException if a required argument or an element is null
     */
    public Report {
        Table.checkId(id);
        Checks.notNull(title, "title");
        Checks.notBlank(language, "language");
        sections = Checks.list(sections, "sections");
        Set<String> ids = new HashSet<>();
        for (ReportSection section : sections) {
            for (Block block : section.blocks()) {
                String blockId = block instanceof Table t ? t.id() : block instanceof Chart c ? c.id() : null;
                if (blockId != null && !ids.add(blockId)) {
                    throw new IllegalArgumentException("report '" + id + "' has two tables or charts with id '"
                            + blockId + "'");
                }
            }
        }
    }

    /**
     * Returns the locale of the report's language.
     *
     * @return the locale, never null
     */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /**
     * Returns every table of the report, in reading order.
     *
     * @return the tables, never null
     */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (ReportSection section : sections) {
            for (Block block : section.blocks()) {
                if (block instanceof Table t) {
                    tables.add(t);
                }
            }
        }
        return tables;
    }
}

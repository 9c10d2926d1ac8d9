package org.actionplan.reporting;

import java.util.List;

import org.actionplan.core.Checks;

/**
 * A titled section of a report, holding blocks in reading order.
 *
 * @param title  the section title, not null
 * @param blocks  the blocks, null for none
 */
public record ReportSection(String title, List<Block> blocks) {

    /**
     * Creates a section.
     *
     * @throws NullPointerException if an argument or an element is null
     */
    public ReportSection {
        Checks.notNull(title, "title");
        blocks = Checks.list(blocks, "blocks");
    }

    /**
     * Creates a section.
     *
     * @param title  the title, not null
     * @param blocks  the blocks, not null
     * @return the section, never null
     */
    public static ReportSection of(String title, Block... blocks) {
        return new ReportSection(title, List.of(blocks));
    }
}

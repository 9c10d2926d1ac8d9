package org.actionplan.reporting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.actionplan.core.Checks;

/**
 * A block of a report section: a heading, paragraph, notice, key-value summary, table or chart.
 * All implementations are immutable and thread-safe; texts are kept verbatim and escaped by the renderers.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
    @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Block.Notice.class, name = "notice"),
    @JsonSubTypes.Type(value = Block.Summary.class, name = "summary"),
    @JsonSubTypes.Type(value = Table.class, name = "table"),
    @JsonSubTypes.Type(value = Chart.Bars.class, name = "bars"),
    @JsonSubTypes.Type(value = Chart.Gantt.class, name = "gantt")
})
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Notice, Block.Summary, Table, Chart {

    /**
     * A sub-heading inside a section.
     *
     * @param text  the heading, not null
     */
    record Heading(String text) implements Block {

        /**
         * Creates a heading.
         *
         * @throws NullPointerException if the text is null
         */
        public Heading {
            Checks.notNull(text, "text");
        }
    }

    /**
     * A paragraph of plain text; line breaks in the text are kept.
     *
     * @param text  the text, not null
     */
    record Paragraph(String text) implements Block {

        /**
         * Creates a paragraph.
         *
         * @throws NullPointerException if the text is null
         */
        public Paragraph {
            Checks.notNull(text, "text");
        }
    }

    /**
     * A notice set apart from the text, such as "illustrative data".
     *
     * @param kind  the kind, not null
     * @param text  the text, not null
     */
    record Notice(NoticeKind kind, String text) implements Block {

        /**
         * Creates a notice.
         *
         * @throws NullPointerException if an argument is null
         */
        public Notice {
            Checks.notNull(kind, "kind");
            Checks.notNull(text, "text");
        }
    }

    /** The kind of a notice. */
    enum NoticeKind {
        /** Information. */
        INFO,
        /** A warning about the content, such as data that could not be quantified. */
        WARNING,
        /** The report shows illustrative, not real, data. */
        ILLUSTRATIVE
    }

    /**
     * A list of labelled values, such as an executive summary.
     *
     * @param title  the title, may be null
     * @param entries  the entries in order, null for none (JSON leaves empty lists out)
     */
    record Summary(String title, List<Entry> entries) implements Block {

        /**
         * Creates a summary.
         *
         * @throws NullPointerException if the list or an element is null
         */
        public Summary {
            entries = Checks.list(entries, "entries");
        }
    }

    /**
     * One labelled value of a summary.
     *
     * @param label  the label, not null
     * @param value  the value, not null
     */
    record Entry(String label, Value value) {

        /**
         * Creates an entry.
         *
         * @throws NullPointerException if an argument is null
         */
        public Entry {
            Checks.notNull(label, "label");
            Checks.notNull(value, "value");
        }
    }
}

package org.actionplan.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.actionplan.core.indicator.Indicator;

/**
 * A grouping level of a plan: a pillar, goal, objective or measure, holding child sections and activities.
 * <p>
 * Depth varies by plan (3 levels in Kosovo 2015-2019, 4 in Albania 2024-2025, up to 5 in Albania
 * 2008-2010). {@code label} is the level's name as printed on this node ("SYNIMI STRATEGJIK",
 * "OBJEKTIVI SPECIFIK"); {@code altCodes} other codes the document gives the same node elsewhere (Kosovo
 * numbers some objectives differently in its text and its table).
 * This class is immutable and thread-safe. Build one with {@link #builder(String, SectionKind, LocalizedText)}.
 *
 * @param id  an identifier unique in the plan, not blank
 * @param kind  the kind of level, not null
 * @param label  the level label as printed on this node, may be null
 * @param code  the normalised code, may be null
 * @param rawCode  the code as printed, may be null
 * @param altCodes  other codes printed for this node, may be empty
 * @param title  the title as printed, not null
 * @param description  a longer description, may be null
 * @param expectedResults  expected results, may be empty
 * @param indicators  outcome indicators, may be empty
 * @param budgetProgramText  the budget programmes the document names for this node, as printed, may be null
 * @param weight  an explicit importance weight for roll-ups, may be null
 * @param children  child sections, may be empty
 * @param activities  activities directly under this section, may be empty
 * @param sources  where it is printed, may be empty
 * @param notes  remarks, may be empty
 */
public record Section(String id, SectionKind kind, String label, Code code, String rawCode, List<String> altCodes,
        LocalizedText title, LocalizedText description, List<LocalizedText> expectedResults, List<Indicator> indicators,
        String budgetProgramText, BigDecimal weight, List<Section> children, List<Activity> activities,
        List<SourceRef> sources, List<String> notes) {

    /**
     * Creates a section.
     *
     * @throws IllegalArgumentException if the id is blank or the weight negative
     */
    public Section {
        Checks.notBlank(id, "id");
        Checks.notNull(kind, "kind");
        altCodes = Checks.list(altCodes, "altCodes");
        Checks.notNull(title, "title");
        expectedResults = Checks.list(expectedResults, "expectedResults");
        indicators = Checks.list(indicators, "indicators");
        weight = Checks.nonNegative(weight, "weight");
        children = Checks.list(children, "children");
        activities = Checks.list(activities, "activities");
        sources = Checks.list(sources, "sources");
        notes = Checks.list(notes, "notes");
    }

    /**
     * Starts a builder.
     *
     * @param id  the id, not blank
     * @param kind  the kind, not null
     * @param title  the title, not null
     * @return the builder, never null
     */
    public static Builder builder(String id, SectionKind kind, LocalizedText title) {
        return new Builder(id, kind, title);
    }

    /**
     * Returns a builder holding this section's values.
     *
     * @return the builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, kind, title);
        b.label = label;
        b.code = code;
        b.rawCode = rawCode;
        b.altCodes.addAll(altCodes);
        b.description = description;
        b.expectedResults.addAll(expectedResults);
        b.indicators.addAll(indicators);
        b.budgetProgramText = budgetProgramText;
        b.weight = weight;
        b.children.addAll(children);
        b.activities.addAll(activities);
        b.sources.addAll(sources);
        b.notes.addAll(notes);
        return b;
    }

    /**
     * Visits every activity under this section, depth first in document order: this section's own
     * activities (each with its sub-activities) before those of its child sections.
     *
     * @param visitor  the visitor, not null
     */
    public void forEachActivity(Consumer<Activity> visitor) {
        for (Activity a : activities) {
            a.forEachInTree(visitor);
        }
        for (Section child : children) {
            child.forEachActivity(visitor);
        }
    }

    /**
     * Returns every activity under this section, in the order of {@link #forEachActivity(Consumer)}.
     *
     * @return the activities, never null
     */
    public List<Activity> allActivities() {
        List<Activity> all = new ArrayList<>();
        forEachActivity(all::add);
        return all;
    }

    /**
     * A mutable builder of {@link Section}. Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private final SectionKind kind;
        private final LocalizedText title;
        private String label;
        private Code code;
        private String rawCode;
        private final List<String> altCodes = new ArrayList<>();
        private LocalizedText description;
        private final List<LocalizedText> expectedResults = new ArrayList<>();
        private final List<Indicator> indicators = new ArrayList<>();
        private String budgetProgramText;
        private BigDecimal weight;
        private final List<Section> children = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final List<SourceRef> sources = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id, SectionKind kind, LocalizedText title) {
            this.id = id;
            this.kind = kind;
            this.title = title;
        }

        /**
         * Sets the level label as printed.
         *
         * @param label  the label, may be null
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * Sets the code as printed and its normalised form (null if it is not a code).
         *
         * @param printed  the printed code, may be null
         * @return this builder
         */
        public Builder code(String printed) {
            this.rawCode = printed;
            this.code = Code.tryParse(printed).orElse(null);
            return this;
        }

        /**
         * Sets the normalised code and the printed code separately, without parsing.
         *
         * @param code  the code, may be null
         * @param printed  the printed code, may be null
         * @return this builder
         */
        public Builder code(Code code, String printed) {
            this.code = code;
            this.rawCode = printed;
            return this;
        }

        /**
         * Adds another code printed for this node.
         *
         * @param altCode  the code, not null
         * @return this builder
         */
        public Builder altCode(String altCode) {
            altCodes.add(altCode);
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description  the description, may be null
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            this.description = description;
            return this;
        }

        /**
         * Adds an expected result.
         *
         * @param result  the result, not null
         * @return this builder
         */
        public Builder expectedResult(LocalizedText result) {
            expectedResults.add(result);
            return this;
        }

        /**
         * Adds an indicator.
         *
         * @param indicator  the indicator, not null
         * @return this builder
         */
        public Builder indicator(Indicator indicator) {
            indicators.add(indicator);
            return this;
        }

        /**
         * Sets the budget programmes as printed.
         *
         * @param text  the text, may be null
         * @return this builder
         */
        public Builder budgetProgramText(String text) {
            this.budgetProgramText = text;
            return this;
        }

        /**
         * Sets the importance weight.
         *
         * @param weight  the weight, may be null
         * @return this builder
         */
        public Builder weight(BigDecimal weight) {
            this.weight = weight;
            return this;
        }

        /**
         * Adds a child section.
         *
         * @param child  the child, not null
         * @return this builder
         */
        public Builder child(Section child) {
            children.add(child);
            return this;
        }

        /**
         * Adds an activity.
         *
         * @param activity  the activity, not null
         * @return this builder
         */
        public Builder activity(Activity activity) {
            activities.add(activity);
            return this;
        }

        /**
         * Replaces the activities.
         *
         * @param list  the activities, not null
         * @return this builder
         */
        public Builder activities(List<Activity> list) {
            activities.clear();
            activities.addAll(list);
            return this;
        }

        /**
         * Replaces the child sections.
         *
         * @param list  the children, not null
         * @return this builder
         */
        public Builder children(List<Section> list) {
            children.clear();
            children.addAll(list);
            return this;
        }

        /**
         * Adds a source reference.
         *
         * @param source  the reference, not null
         * @return this builder
         */
        public Builder source(SourceRef source) {
            sources.add(source);
            return this;
        }

        /**
         * Adds a note.
         *
         * @param note  the note, not null
         * @return this builder
         */
        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        /**
         * Builds the section.
         *
         * @return the section, never null
         * @throws IllegalArgumentException if a value is invalid
         */
        public Section build() {
            return new Section(id, kind, label, code, rawCode, altCodes, title, description, expectedResults,
                    indicators, budgetProgramText, weight, children, activities, sources, notes);
        }
    }
}

package org.actionplan.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.time.Timeframe;

/**
 * A leaf of the plan: an activity (Albanian <i>aktiviteti, veprimtaria</i>), possibly with sub-activities.
 * <p>
 * Carries what the action tables give: title, expected results, indicators, means of verification,
 * responsibility, timeframes, cost and budget programme. {@code rawCode} is the code exactly as printed
 * (null if the document printed none); {@code code} its normalised form. Activities added or withdrawn
 * by an amendment carry the date; a withdrawn activity stays in the plan, marked.
 * This class is immutable and thread-safe. Build one with {@link #builder(String, LocalizedText)}.
 *
 * @param id  an identifier unique in the plan, not blank
 * @param code  the normalised code, may be null
 * @param rawCode  the code as printed, may be null
 * @param title  the title as printed, not null
 * @param description  a longer description, may be null
 * @param expectedResults  the expected results, may be empty
 * @param indicators  the indicators, may be empty
 * @param verification  the means of verification, may be empty
 * @param responsibility  who is responsible, may be null when the document names nobody
 * @param timeframes  when, in the order printed, may be empty
 * @param cost  the cost estimate, may be null when the document gives none
 * @param budgetProgram  the code of the budget programme, may be null
 * @param budgetProgramText  the budget-programme cell as printed, may be null
 * @param tags  cross-cutting themes (e.g. {@code children}, {@code gender}), may be empty
 * @param weight  an explicit importance weight for roll-ups, may be null
 * @param addedOn  the date an amendment added it, null if in the plan as adopted
 * @param withdrawnOn  the date an amendment withdrew it, null if not withdrawn
 * @param subActivities  the sub-activities, may be empty
 * @param sources  where it is printed, may be empty
 * @param notes  remarks (footnotes, cross-references, importer notes), may be empty
 */
public record Activity(String id, Code code, String rawCode, LocalizedText title, LocalizedText description,
        List<LocalizedText> expectedResults, List<Indicator> indicators, List<LocalizedText> verification,
        Responsibility responsibility, List<Timeframe> timeframes, CostEstimate cost, String budgetProgram,
        String budgetProgramText, List<String> tags, BigDecimal weight, LocalDate addedOn, LocalDate withdrawnOn,
        List<Activity> subActivities, List<SourceRef> sources, List<String> notes) {

    /**
     * Creates an activity.
     *
     * @throws IllegalArgumentException if the id is blank or the weight negative
     */
    public Activity {
        Checks.notBlank(id, "id");
        Checks.notNull(title, "title");
        expectedResults = Checks.list(expectedResults, "expectedResults");
        indicators = Checks.list(indicators, "indicators");
        verification = Checks.list(verification, "verification");
        timeframes = Checks.list(timeframes, "timeframes");
        tags = Checks.list(tags, "tags");
        weight = Checks.nonNegative(weight, "weight");
        subActivities = Checks.list(subActivities, "subActivities");
        sources = Checks.list(sources, "sources");
        notes = Checks.list(notes, "notes");
    }

    /**
     * Starts a builder.
     *
     * @param id  the id, not blank
     * @param title  the title, not null
     * @return the builder, never null
     */
    public static Builder builder(String id, LocalizedText title) {
        return new Builder(id, title);
    }

    /**
     * Returns a builder holding this activity's values.
     *
     * @return the builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, title);
        b.code = code;
        b.rawCode = rawCode;
        b.description = description;
        b.expectedResults.addAll(expectedResults);
        b.indicators.addAll(indicators);
        b.verification.addAll(verification);
        b.responsibility = responsibility;
        b.timeframes.addAll(timeframes);
        b.cost = cost;
        b.budgetProgram = budgetProgram;
        b.budgetProgramText = budgetProgramText;
        b.tags.addAll(tags);
        b.weight = weight;
        b.addedOn = addedOn;
        b.withdrawnOn = withdrawnOn;
        b.subActivities.addAll(subActivities);
        b.sources.addAll(sources);
        b.notes.addAll(notes);
        return b;
    }

    /**
     * Tells whether the activity is in force on a date: added on or before it and not withdrawn by then.
     *
     * @param date  the date, not null
     * @return true if in force
     */
    public boolean isInForceOn(LocalDate date) {
        return (addedOn == null || !addedOn.isAfter(date)) && (withdrawnOn == null || withdrawnOn.isAfter(date));
    }

    /**
     * Visits this activity and all its sub-activities, depth first, parents before children.
     *
     * @param visitor  the visitor, not null
     */
    public void forEachInTree(Consumer<Activity> visitor) {
        visitor.accept(this);
        for (Activity sub : subActivities) {
            sub.forEachInTree(visitor);
        }
    }

    /**
     * A mutable builder of {@link Activity}. Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private final LocalizedText title;
        private Code code;
        private String rawCode;
        private LocalizedText description;
        private final List<LocalizedText> expectedResults = new ArrayList<>();
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<LocalizedText> verification = new ArrayList<>();
        private Responsibility responsibility;
        private final List<Timeframe> timeframes = new ArrayList<>();
        private CostEstimate cost;
        private String budgetProgram;
        private String budgetProgramText;
        private final List<String> tags = new ArrayList<>();
        private BigDecimal weight;
        private LocalDate addedOn;
        private LocalDate withdrawnOn;
        private final List<Activity> subActivities = new ArrayList<>();
        private final List<SourceRef> sources = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id, LocalizedText title) {
            this.id = id;
            this.title = title;
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
         * Sets the normalised code and the printed code separately.
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
         * Adds a means of verification.
         *
         * @param means  the means, not null
         * @return this builder
         */
        public Builder verification(LocalizedText means) {
            verification.add(means);
            return this;
        }

        /**
         * Sets the responsibility.
         *
         * @param responsibility  the responsibility, may be null
         * @return this builder
         */
        public Builder responsibility(Responsibility responsibility) {
            this.responsibility = responsibility;
            return this;
        }

        /**
         * Adds a timeframe.
         *
         * @param timeframe  the timeframe, not null
         * @return this builder
         */
        public Builder timeframe(Timeframe timeframe) {
            timeframes.add(timeframe);
            return this;
        }

        /**
         * Replaces the timeframes.
         *
         * @param list  the timeframes, not null
         * @return this builder
         */
        public Builder timeframes(List<Timeframe> list) {
            timeframes.clear();
            timeframes.addAll(list);
            return this;
        }

        /**
         * Sets the cost estimate.
         *
         * @param cost  the estimate, may be null
         * @return this builder
         */
        public Builder cost(CostEstimate cost) {
            this.cost = cost;
            return this;
        }

        /**
         * Sets the budget programme code and the cell as printed.
         *
         * @param code  the programme code, may be null
         * @param printed  the cell as printed, may be null
         * @return this builder
         */
        public Builder budgetProgram(String code, String printed) {
            this.budgetProgram = code;
            this.budgetProgramText = printed;
            return this;
        }

        /**
         * Adds a tag.
         *
         * @param tag  the tag, not null
         * @return this builder
         */
        public Builder tag(String tag) {
            tags.add(tag);
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
         * Sets the amendment dates.
         *
         * @param added  the date added, may be null
         * @param withdrawn  the date withdrawn, may be null
         * @return this builder
         */
        public Builder lifecycle(LocalDate added, LocalDate withdrawn) {
            this.addedOn = added;
            this.withdrawnOn = withdrawn;
            return this;
        }

        /**
         * Adds a sub-activity.
         *
         * @param sub  the sub-activity, not null
         * @return this builder
         */
        public Builder subActivity(Activity sub) {
            subActivities.add(sub);
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
         * Builds the activity.
         *
         * @return the activity, never null
         * @throws IllegalArgumentException if a value is invalid
         */
        public Activity build() {
            return new Activity(id, code, rawCode, title, description, expectedResults, indicators, verification,
                    responsibility, timeframes, cost, budgetProgram, budgetProgramText, tags, weight, addedOn,
                    withdrawnOn, subActivities, sources, notes);
        }
    }
}

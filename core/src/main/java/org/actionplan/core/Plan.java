package org.actionplan.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.actionplan.core.institution.Abbreviation;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.money.ExchangeRate;

/**
 * A strategy or action plan: its identity, period, currency, narrative, goal hierarchy, registries and
 * the figures it publishes.
 * <p>
 * The hierarchy is held in {@code goals}: top-level {@link Section}s (pillars or goals) whose children and
 * activities nest to any depth. Identity within a plan is by id; codes may repeat across pillars.
 * This class is immutable and thread-safe. Build one with {@link #builder(String, LocalizedText, int, int, Currency)}.
 *
 * @param id  the plan's identifier (e.g. {@code albania-nap-2024-2025}), not blank
 * @param kind  strategy, action plan or both, not null
 * @param title  the title per language, not null
 * @param jurisdiction  the country or body (e.g. {@code AL}, {@code XK}), may be null
 * @param firstYear  the first year of the plan period
 * @param lastYear  the last year of the plan period, not before the first
 * @param currency  the currency of its costs, not null
 * @param languages  the languages of its texts, primary first, may be empty
 * @param vision  vision statements, may be empty
 * @param mission  mission statements, may be empty
 * @param principles  guiding principles, may be empty
 * @param relations  relations to other plans, may be empty
 * @param levels  the plan-specific names of its levels, top-down, may be empty
 * @param goals  the top-level sections, in document order, may be empty
 * @param institutions  the institution registry, may be empty
 * @param abbreviations  the document's list of abbreviations, verbatim, may be empty
 * @param budgetPrograms  the budget-programme registry, may be empty
 * @param exchangeRates  exchange rates the document states, may be empty
 * @param declaredFigures  figures as published, for audit, may be empty
 * @param adoptedOn  the date it was adopted, may be null
 * @param amendments  recorded amendments, may be empty
 * @param sources  the source documents, may be empty
 * @param notes  free remarks, may be empty
 */
public record Plan(String id, PlanKind kind, LocalizedText title, String jurisdiction, int firstYear, int lastYear,
        Currency currency, List<String> languages, List<LocalizedText> vision, List<LocalizedText> mission,
        List<LocalizedText> principles, List<PlanRelation> relations, List<LevelDefinition> levels,
        List<Section> goals, List<Institution> institutions, List<Abbreviation> abbreviations,
        List<BudgetProgram> budgetPrograms, List<ExchangeRate> exchangeRates, List<DeclaredFigure> declaredFigures,
        LocalDate adoptedOn, List<Amendment> amendments, List<SourceRef> sources, List<String> notes) {

    /**
     * Creates a plan.
     *
     * @throws IllegalArgumentException if the id is blank or the period is inverted or out of range
     */
    public Plan {
        Checks.notBlank(id, "id");
        Checks.notNull(kind, "kind");
        Checks.notNull(title, "title");
        Checks.notNull(currency, "currency");
        if (firstYear < 1000 || lastYear > 9999) {
            throw new IllegalArgumentException("plan period out of range 1000-9999: " + firstYear + "-" + lastYear);
        }
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("plan period is inverted: " + firstYear + "-" + lastYear);
        }
        languages = Checks.list(languages, "languages");
        vision = Checks.list(vision, "vision");
        mission = Checks.list(mission, "mission");
        principles = Checks.list(principles, "principles");
        relations = Checks.list(relations, "relations");
        levels = Checks.list(levels, "levels");
        goals = Checks.list(goals, "goals");
        institutions = Checks.list(institutions, "institutions");
        abbreviations = Checks.list(abbreviations, "abbreviations");
        budgetPrograms = Checks.list(budgetPrograms, "budgetPrograms");
        exchangeRates = Checks.list(exchangeRates, "exchangeRates");
        declaredFigures = Checks.list(declaredFigures, "declaredFigures");
        amendments = Checks.list(amendments, "amendments");
        sources = Checks.list(sources, "sources");
        notes = Checks.list(notes, "notes");
    }

    /**
     * Starts a builder.
     *
     * @param id  the id, not blank
     * @param title  the title, not null
     * @param firstYear  the first year
     * @param lastYear  the last year
     * @param currency  the currency, not null
     * @return the builder, never null
     */
    public static Builder builder(String id, LocalizedText title, int firstYear, int lastYear, Currency currency) {
        return new Builder(id, title, firstYear, lastYear, currency);
    }

    /**
     * Returns a builder holding this plan's values.
     *
     * @return the builder, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, title, firstYear, lastYear, currency);
        b.kind = kind;
        b.jurisdiction = jurisdiction;
        b.languages.addAll(languages);
        b.vision.addAll(vision);
        b.mission.addAll(mission);
        b.principles.addAll(principles);
        b.relations.addAll(relations);
        b.levels.addAll(levels);
        b.goals.addAll(goals);
        b.institutions.addAll(institutions);
        b.abbreviations.addAll(abbreviations);
        b.budgetPrograms.addAll(budgetPrograms);
        b.exchangeRates.addAll(exchangeRates);
        b.declaredFigures.addAll(declaredFigures);
        b.adoptedOn = adoptedOn;
        b.amendments.addAll(amendments);
        b.sources.addAll(sources);
        b.notes.addAll(notes);
        return b;
    }

    /**
     * Visits every activity of the plan (sub-activities included), depth first in document order.
     *
     * @param visitor  the visitor, not null
     */
    public void forEachActivity(Consumer<Activity> visitor) {
        for (Section goal : goals) {
            goal.forEachActivity(visitor);
        }
    }

    /**
     * Returns every activity of the plan (sub-activities included), depth first in document order.
     *
     * @return the activities, never null
     */
    public List<Activity> allActivities() {
        List<Activity> all = new ArrayList<>();
        forEachActivity(all::add);
        return all;
    }

    /**
     * Visits every section of the plan, depth first, parents before children.
     *
     * @param visitor  the visitor, not null
     */
    public void forEachSection(Consumer<Section> visitor) {
        for (Section goal : goals) {
            visitSections(goal, visitor);
        }
    }

    private static void visitSections(Section section, Consumer<Section> visitor) {
        visitor.accept(section);
        for (Section child : section.children()) {
            visitSections(child, visitor);
        }
    }

    /**
     * Finds an activity by id.
     * <p>
     * Each call walks the whole tree (linear in the number of nodes) and returns the first match in
     * depth-first document order. To look up many ids, build a map once from {@link #allActivities()}.
     *
     * @param activityId  the id, not null
     * @return the activity, empty if none has that id
     */
    public Optional<Activity> activity(String activityId) {
        Activity[] found = new Activity[1];
        forEachActivity(a -> {
            if (found[0] == null && a.id().equals(activityId)) {
                found[0] = a;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * Finds a section by id.
     * <p>
     * Each call walks the whole tree (linear in the number of nodes) and returns the first match in
     * depth-first document order. To look up many ids, build a map once from {@link #forEachSection(Consumer)}.
     *
     * @param sectionId  the id, not null
     * @return the section, empty if none has that id
     */
    public Optional<Section> section(String sectionId) {
        Section[] found = new Section[1];
        forEachSection(s -> {
            if (found[0] == null && s.id().equals(sectionId)) {
                found[0] = s;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * Finds an institution by id.
     *
     * @param institutionId  the id, not null
     * @return the institution, empty if none has that id
     */
    public Optional<Institution> institution(String institutionId) {
        return institutions.stream().filter(i -> i.id().equals(institutionId)).findFirst();
    }

    /**
     * Tells whether a year lies within the plan period.
     *
     * @param year  the year
     * @return true if firstYear &lt;= year &lt;= lastYear
     */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /**
     * A mutable builder of {@link Plan}. Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private final LocalizedText title;
        private final int firstYear;
        private final int lastYear;
        private final Currency currency;
        private PlanKind kind = PlanKind.ACTION_PLAN;
        private String jurisdiction;
        private final List<String> languages = new ArrayList<>();
        private final List<LocalizedText> vision = new ArrayList<>();
        private final List<LocalizedText> mission = new ArrayList<>();
        private final List<LocalizedText> principles = new ArrayList<>();
        private final List<PlanRelation> relations = new ArrayList<>();
        private final List<LevelDefinition> levels = new ArrayList<>();
        private final List<Section> goals = new ArrayList<>();
        private final List<Institution> institutions = new ArrayList<>();
        private final List<Abbreviation> abbreviations = new ArrayList<>();
        private final List<BudgetProgram> budgetPrograms = new ArrayList<>();
        private final List<ExchangeRate> exchangeRates = new ArrayList<>();
        private final List<DeclaredFigure> declaredFigures = new ArrayList<>();
        private LocalDate adoptedOn;
        private final List<Amendment> amendments = new ArrayList<>();
        private final List<SourceRef> sources = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        private Builder(String id, LocalizedText title, int firstYear, int lastYear, Currency currency) {
            this.id = id;
            this.title = title;
            this.firstYear = firstYear;
            this.lastYear = lastYear;
            this.currency = currency;
        }

        /**
         * Sets the kind (default {@link PlanKind#ACTION_PLAN}).
         *
         * @param kind  the kind, not null
         * @return this builder
         */
        public Builder kind(PlanKind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the jurisdiction.
         *
         * @param jurisdiction  the jurisdiction, may be null
         * @return this builder
         */
        public Builder jurisdiction(String jurisdiction) {
            this.jurisdiction = jurisdiction;
            return this;
        }

        /**
         * Adds languages, primary first.
         *
         * @param codes  the language codes, not null
         * @return this builder
         */
        public Builder languages(String... codes) {
            languages.addAll(List.of(codes));
            return this;
        }

        /**
         * Adds a vision statement.
         *
         * @param text  the statement, not null
         * @return this builder
         */
        public Builder vision(LocalizedText text) {
            vision.add(text);
            return this;
        }

        /**
         * Adds a mission statement.
         *
         * @param text  the statement, not null
         * @return this builder
         */
        public Builder mission(LocalizedText text) {
            mission.add(text);
            return this;
        }

        /**
         * Adds a principle.
         *
         * @param text  the principle, not null
         * @return this builder
         */
        public Builder principle(LocalizedText text) {
            principles.add(text);
            return this;
        }

        /**
         * Adds a relation to another plan.
         *
         * @param relation  the relation, not null
         * @return this builder
         */
        public Builder relation(PlanRelation relation) {
            relations.add(relation);
            return this;
        }

        /**
         * Adds a level definition (top-down).
         *
         * @param level  the level, not null
         * @return this builder
         */
        public Builder level(LevelDefinition level) {
            levels.add(level);
            return this;
        }

        /**
         * Adds a top-level section.
         *
         * @param goal  the section, not null
         * @return this builder
         */
        public Builder goal(Section goal) {
            goals.add(goal);
            return this;
        }

        /**
         * Replaces the top-level sections.
         *
         * @param list  the sections, not null
         * @return this builder
         */
        public Builder goals(List<Section> list) {
            goals.clear();
            goals.addAll(list);
            return this;
        }

        /**
         * Adds an institution.
         *
         * @param institution  the institution, not null
         * @return this builder
         */
        public Builder institution(Institution institution) {
            institutions.add(institution);
            return this;
        }

        /**
         * Adds an abbreviation.
         *
         * @param abbreviation  the entry, not null
         * @return this builder
         */
        public Builder abbreviation(Abbreviation abbreviation) {
            abbreviations.add(abbreviation);
            return this;
        }

        /**
         * Adds a budget programme.
         *
         * @param program  the programme, not null
         * @return this builder
         */
        public Builder budgetProgram(BudgetProgram program) {
            budgetPrograms.add(program);
            return this;
        }

        /**
         * Adds an exchange rate.
         *
         * @param rate  the rate, not null
         * @return this builder
         */
        public Builder exchangeRate(ExchangeRate rate) {
            exchangeRates.add(rate);
            return this;
        }

        /**
         * Adds a declared figure.
         *
         * @param figure  the figure, not null
         * @return this builder
         */
        public Builder declaredFigure(DeclaredFigure figure) {
            declaredFigures.add(figure);
            return this;
        }

        /**
         * Sets the adoption date.
         *
         * @param date  the date, may be null
         * @return this builder
         */
        public Builder adoptedOn(LocalDate date) {
            this.adoptedOn = date;
            return this;
        }

        /**
         * Adds an amendment.
         *
         * @param amendment  the amendment, not null
         * @return this builder
         */
        public Builder amendment(Amendment amendment) {
            amendments.add(amendment);
            return this;
        }

        /**
         * Adds a source document reference.
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
         * Builds the plan.
         *
         * @return the plan, never null
         * @throws IllegalArgumentException if a value is invalid
         */
        public Plan build() {
            return new Plan(id, kind, title, jurisdiction, firstYear, lastYear, currency, languages, vision, mission,
                    principles, relations, levels, goals, institutions, abbreviations, budgetPrograms, exchangeRates,
                    declaredFigures, adoptedOn, amendments, sources, notes);
        }
    }
}

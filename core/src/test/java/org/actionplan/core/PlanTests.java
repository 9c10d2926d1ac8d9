package org.actionplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.actionplan.core.institution.Abbreviation;
import org.actionplan.core.money.Money;

class PlanTests {

    private static final Plan SAMPLE = SamplePlans.small();

    @Test
    void toBuilderRebuildsAnEqualPlan() {
        assertThat(SAMPLE.toBuilder().build()).isEqualTo(SAMPLE);
    }

    @Test
    void builderSetsEveryPart() {
        Plan plan = SAMPLE.toBuilder()
                .kind(PlanKind.STRATEGY_WITH_ACTION_PLAN)
                .mission(LocalizedText.of("sq", "Misioni"))
                .principle(LocalizedText.of("sq", "Parimi"))
                .abbreviation(new Abbreviation("VT", LocalizedText.of("sq", "Viktimat e trafikimit"), null, null))
                .amendment(new Amendment(LocalDate.of(2025, 3, 1), LocalizedText.of("sq", "Ndryshim")))
                .source(SourceRef.of("004", null, 1))
                .build();
        assertThat(plan.kind()).isEqualTo(PlanKind.STRATEGY_WITH_ACTION_PLAN);
        assertThat(plan.mission()).hasSize(1);
        assertThat(plan.principles()).hasSize(1);
        assertThat(plan.abbreviations()).extracting(Abbreviation::abbreviation).containsExactly("VT");
        assertThat(plan.amendments()).hasSize(1);
        assertThat(plan.sources()).hasSize(1);
        assertThat(plan).isNotEqualTo(SAMPLE);
        assertThat(SAMPLE.toBuilder().goals(List.of()).build().goals()).isEmpty();
    }

    @Test
    void visitsActivitiesDepthFirstInDocumentOrderWithSubActivities() {
        assertThat(SAMPLE.allActivities()).extracting(Activity::id).containsExactly("1.1.1.1", "1.1.1.2", "1.1.1.2.1");
        List<String> sections = new ArrayList<>();
        SAMPLE.forEachSection(s -> sections.add(s.id()));
        assertThat(sections).containsExactly("I", "1.1", "1.1.1");
    }

    @Test
    void findsNodesAndInstitutionsById() {
        assertThat(SAMPLE.activity("1.1.1.2.1")).hasValueSatisfying(a -> assertThat(a.title().primary()).isEqualTo("Nënveprimtari"));
        assertThat(SAMPLE.activity("9.9")).isEmpty();
        assertThat(SAMPLE.section("1.1")).hasValueSatisfying(s -> assertThat(s.kind()).isEqualTo(SectionKind.OBJECTIVE));
        assertThat(SAMPLE.section("nope")).isEmpty();
        assertThat(SAMPLE.institution("MD")).isPresent();
        assertThat(SAMPLE.institution("XX")).isEmpty();
    }

    @Test
    void coversTheYearsOfItsPeriod() {
        assertThat(SAMPLE.covers(2023)).isFalse();
        assertThat(SAMPLE.covers(2024)).isTrue();
        assertThat(SAMPLE.covers(2025)).isTrue();
        assertThat(SAMPLE.covers(2026)).isFalse();
    }

    @Test
    void rejectsAnInvertedOrOutOfRangePeriodAndMissingParts() {
        LocalizedText title = LocalizedText.of("sq", "Plan");
        assertThatIllegalArgumentException().isThrownBy(() -> Plan.builder("p", title, 2025, 2024, Money.currency("ALL")).build())
                .withMessageContaining("inverted").withMessageContaining("2025-2024");
        assertThatIllegalArgumentException().isThrownBy(() -> Plan.builder("p", title, 999, 2024, Money.currency("ALL")).build())
                .withMessageContaining("out of range");
        assertThatIllegalArgumentException().isThrownBy(() -> Plan.builder(" ", title, 2024, 2024, Money.currency("ALL")).build());
        assertThatNullPointerException().isThrownBy(() -> Plan.builder("p", title, 2024, 2024, null).build())
                .withMessageContaining("currency");
    }
}

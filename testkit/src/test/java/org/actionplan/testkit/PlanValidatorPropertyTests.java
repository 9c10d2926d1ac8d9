package org.actionplan.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import org.actionplan.core.Activity;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.validation.Finding;
import org.actionplan.core.validation.PlanValidator;
import org.actionplan.core.validation.Severity;
import org.actionplan.core.validation.ValidationReport;

/** Property tests of {@code PlanValidator} (in core) over generated plans. */
class PlanValidatorPropertyTests {

    @Test
    void validationOfAnyGeneratedPlanTerminatesIsDeterministicAndLeavesThePlanAlone() {
        qt().withFixedSeed(20261123L).withExamples(80)
                .forAll(QuickTheoriesGens.from(PlanJsonRoundTripTests::plan))
                .checkAssert(plan -> {
                    Plan copy = plan.toBuilder().build();
                    ValidationReport first = PlanValidator.validate(plan);
                    ValidationReport second = PlanValidator.validate(plan);
                    assertThat(second).isEqualTo(first);
                    assertThat(plan).isEqualTo(copy);
                    assertThat(first.sigma().score()).isBetween(0, 5);
                    assertThat(first.errorCount() + first.warningCount()).isEqualTo(first.findings().size());
                });
    }

    @Test
    void aGeneratedPlanWithoutInjectedDefectsHasNoErrors() {
        qt().withFixedSeed(42L).withExamples(80)
                .forAll(QuickTheoriesGens.from(PlanJsonRoundTripTests::plan))
                .checkAssert(plan -> {
                    ValidationReport report = PlanValidator.validate(plan);
                    assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
                    assertThat(report.hasErrors()).isFalse();
                });
    }

    @Test
    void anInjectedDefectIsReportedAsAnErrorAtTheActivity() {
        qt().withFixedSeed(7L).withExamples(60)
                .forAll(QuickTheoriesGens.from(PlanJsonRoundTripTests::plan))
                .assuming(plan -> !plan.allActivities().isEmpty())
                .checkAssert(plan -> {
                    Plan broken = mapFirstActivity(plan, a -> a.toBuilder().budgetProgram("no-such-programme", null)
                            .build());
                    ValidationReport report = PlanValidator.validate(broken);
                    assertThat(report.withRule("budget-program.unknown")).extracting(Finding::value)
                            .containsExactly("no-such-programme");
                    assertThat(report.hasErrors()).isTrue();
                });
    }

    @Test
    void aGeneratedPlanHasNoNumberingGapUntilAnActivityIsTakenOut() {
        qt().withFixedSeed(11L).withExamples(60)
                .forAll(QuickTheoriesGens.from(PlanJsonRoundTripTests::plan))
                .checkAssert(plan -> {
                    assertThat(PlanValidator.validate(plan).withRule("code.numbering-gap")).isEmpty();
                    Section measure = plan.goals().stream().flatMap(g -> g.children().stream())
                            .flatMap(o -> o.children().stream()).filter(m -> m.activities().size() >= 2)
                            .findFirst().orElse(null);
                    if (measure != null) {
                        Activity first = measure.activities().get(0);
                        Plan broken = mapSection(plan, measure.id(), m -> m.toBuilder()
                                .activities(m.activities().subList(1, m.activities().size())).build());
                        assertThat(PlanValidator.validate(broken).withRule("code.numbering-gap"))
                                .singleElement().satisfies(f -> {
                                    assertThat(f.path()).endsWith(".activities");
                                    assertThat(f.value()).startsWith("missing: " + first.code() + ";");
                                });
                    }
                });
    }

    /** Replaces the section with an id, wherever it is in the goal tree. */
    private static Plan mapSection(Plan plan, String id, UnaryOperator<Section> change) {
        List<Section> goals = new ArrayList<>();
        for (Section goal : plan.goals()) {
            goals.add(mapSection(goal, id, change));
        }
        return plan.toBuilder().goals(goals).build();
    }

    private static Section mapSection(Section section, String id, UnaryOperator<Section> change) {
        if (section.id().equals(id)) {
            return change.apply(section);
        }
        List<Section> children = new ArrayList<>();
        for (Section child : section.children()) {
            children.add(mapSection(child, id, change));
        }
        return section.toBuilder().children(children).build();
    }

    /** Replaces the first activity (depth first, document order) of a plan. */
    private static Plan mapFirstActivity(Plan plan, UnaryOperator<Activity> change) {
        boolean[] done = {false};
        List<Section> goals = new ArrayList<>();
        for (Section goal : plan.goals()) {
            goals.add(mapFirst(goal, change, done));
        }
        return plan.toBuilder().goals(goals).build();
    }

    private static Section mapFirst(Section section, UnaryOperator<Activity> change, boolean[] done) {
        List<Activity> activities = new ArrayList<>();
        for (Activity a : section.activities()) {
            activities.add(done[0] ? a : change.apply(a));
            done[0] = true;
        }
        List<Section> children = new ArrayList<>();
        for (Section child : section.children()) {
            children.add(mapFirst(child, change, done));
        }
        return section.toBuilder().children(children).activities(activities).build();
    }
}

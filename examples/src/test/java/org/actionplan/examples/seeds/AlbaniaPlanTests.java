package org.actionplan.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.actionplan.core.Activity;
import org.actionplan.core.Code;
import org.actionplan.core.Plan;
import org.actionplan.core.RelationKind;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.time.Timeframe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AlbaniaPlanTests {

    private static Plan plan;
    private static SeedFile seed;

    @BeforeAll
    static void read() {
        plan = AlbaniaPlan.build(Seeds.dir());
        seed = SeedFile.read(Seeds.dir(), "003");
    }

    private static long count(Section pillar, int depth) {
        return pillar.allActivities().stream().filter(a -> a.code().depth() == depth).count();
    }

    @Test
    void hasFourPillarsWithTheGoalObjectiveAndActivityCountsOfTheSeedNotes() {
        assertThat(plan.goals()).extracting(Section::id).containsExactly("I", "II", "III", "IV");
        assertThat(plan.goals()).extracting(p -> p.children().size()).containsExactly(1, 4, 4, 4);
        assertThat(plan.goals()).extracting(p -> p.children().stream().mapToInt(g -> g.children().size()).sum())
                .containsExactly(9, 13, 11, 9);
        assertThat(plan.goals()).extracting(p -> count(p, 3)).containsExactly(25L, 35L, 51L, 27L);
        assertThat(plan.goals()).extracting(p -> count(p, 4)).containsExactly(31L, 24L, 5L, 26L);
        assertThat(plan.goals()).extracting(p -> count(p, 5)).containsExactly(0L, 1L, 0L, 0L);
        assertThat(plan.allActivities()).hasSize(225);
    }

    @Test
    void everyActionCodePrintedInTheNrColumnAppearsOnceExceptTheDuplicate() {
        // independent of the reader: every Nr. cell of the operational framework with three or more parts
        List<String> printed = new ArrayList<>();
        for (int n = 381; n <= seed.lineCount(); n++) {
            String first = seed.cells(n)[0].strip();
            if (!first.isEmpty() && Code.tryParse(first).map(c -> c.depth() >= 3).orElse(false)
                    && seed.line(n).contains("\t")) {
                printed.add(first);
            }
        }
        assertThat(printed).hasSize(225);
        assertThat(plan.allActivities()).extracting(Activity::rawCode).containsExactlyElementsOf(printed);
        assertThat(OperationalFramework.duplicates(plan.goals())).containsExactly(Map.entry("IV.3.(a).1.3", 1));
        assertThat(plan.activity("IV.3.(a).1.3#2").orElseThrow().title().primary())
                .startsWith("Të gjithë aktorët i paraqesin ZKKA-së");
        assertThat(plan.activity("IV.3.(a).1.3").orElseThrow().title().primary())
                .startsWith("Të gjithë aktorët shtetërorë sigurojnë");
    }

    @Test
    void gapsInTheNumberingStayGaps() {
        assertThat(plan.activity("III.2.(c).6")).isEmpty();
        assertThat(plan.activity("IV.2.(a).1.1")).isEmpty();
        Activity orphan = plan.activity("III.2.(c).7.2").orElseThrow();
        assertThat(plan.section("III.2.(c)").orElseThrow().activities()).contains(orphan);
        assertThat(orphan.notes()).anyMatch(n -> n.contains("no activity 2.(c).7"));
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("orphan continuation row 003:748"));
    }

    @Test
    void pageContinuationsAreMergedIntoTheRowTheyContinue() {
        Activity a = plan.activity("I.1.(c).4").orElseThrow();
        assertThat(a.timeframes()).extracting(Timeframe::text).containsExactly("Fundi i 2008-ës", "Mars 2009", "Mars 2010");
        Section goal4 = plan.section("II.4").orElseThrow();
        assertThat(goal4.indicators()).hasSize(1);
        assertThat(goal4.indicators().get(0).name().primary()).endsWith("si rezultat i marrëveshjeve bashkëpunuese).");
        assertThat(plan.section("III.3.(a)").orElseThrow().title().primary())
                .endsWith("si pjesë e “Mekanizmit Kombëtar të Referimit” ¹⁰");
    }

    @Test
    void indicatorsPrintedInsideTheTitleCellAreSplitOff() {
        Section objective = plan.section("II.2.(d)").orElseThrow();
        assertThat(objective.title().primary()).isEqualTo("Nxitja e vetëidentifikimit të personave të trafikuar");
        assertThat(objective.indicators()).extracting(i -> i.name().primary())
                .containsExactly("Tregues. numri i vetëidentifikimeve");
        assertThat(objective.label()).isEqualTo("OBJEKTIVI SPECIFIK");
        assertThat(objective.kind()).isEqualTo(SectionKind.OBJECTIVE);
    }

    @Test
    void responsibleBodiesKeepTheirOrderLeadFirst() {
        Activity a = plan.activity("I.1.(a).1").orElseThrow();
        assertThat(a.responsibility().responsibleText()).startsWith("Policia e Shtetit, e mbështetur nga ICITAP");
        assertThat(a.responsibility().lead().orElseThrow().name()).isEqualTo("Policia e Shtetit");
    }

    @Test
    void fundingSourcesAreUnquantifiedLines() {
        Activity a = plan.activity("I.1.(a).1").orElseThrow();
        assertThat(a.cost().currency().getCurrencyCode()).isEqualTo("ALL");
        assertThat(a.cost().isQuantified()).isFalse();
        assertThat(a.cost().funding()).allMatch(f -> !f.isQuantified());
        assertThat(a.cost().funding()).extracting(FundingLine::text).first().isEqualTo("Policia e Shtetit");
        assertThat(plan.allActivities()).flatExtracting(x -> x.cost() == null ? List.of() : x.cost().funding())
                .extracting(f -> f.source()).contains(FundingSourceKind.FOREIGN,
                        FundingSourceKind.STATE_BUDGET, FundingSourceKind.LOCAL_BUDGET);
        assertThat(plan.activity("II.3.(a).6").orElseThrow().cost()).isNull();
    }

    @Test
    void theChildStrategyIsRelatedAsAPart() {
        assertThat(plan.relations()).extracting(r -> r.kind()).containsExactly(RelationKind.HAS_PART);
        assertThat(plan.relations().get(0).plan()).isEqualTo(AlbaniaChildPlan.ID);
        assertThat(plan.principles()).hasSize(5);
        assertThat(plan.currency().getCurrencyCode()).isEqualTo("ALL");
    }
}

package org.actionplan.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.actionplan.core.Activity;
import org.actionplan.core.Plan;
import org.actionplan.core.RelationKind;
import org.actionplan.core.Section;
import org.actionplan.core.time.Timeframe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AlbaniaChildPlanTests {

    private static Plan plan;
    private static SeedFile seed;

    @BeforeAll
    static void read() {
        plan = AlbaniaChildPlan.build(Seeds.dir());
        seed = SeedFile.read(Seeds.dir(), "002");
    }

    private static long count(Section pillar, int depth) {
        return pillar.allActivities().stream().filter(a -> a.code().depth() == depth).count();
    }

    @Test
    void hasThreePillarsEightGoalsElevenObjectivesAndThirtyFourActionRows() {
        assertThat(plan.goals()).extracting(Section::id).containsExactly("I", "II", "III");
        assertThat(plan.goals()).extracting(p -> p.children().size()).containsExactly(6, 1, 1);
        assertThat(plan.goals()).extracting(p -> p.children().stream().mapToInt(g -> g.children().size()).sum())
                .containsExactly(9, 1, 1);
        assertThat(plan.goals()).extracting(p -> count(p, 3)).containsExactly(20L, 6L, 4L);
        assertThat(plan.goals()).extracting(p -> count(p, 4)).containsExactly(4L, 0L, 0L);
        assertThat(plan.allActivities()).hasSize(34);
    }

    @Test
    void everyActionCodePrintedInTheFrameworkAppearsOnce() {
        // independent of the encoding: every line of the framework that starts with a code of three or more parts
        Pattern code = Pattern.compile("\\s*(\\d+\\.\\([a-z]\\)\\.\\d+(?:\\.\\d+)*\\.?)(?:\\s.*)?");
        List<String> printed = new ArrayList<>();
        for (int n = 665; n <= seed.lineCount(); n++) {
            var m = code.matcher(seed.line(n));
            if (m.matches()) {
                printed.add(m.group(1));
            }
        }
        printed.remove("5.(a).1"); // printed as the code of goal 5's objective, not of an action row
        assertThat(printed).hasSize(34);
        assertThat(plan.allActivities()).extracting(Activity::rawCode).containsExactlyElementsOf(printed);
    }

    @Test
    void theHandEncodingUsesEveryPrintedLineOfTheFrameworkExactlyOnce() {
        Map<Integer, Integer> uses = new HashMap<>();
        for (String[] row : AlbaniaChildPlan.cellsSpec()) {
            if (row[0].equals("ACTION") || row[0].equals("SECTION")) {
                uses.merge(Integer.parseInt(row[1]), 1, Integer::sum); // the line of the row's code
            }
            for (int i = 3; i < row.length; i++) {
                for (String span : row[i].isEmpty() ? new String[0] : row[i].split("\\+")) {
                    if (span.contains(":")) {
                        uses.merge(Integer.parseInt(span.split(":")[0]), 1, Integer::sum);
                        continue;
                    }
                    String[] p = span.split("-");
                    int to = p.length > 1 ? Integer.parseInt(p[1]) : Integer.parseInt(p[0]);
                    for (int n = Integer.parseInt(p[0]); n <= to; n++) {
                        if (!seed.line(n).isBlank()) {
                            uses.merge(n, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        TreeSet<Integer> unused = new TreeSet<>();
        for (int n = 668; n <= seed.lineCount(); n++) {
            if (!seed.line(n).isBlank() && !uses.containsKey(n) && !isPageFurniture(seed.line(n))) {
                unused.add(n);
            }
        }
        assertThat(unused).as("printed lines no cell takes").isEmpty();
        // a line is shared only where two cells were printed on it (code and text, or two columns)
        TreeSet<Integer> shared = new TreeSet<>();
        uses.forEach((n, k) -> {
            if (k > 1) {
                shared.add(n);
            }
        });
        assertThat(shared).containsExactly(930, 939, 1126, 1240);
    }

    private static boolean isPageFurniture(String line) {
        String t = line.strip();
        return t.equals("Nr.") || t.startsWith("Nr. (Struktura kryesore") || t.startsWith("Strukturat Përgjegjëse")
                || t.startsWith("Veprimtaritë dhe nën") || t.equals("veprimtaritë") || t.equals("fillim)")
                || t.equals("(Struktura kryesore në") || t.equals("Afatet  Treguesit/Synimet Burimet")
                || t.equals("27");
    }

    @Test
    void cellsSharingALineAreCutWhereTheColumnsMeet() {
        Activity greece = plan.activity("I.2.(a).2").orElseThrow();
        assertThat(greece.title().primary()).startsWith("Nxitja e ratifikimit");
        assertThat(greece.responsibility().responsibleText()).isEqualTo("MB, MD, MPJ");
        assertThat(greece.timeframes()).isEmpty();
        assertThat(greece.indicators().get(0).name().primary()).startsWith("Synimi: deri në fund të 2009,");
        Activity staff = plan.activity("I.4.(b).1.1").orElseThrow();
        assertThat(staff.responsibility().responsibleText()).isEqualTo("Pushteti vendor, MPÇSSHB/ShSSh, KRATs");
        assertThat(staff.indicators().get(0).name().primary()).endsWith("deri në fund të vitit financiar 2009.");
    }

    @Test
    void irregularNumberingIsKeptAndNoted() {
        Section objective = plan.section("I.5.(a).1").orElseThrow();
        assertThat(objective.notes()).anyMatch(n -> n.contains("does not extend its goal's code"));
        assertThat(objective.activities()).extracting(Activity::rawCode).containsExactly("5.(b).1.1", "5.(b).1.2");
        assertThat(plan.section("I.4.(b)").orElseThrow().activities()).extracting(Activity::rawCode)
                .containsExactly("4.(b).1.1");
        assertThat(plan.section("I.6.(a)").orElseThrow().label()).isEqualTo("OBKETIVI SPECIFIK");
    }

    @Test
    void emptyCellsStayEmpty() {
        Activity a = plan.activity("I.6.(a).3").orElseThrow();
        assertThat(a.timeframes()).isEmpty();
        assertThat(a.indicators()).isEmpty();
        assertThat(a.cost().text()).isEqualTo("MASH, MB");
        assertThat(plan.activity("I.6.(a).4").orElseThrow().cost()).isNull();
        assertThat(plan.activity("II.1.(a).2").orElseThrow().timeframes()).extracting(Timeframe::text)
                .contains("2009");
    }

    @Test
    void isAnIntegralPartOfTheGeneralStrategy() {
        assertThat(plan.relations()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RelationKind.INTEGRAL_PART_OF);
            assertThat(r.plan()).isEqualTo(AlbaniaPlan.ID);
        });
        assertThat(plan.principles()).hasSize(7);
        assertThat(plan.mission()).hasSize(1);
    }

    @Test
    void aSpecPointingAtTheWrongLineIsRejected() {
        List<String[]> spec = List.<String[]>of(new String[] {"ACTION", "700", "1.(a).1", "708"});
        assertThatThrownBy(() -> AlbaniaChildPlan.rows(seed, spec)).hasMessageContaining("line 700");
    }
}

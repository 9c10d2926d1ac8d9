package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.actionplan.core.Activity;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.SectionKind;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.institution.InstitutionKind;
import org.actionplan.core.institution.Responsibility;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.Money;
import org.actionplan.reporting.Block;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.SampleReportsAccess;
import org.actionplan.reporting.Table;
import org.actionplan.reporting.Value;

class MatrixBuilderTests {

    private static final Report EN = MatrixBuilder.build(SampleReportsAccess.smallPlan(), ReportOptions.of(Locale.ENGLISH));

    private static List<String> row(Table t, int i) {
        return t.rows().get(i).cells().stream().map(Value::plain).toList();
    }

    @Test
    void institutionsAgainstObjectivesWithRoleCountsAndCostLed() {
        Table m = EN.tables().get(0);
        assertThat(m.columns()).extracting(c -> c.label()).containsExactly("Institution", "1.1", "2.1", "Responsible",
                "Supporting", "Cost led (ALL)", "Led, not quantified");
        // MB leads 1.1.1 (1 734 567) and is co-responsible for 1.1.2.
        assertThat(row(m, 0)).containsExactly("Ministria e Brendshme", "2 / 0", "", "2", "0", "1734567", "0");
        // MD supports 1.1.1 and leads the unquantified 1.1.2.
        assertThat(row(m, 1)).containsExactly("Ministria e Drejtësisë", "1 / 1", "", "1", "1", "0", "1");
        // PP (resolved) leads 2.1.1 (300 000); the unresolved "PP" name on 1.1.1 is not counted here.
        assertThat(row(m, 2)).containsExactly("Prokuroria e Përgjithshme", "", "1 / 0", "1", "0", "300000", "0");
        assertThat(m.rows().get(0).cells().get(5)).isEqualTo(Value.money(new BigDecimal("1734567"), "ALL", 0));
    }

    @Test
    void unresolvedNamesAreListedWithWhereTheyAppear() {
        Table u = EN.tables().get(2);
        assertThat(u.id()).isEqualTo("unresolved");
        assertThat(row(u, 0)).containsExactly("Bashkia Tiranë", "1", "0", "1.1.2.1 Nënveprimtari");
        assertThat(row(u, 1)).containsExactly("PP", "0", "1", "1.1.1 Studim për kuadrin ligjor");
        assertThat(EN.sections().get(1).blocks().get(0)).isInstanceOf(Block.Notice.class);
    }

    @Test
    void theObjectivesKeyGivesEachCodeItsTitle() {
        Table key = EN.tables().get(1);
        assertThat(row(key, 0)).containsExactly("1.1", "Goditja e trafiqeve");
        assertThat(row(key, 1)).containsExactly("2.1", "Mbrojtja e viktimave");
    }

    private static Activity activity(String id, String code, Assignment... roles) {
        return Activity.builder(id, LocalizedText.of("sq", "Aktivitet " + code)).code(code)
                .responsibility(new Responsibility(null, null, List.of(roles))).build();
    }

    private static Section section(String id, SectionKind kind, String code, Object... content) {
        Section.Builder b = Section.builder(id, kind, LocalizedText.sqEn("Seksioni " + code, "Section " + code))
                .code(code);
        for (Object o : content) {
            if (o instanceof Activity a) {
                b.activity(a);
            } else {
                b.child((Section) o);
            }
        }
        return b.build();
    }

    /**
     * Goal 1 has an activity directly under it, a measure (not an objective) with an activity and a sub-activity,
     * and objective 1.1; goal 2 has only objective 2.1; goal 3 only a direct activity.
     */
    private static Plan mixedLevels() {
        Assignment mbLead = new Assignment("MB", "MB", Role.LEAD);
        Assignment mdLead = new Assignment("MD", "MD", Role.LEAD);
        Assignment mdSupporting = new Assignment("MD", "MD", Role.SUPPORTING);
        Activity direct = activity("a-1-d", "1.0.1", mbLead, mdSupporting);
        Activity underMeasure = Activity.builder("a-1-m", LocalizedText.of("sq", "Aktivitet 1.m.1")).code("1.m.1")
                .responsibility(new Responsibility(null, null, List.of(mdLead)))
                .subActivity(activity("a-1-m-1", "1.m.1.1", mbLead)).build();
        Section goal1 = section("g-1", SectionKind.GOAL, "1", direct,
                section("m-1", SectionKind.MEASURE, "1.m", underMeasure),
                section("o-1-1", SectionKind.OBJECTIVE, "1.1", activity("a-1-1-1", "1.1.1", mbLead)));
        Section goal2 = section("g-2", SectionKind.GOAL, "2",
                section("o-2-1", SectionKind.OBJECTIVE, "2.1", activity("a-2-1-1", "2.1.1", mdLead, mbLead)));
        Section goal3 = section("g-3", SectionKind.GOAL, "3", activity("a-3-1", "3.1", mdLead));
        return Plan.builder("mixed", LocalizedText.of("sq", "Plan"), 2024, 2025, Money.currency("ALL"))
                .goal(goal1).goal(goal2).goal(goal3)
                .institution(new Institution("MB", LocalizedText.of("sq", "Ministria e Brendshme"), List.of("MB"),
                        List.of(), InstitutionKind.MINISTRY, null, null))
                .institution(new Institution("MD", LocalizedText.of("sq", "Ministria e Drejtësisë"), List.of("MD"),
                        List.of(), InstitutionKind.MINISTRY, null, null))
                .build();
    }

    @Test
    void activitiesOutsideObjectivesAreCountedInTheirGoalsColumn() {
        Report report = MatrixBuilder.build(mixedLevels(), ReportOptions.of(Locale.ENGLISH));
        Table m = report.tables().get(0);
        assertThat(m.columns()).extracting(c -> c.label()).containsExactly("Institution", "1", "1.1", "2.1", "3",
                "Responsible", "Supporting", "Cost led (ALL)", "Led, not quantified");
        // MB: leads 1.0.1 and the sub-activity 1.m.1.1 (goal 1, outside 1.1), 1.1.1 and, second lead, 2.1.1.
        assertThat(row(m, 0)).containsExactly("Ministria e Brendshme", "2 / 0", "1 / 0", "1 / 0", "", "4", "0", "0",
                "0");
        // MD: supports 1.0.1 and leads 1.m.1 (goal 1), leads 2.1.1 and 3.1.
        assertThat(row(m, 1)).containsExactly("Ministria e Drejtësisë", "1 / 1", "", "1 / 0", "1 / 0", "3", "1", "0",
                "0");
        Table key = report.tables().get(1);
        assertThat(key.rows()).extracting(r -> r.cells().get(0).plain()).containsExactly("1", "1.1", "2.1", "3");
        assertThat(key.note()).startsWith("A goal listed here counts its activities that are not under any");
    }

    @Test
    void everyRoleOfEveryActivityIsCountedExactlyOnce() {
        for (Plan plan : List.of(mixedLevels(), SampleReportsAccess.smallPlan())) {
            int[] roles = new int[1];
            plan.forEachActivity(a -> roles[0] += a.responsibility() == null ? 0 : a.responsibility().assignments().size());
            Report report = MatrixBuilder.build(plan, ReportOptions.of(Locale.ENGLISH));
            int counted = 0;
            for (Table t : report.tables()) {
                if (t.id().equals("matrix") || t.id().equals("unresolved")) {
                    int responsible = t.columns().indexOf(t.columns().stream()
                            .filter(c -> c.key().equals("responsible")).findFirst().orElseThrow());
                    for (var r : t.rows()) {
                        counted += Integer.parseInt(r.cells().get(responsible).plain())
                                + Integer.parseInt(r.cells().get(responsible + 1).plain());
                    }
                }
            }
            assertThat(counted).as(plan.id()).isEqualTo(roles[0]);
        }
    }

    @Test
    void aPlanWithoutObjectivesHasAColumnPerGoalAndNoGoalNote() {
        Plan plan = Plan.builder("flat", LocalizedText.of("sq", "Plan"), 2024, 2025, Money.currency("ALL"))
                .goal(section("g-1", SectionKind.GOAL, "1", activity("a-1", "1.1", new Assignment(null, "X", Role.LEAD))))
                .goal(section("g-2", SectionKind.GOAL, "2",
                        section("m-2", SectionKind.MEASURE, "2.1", activity("a-2", "2.1.1", new Assignment(null, "X", Role.LEAD)))))
                .build();
        Report report = MatrixBuilder.build(plan, ReportOptions.of(Locale.ENGLISH));
        assertThat(report.tables().get(0).columns()).extracting(c -> c.label()).startsWith("Institution", "1", "2");
        assertThat(report.tables().get(1).note()).isNull();
        assertThat(row(report.tables().get(2), 0)).containsExactly("X", "2", "0",
                "1.1 Aktivitet 1.1\n2.1.1 Aktivitet 2.1.1");
    }
}

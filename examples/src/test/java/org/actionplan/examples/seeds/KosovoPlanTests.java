package org.actionplan.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.actionplan.core.Activity;
import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.institution.Role;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.time.Timeframe;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KosovoPlanTests {

    private static Plan plan;
    private static SeedFile seed;

    @BeforeAll
    static void read() {
        plan = KosovoPlan.build(Seeds.dir());
        seed = SeedFile.read(Seeds.dir(), "001");
    }

    @Test
    void hasFourStrategicObjectivesWithTheActivityCountsOfTheSeedNotes() {
        assertThat(plan.goals()).extracting(Section::id).containsExactly("SO1", "SO2", "SO3", "SO4");
        assertThat(plan.goals()).extracting(g -> g.allActivities().size()).containsExactly(20, 31, 12, 24);
        assertThat(plan.allActivities()).hasSize(87);
    }

    @Test
    void hasTheTwentyOneSpecificObjectivesOfTheTextTwoOfThemWithoutActivities() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        plan.goals().forEach(g -> g.children().forEach(o -> counts.put(o.id(), o.activities().size())));
        assertThat(counts).containsExactly(Map.entry("1.1", 9), Map.entry("1.2", 5), Map.entry("1.3", 2),
                Map.entry("1.4", 2), Map.entry("1.5", 2), Map.entry("2.1", 7), Map.entry("2.3", 9),
                Map.entry("2.4", 5), Map.entry("2.5", 3), Map.entry("2.6", 7), Map.entry("3.1", 1),
                Map.entry("3.2", 4), Map.entry("3.3", 0), Map.entry("3.4", 3), Map.entry("3.5", 4),
                Map.entry("4.1", 6), Map.entry("4.2", 4), Map.entry("4.3", 5), Map.entry("4.4", 7),
                Map.entry("4.5", 2), Map.entry("4.6", 0));
    }

    @Test
    void objectivesRenumberedByTheTableKeepTheStrategyTextCodeAsAltCode() {
        assertThat(plan.section("2.3").orElseThrow().altCodes()).containsExactly("2.2");
        assertThat(plan.section("2.6").orElseThrow().altCodes()).containsExactly("2.5");
        assertThat(plan.section("2.1").orElseThrow().altCodes()).isEmpty();
        assertThat(plan.section("2.1").orElseThrow().title().primary())
                .isEqualTo("Avancimi i metodologjisë për identifikimin dhe referimin e hershëm të personave në rrezik"
                        + " nga trafikimi");
    }

    @Test
    void everyActivityCodePrintedInTheTableAppearsOnceInOrder() {
        // independent of the reader: every cell of the table region that looks like an activity code
        Pattern code = Pattern.compile("(?:^|\\t)(\\d\\.\\d\\.\\d\\.?)(?=\\t)");
        List<String> printed = new ArrayList<>();
        for (int n = 465; n <= 577; n++) {
            Matcher m = code.matcher(seed.line(n));
            while (m.find()) {
                printed.add(m.group(1));
            }
        }
        assertThat(printed).hasSize(87).doesNotHaveDuplicates();
        assertThat(plan.allActivities()).extracting(Activity::rawCode).containsExactlyElementsOf(printed);
    }

    @Test
    void theShiftedRowIsReadIntoItsColumnsWithTheTimeframeOf000() {
        Activity a = plan.activity("2.3.1").orElseThrow();
        assertThat(a.title().primary()).startsWith("Licencimi i ofruesve");
        assertThat(a.verification()).extracting(v -> v.primary()).containsExactly("Licencat");
        assertThat(a.responsibility().responsibleText()).isEqualTo("MPMS");
        assertThat(a.responsibility().supportingText()).isNull();
        assertThat(a.timeframes()).extracting(Timeframe::text).containsExactly("vazhdimesi");
        assertThat(plan.notes()).anyMatch(n -> n.startsWith("correction 001:503 2.3.1"));
    }

    @Test
    void printedValuesStayAsPrintedWithTheOtherSourceAsNote() {
        Activity a = plan.activity("2.3.3").orElseThrow();
        assertThat(a.timeframes()).extracting(Timeframe::text).containsExactly("vazhdimi");
        assertThat(a.notes()).anyMatch(n -> n.contains("000:1026"));
        assertThat(plan.activity("2.3.2").orElseThrow().rawCode()).isEqualTo("2.3.2.");
        assertThat(plan.activity("1.1.4").orElseThrow().responsibility().supportingText()).startsWith("MABL - Komunitat");
    }

    @Test
    void responsibilitiesKeepTheRawTextAndTheLeadFirst() {
        Activity a = plan.activity("1.1.4").orElseThrow();
        assertThat(a.responsibility().responsibleText()).isEqualTo("MPB, MASHT, MKRS");
        assertThat(a.responsibility().lead().orElseThrow().institution()).isEqualTo("MPB");
        assertThat(a.responsibility().withRole(Role.CO_RESPONSIBLE)).hasSize(2);
        assertThat(plan.activity("4.4.4").orElseThrow().responsibility().lead()).isEmpty();
        long noSupport = plan.allActivities().stream().filter(x -> x.responsibility().supportingText() == null).count();
        assertThat(noSupport).isEqualTo(11);
    }

    @Test
    void indicatorsAreSplitOnlyWhereTheCellEnumeratesThem() {
        assertThat(plan.activity("1.1.7").orElseThrow().indicators()).hasSize(3);
        assertThat(plan.activity("1.1.4").orElseThrow().indicators()).hasSize(1);
        assertThat(plan.activity("1.4.2").orElseThrow().indicators()).isEmpty();
    }

    @Test
    void visionMissionAndCurrencyComeFromTheStrategyText() {
        assertThat(plan.vision()).hasSize(2);
        assertThat(plan.vision().get(0).primary()).isEqualTo("Një shoqëri ku trafikimi me njerëz është pjesë e të kaluarës");
        assertThat(plan.mission()).hasSize(1);
        assertThat(plan.currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(plan.firstYear()).isEqualTo(2015);
        assertThat(plan.lastYear()).isEqualTo(2019);
    }

    @Test
    void theCostColumnOf000IsAttributedOnlyOnPagesWithOneCellPerActivity() {
        List<Activity> costed = plan.allActivities().stream().filter(a -> a.cost() != null).toList();
        assertThat(costed).hasSize(59);
        Map<String, Long> kinds = new LinkedHashMap<>();
        costed.forEach(a -> kinds.merge(a.cost().text(), 1L, Long::sum));
        assertThat(kinds.get("kosto administrativ e")).isEqualTo(43);
        assertThat(kinds.get("e buxhetuar")).isEqualTo(3);
        assertThat(plan.activity("2.1.7").orElseThrow().cost().funding()).singleElement()
                .satisfies(f -> assertThat(f.source()).isEqualTo(FundingSourceKind.FOREIGN));
        assertThat(plan.activity("3.5.4").orElseThrow().cost().funding()).singleElement()
                .satisfies(f -> assertThat(f.source()).isEqualTo(FundingSourceKind.STATE_BUDGET));
        assertThat(plan.activity("1.1.1").orElseThrow().cost()).isNull();
        assertThat(plan.activity("1.1.1").orElseThrow().notes()).anyMatch(n -> n.contains("cost page 1 of 000"));
    }

    @Test
    void printedAmountsAreDeclaredFiguresAttributedOnlyWhereThePageAllowsIt() {
        Map<String, BigDecimal> byScope = new LinkedHashMap<>();
        BigDecimal all = BigDecimal.ZERO;
        for (DeclaredFigure f : plan.declaredFigures()) {
            all = all.add(f.value());
            if (!f.scope().equals(DeclaredFigure.PLAN_SCOPE)) {
                byScope.put(f.scope(), f.value());
            }
        }
        assertThat(all).isEqualByComparingTo("240700");
        assertThat(byScope.keySet()).containsExactly("1.1.6", "1.1.7", "2.4.3", "2.6.1", "2.6.2", "4.1.6");
        assertThat(byScope.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("210700");
        assertThat(plan.activity("2.6.1").orElseThrow().cost().text()).isEqualTo("138,700.00");
        assertThat(plan.activity("2.6.1").orElseThrow().cost().isQuantified()).isFalse();
    }

    @Test
    void theCostPagesHoldEightyCells() {
        List<List<KosovoCosts.Cell>> pages = KosovoCosts.pages(SeedFile.read(Seeds.dir(), "000"), 2651);
        assertThat(pages).hasSize(15);
        assertThat(pages.stream().mapToInt(List::size).sum()).isEqualTo(80);
        assertThat(KosovoCosts.estimate(new KosovoCosts.Cell(1, "Donatorët + buxheti i ministrisë")).funding())
                .extracting(f -> f.source()).containsExactly(FundingSourceKind.FOREIGN, FundingSourceKind.STATE_BUDGET);
    }
}

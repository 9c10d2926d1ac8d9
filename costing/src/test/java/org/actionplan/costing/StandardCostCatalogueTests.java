package org.actionplan.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.CostItem;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.Money;
import org.junit.jupiter.api.Test;

class StandardCostCatalogueTests {

    private final StandardCostCatalogue catalogue = StandardCostCatalogue.of("IPSIS 2024 v1", Fixtures.ALL, List.of(
            new StandardCostCatalogue.Entry("training", "participant-day", 2024, new BigDecimal("3000"), "participant-day"),
            new StandardCostCatalogue.Entry("training", "participant-day", 2025, new BigDecimal("3150"), "participant-day"),
            new StandardCostCatalogue.Entry("travel", "km", 2024, new BigDecimal("0.333"), "km"),
            new StandardCostCatalogue.Entry("equipment", "laptop", 2024, new BigDecimal("120000"), "piece")));

    private static CostItem item(String category, int year, EconomicCategory economic, String quantity, String key) {
        return new CostItem(category, null, year, economic, new BigDecimal(quantity), null, null, key);
    }

    @Test
    void itemsAreCostedPerYearAndCategoryFromTheCatalogue() {
        // 2024: training 40 x 3000 = 120000 current; travel 100 x 0.333 = 33.30 current; 2 laptops 240000 capital
        // 2025: training 40 x 3150 = 126000 current; an item with its own unit cost 5 x 1000.50 = 5002.50 current
        CostEstimate e = catalogue.estimate(List.of(
                item("training", 2024, EconomicCategory.CURRENT, "40", "participant-day"),
                item("travel", 2024, EconomicCategory.CURRENT, "100", "km"),
                item("equipment", 2024, EconomicCategory.CAPITAL, "2", "laptop"),
                item("training", 2025, EconomicCategory.CURRENT, "40", "participant-day"),
                new CostItem("experts", "legal expert", 2025, EconomicCategory.CURRENT, new BigDecimal("5"), "day",
                        new BigDecimal("1000.50"), null)));
        assertThat(e.currency()).isEqualTo(Fixtures.ALL);
        assertThat(e.years().get(2024).current()).isEqualByComparingTo("120033.30");
        assertThat(e.years().get(2024).capital()).isEqualByComparingTo("240000");
        assertThat(e.years().get(2025).current()).isEqualByComparingTo("131002.50");
        assertThat(e.years().get(2025).capital()).isNull();
        assertThat(e.total()).isEqualByComparingTo("491035.80");
        assertThat(e.items()).hasSize(5);
    }

    @Test
    void eachItemIsRoundedOnceWithTheStatedMode() {
        // 1 km x 0.333 = 0.333 -> 0.33 HALF_EVEN; 0.34 with CEILING
        CostItem km = item("travel", 2024, EconomicCategory.CURRENT, "1", "km");
        assertThat(catalogue.amount(km, RoundingMode.HALF_EVEN)).isEqualTo(Money.of("0.33", "ALL"));
        assertThat(catalogue.amount(km, RoundingMode.CEILING)).isEqualTo(Money.of("0.34", "ALL"));
    }

    @Test
    void missingEntriesAreListedTogetherWithTheirPosition() {
        assertThatThrownBy(() -> catalogue.estimate(List.of(
                item("training", 2026, EconomicCategory.CURRENT, "1", "participant-day"),
                item("training", 2024, EconomicCategory.CURRENT, "1", "participant-day"),
                item("seminar", 2024, EconomicCategory.CURRENT, "1", "room-day"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 1").hasMessageContaining("2026")
                .hasMessageContaining("item 3").hasMessageContaining("seminar/room-day")
                .hasMessageNotContaining("item 2")
                .hasMessageContaining("IPSIS 2024 v1");
    }

    @Test
    void unspecifiedItemsGiveAYearTotalAndMayNotBeMixed() {
        CostEstimate e = catalogue.estimate(List.of(item("training", 2024, EconomicCategory.UNSPECIFIED, "1", "participant-day")));
        assertThat(e.years().get(2024).total()).isEqualByComparingTo("3000");
        assertThat(e.years().get(2024).current()).isNull();
        assertThatThrownBy(() -> catalogue.estimate(List.of(
                item("training", 2024, EconomicCategory.UNSPECIFIED, "1", "participant-day"),
                item("training", 2024, EconomicCategory.CURRENT, "1", "participant-day"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024");
    }

    @Test
    void theCatalogueRejectsDuplicatesAndNegativeCosts() {
        var entry = new StandardCostCatalogue.Entry("travel", "km", 2024, BigDecimal.ONE, null);
        assertThatThrownBy(() -> StandardCostCatalogue.of("v", Fixtures.ALL, List.of(entry, entry)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("travel/km");
        assertThatThrownBy(() -> new StandardCostCatalogue.Entry("travel", "km", 2024, new BigDecimal("-1"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StandardCostCatalogue.of(" ", Fixtures.ALL, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catalogue.find("travel", "km", 2024)).isPresent();
        assertThat(catalogue.find("travel", "km", 2025)).isEmpty();
        assertThat(catalogue.version()).isEqualTo("IPSIS 2024 v1");
        assertThat(catalogue.entries()).hasSize(4);
        assertThat(catalogue.currency()).isEqualTo(Fixtures.ALL);
    }

    @Test
    void anEstimateFromTheCatalogueRollsUpLikeAnyOther() {
        CostEstimate e = catalogue.estimate(List.of(item("equipment", 2024, EconomicCategory.CAPITAL, "1", "laptop")));
        var activity = org.actionplan.core.Activity.builder("S1", org.actionplan.core.LocalizedText.of("en", "s"))
                .cost(e).build();
        var plan = org.actionplan.core.Plan.builder("p", org.actionplan.core.LocalizedText.of("en", "p"), 2024, 2024,
                Fixtures.ALL).goal(org.actionplan.core.Section.builder("G", org.actionplan.core.SectionKind.GOAL,
                org.actionplan.core.LocalizedText.of("en", "g")).activity(activity).build()).build();
        assertThat(PlanCosts.of(plan).pivot().root().cost(2024, EconomicCategory.CAPITAL)).isEqualTo(Money.of("120000", "ALL"));
    }
}

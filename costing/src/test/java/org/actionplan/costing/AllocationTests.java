package org.actionplan.costing;

import static org.actionplan.costing.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.actionplan.core.money.Money;
import org.junit.jupiter.api.Test;

class AllocationTests {

    private static List<BigDecimal> w(String... weights) {
        return java.util.Arrays.stream(weights).map(BigDecimal::new).toList();
    }

    @Test
    void equalRemaindersGoToTheEarlierInstitution() {
        assertThat(Allocation.split(all("1.00"), w("1", "1", "1"))).containsExactly(all("0.34"), all("0.33"), all("0.33"));
        assertThat(Allocation.split(all("0.02"), w("1", "1", "1"))).containsExactly(all("0.01"), all("0.01"), all("0"));
    }

    @Test
    void theLargestRemainderGetsTheLeftoverUnit() {
        // 0.01 by 1:2 -> exact 0.0033 and 0.0067; the second has the larger remainder
        assertThat(Allocation.split(all("0.01"), w("1", "2"))).containsExactly(all("0"), all("0.01"));
        // 10.00 by 0.5:0.25:0.25 -> 5.00, 2.50, 2.50 exactly
        assertThat(Allocation.split(all("10"), w("0.5", "0.25", "0.25"))).containsExactly(all("5"), all("2.5"), all("2.5"));
    }

    @Test
    void splittingConservesEveryAmountToTheMinorUnit() {
        qt().withExamples(500).forAll(longs().between(0, 1_000_000_000_000L),
                lists().of(integers().between(0, 1000)).ofSizeBetween(1, 7))
                .assuming((amount, weights) -> weights.stream().anyMatch(x -> x > 0))
                .checkAssert((amount, weights) -> {
                    Money m = Money.ofMinor(amount, Fixtures.ALL);
                    List<Money> parts = Allocation.split(m, weights.stream().map(BigDecimal::valueOf).toList());
                    assertThat(Money.sum(Fixtures.ALL, parts)).isEqualTo(m);
                    assertThat(parts).allMatch(p -> !p.isNegative());
                });
    }

    @Test
    void invalidSharesAreRejected() {
        assertThatThrownBy(() -> Allocation.split(all("-1"), w("1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocation.split(all("1"), w("0", "0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Allocation.explicit(Map.of("A1", Map.of("MB", new BigDecimal("-1"))), Allocation.allToLead()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A1");
        assertThatThrownBy(() -> Allocation.explicit(Map.of("A1", Map.of("MB", BigDecimal.ZERO)), Allocation.allToLead()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero");
        Allocation explicit = Allocation.explicit(Map.of(), Allocation.equalSplit());
        assertThatThrownBy(() -> Allocation.explicit(Map.of(), explicit)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void policiesAreValuesWithReadableNames() {
        Allocation a = Allocation.explicit(Map.of("A1", Map.of("MB", BigDecimal.ONE)), Allocation.equalSplit());
        assertThat(a).isEqualTo(Allocation.explicit(Map.of("A1", Map.of("MB", BigDecimal.ONE)), Allocation.equalSplit()));
        assertThat(a.hashCode()).isEqualTo(Allocation.explicit(Map.of("A1", Map.of("MB", BigDecimal.ONE)),
                Allocation.equalSplit()).hashCode());
        assertThat(a.policy()).isEqualTo(Allocation.Policy.EXPLICIT);
        assertThat(a.fallback()).isEqualTo(Allocation.equalSplit());
        assertThat(a.shares()).containsKey("A1");
        assertThat(a.toString()).contains("EXPLICIT").contains("EQUAL_SPLIT");
        assertThat(Allocation.allToLead().toString()).isEqualTo("ALL_TO_LEAD");
        assertThat(Allocation.allToLead()).isNotEqualTo(Allocation.equalSplit());
    }
}

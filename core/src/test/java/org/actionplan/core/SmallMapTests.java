package org.actionplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class SmallMapTests {

    private static Map<String, String> small() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("sq", "Plan kombëtar");
        source.put("en", "National plan");
        source.put("de", "Nationaler Plan");
        return Checks.map(source, "values");
    }

    @Test
    void keepsInsertionOrderAndFindsEveryKey() {
        Map<String, String> map = small();
        assertThat(map).isInstanceOf(SmallMap.class).hasSize(3);
        assertThat(map.keySet()).containsExactly("sq", "en", "de");
        assertThat(map.values()).containsExactly("Plan kombëtar", "National plan", "Nationaler Plan");
        assertThat(map.get("en")).isEqualTo("National plan");
        assertThat(map.get("fr")).isNull();
        assertThat(map.get(null)).isNull();
        assertThat(map.containsKey("de")).isTrue();
        assertThat(map.containsKey("fr")).isFalse();
        assertThat(map.containsValue("National plan")).isTrue();
        List<String> visited = new ArrayList<>();
        map.forEach((k, v) -> visited.add(k + "=" + v));
        assertThat(visited).containsExactly("sq=Plan kombëtar", "en=National plan", "de=Nationaler Plan");
    }

    @Test
    void equalsHashesAndPrintsLikeTheMapItCopies() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("sq", "Plan kombëtar");
        source.put("en", "National plan");
        source.put("de", "Nationaler Plan");
        Map<String, String> map = Checks.map(source, "values");
        assertThat(map).isEqualTo(source).isEqualTo(Map.copyOf(source)).hasSameHashCodeAs(source).hasToString(source.toString());
        assertThat(source).isEqualTo(map);
        assertThat(map).isNotEqualTo(Map.of("sq", "Plan kombëtar"));
    }

    @Test
    void everyMutatorRefusesEvenWhenItWouldChangeNothing() {
        Map<String, String> map = small();
        List<Consumer<Map<String, String>>> mutators = List.of(
                m -> m.put("fr", "x"), m -> m.remove("fr"), m -> m.remove("sq", "x"), m -> m.putAll(Map.of()),
                Map::clear, m -> m.replaceAll((k, v) -> v), m -> m.putIfAbsent("sq", "x"), m -> m.replace("fr", "x"),
                m -> m.replace("sq", "a", "b"), m -> m.computeIfAbsent("sq", k -> "x"),
                m -> m.computeIfPresent("fr", (k, v) -> v), m -> m.compute("sq", (k, v) -> v), m -> m.merge("sq", "x", (a, b) -> a),
                m -> m.keySet().remove("fr"), m -> m.values().removeIf(v -> false), m -> m.entrySet().clear(),
                m -> m.entrySet().iterator().next().setValue("x"));
        for (Consumer<Map<String, String>> mutator : mutators) {
            assertThatThrownBy(() -> mutator.accept(map)).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(map).isEqualTo(small());
    }

    @Test
    void largerMapsStayHashedAndEmptyOnesShared() {
        Map<Integer, Integer> nine = new LinkedHashMap<>();
        for (int i = 9; i > 0; i--) {
            nine.put(i, i);
        }
        Map<Integer, Integer> copy = Checks.map(nine, "values");
        assertThat(copy).isNotInstanceOf(SmallMap.class).isEqualTo(nine);
        assertThat(copy.keySet()).containsExactly(9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(Checks.map(Collections.<String, String>emptyMap(), "values")).isSameAs(Map.of());
    }
}

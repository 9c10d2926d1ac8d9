package org.actionplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalizedTextTests {

    private static final LocalizedText SQ_EN = LocalizedText.sqEn("Mbrojtja", "Protection");

    @Test
    void theFirstLanguageGivenIsPrimary() {
        assertThat(SQ_EN.primaryLanguage()).isEqualTo("sq");
        assertThat(SQ_EN.primary()).isEqualTo("Mbrojtja");
        assertThat(SQ_EN).hasToString("Mbrojtja");
        Map<String, String> enFirst = new LinkedHashMap<>();
        enFirst.put("en", "Protection");
        enFirst.put("sq", "Mbrojtja");
        assertThat(new LocalizedText(enFirst).primaryLanguage()).isEqualTo("en");
    }

    @Test
    void looksUpALanguageWithFallbacks() {
        assertThat(SQ_EN.in("en")).contains("Protection");
        assertThat(SQ_EN.in("sr")).isEmpty();
        assertThat(SQ_EN.best("en")).isEqualTo("Protection");
        assertThat(SQ_EN.best("sr")).isEqualTo("Mbrojtja");
        assertThat(SQ_EN.best(List.of("sr", "en", "sq"))).isEqualTo("Protection");
        assertThat(LocalizedText.of("sq", "Vetëm shqip").best(List.of("en"))).isEqualTo("Vetëm shqip");
    }

    @Test
    void withAddsOrReplacesKeepingOrderAndLeavesTheOriginal() {
        LocalizedText three = SQ_EN.with("sr", "Zaštita");
        assertThat(three.values().keySet()).containsExactly("sq", "en", "sr");
        LocalizedText replaced = three.with("sq", "Mbrojtja e viktimave");
        assertThat(replaced.values().keySet()).containsExactly("sq", "en", "sr");
        assertThat(replaced.primary()).isEqualTo("Mbrojtja e viktimave");
        assertThat(SQ_EN.values()).hasSize(2);
    }

    @Test
    void equalityIsByContentAndValuesAreUnmodifiable() {
        assertThat(LocalizedText.of("sq", "a")).isEqualTo(new LocalizedText(new LinkedHashMap<>(Map.of("sq", "a"))));
        assertThatThrownBy(() -> SQ_EN.values().put("fr", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsEmptyBlankAndNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedText(Map.of())).withMessageContaining("at least one");
        assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedText(null));
        assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of(" ", "x")).withMessageContaining("language");
        assertThatNullPointerException().isThrownBy(() -> LocalizedText.of("sq", null)).withMessageContaining("text");
        assertThatNullPointerException().isThrownBy(() -> LocalizedText.sqEn("a", null)).withMessageContaining("english");
    }
}

package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.actionplan.core.LocalizedText;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.SampleReportsAccess;
import org.actionplan.reporting.Value;

class ContextTests {

    private static final Context CX = new Context(SampleReportsAccess.smallPlan(), ReportOptions.of(Locale.ENGLISH));

    @Test
    void severalTextsJoinByLineWithATranslationOnlyIfAllHaveOne() {
        assertThat(CX.texts(List.of(LocalizedText.sqEn("a", "A"), LocalizedText.sqEn("b", "B"))))
                .isEqualTo(new Value.Text("a\nb", "sq", "A\nB", "en"));
        assertThat(CX.texts(List.of(LocalizedText.sqEn("a", "A"), LocalizedText.of("sq", "b"))))
                .isEqualTo(new Value.Text("a\nb", "sq", null, null));
        assertThat(CX.texts(List.of())).isEqualTo(Value.empty());
    }

    @Test
    void codesPreferTheVerbatimForm() {
        assertThat(Context.code(" 1.1.2. ", null)).isEqualTo("1.1.2.");
        assertThat(Context.code(null, org.actionplan.core.Code.parse("1.(g).2"))).isEqualTo("1.(g).2");
        assertThat(Context.code(null, null)).isEmpty();
    }

    @Test
    void bestPrefersTheReportLanguage() {
        assertThat(CX.best(LocalizedText.sqEn("Masa", "Measure"))).isEqualTo("Measure");
        assertThat(CX.language()).isEqualTo("en");
        assertThat(CX.currency()).isEqualTo("ALL");
    }
}

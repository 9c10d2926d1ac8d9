package org.actionplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.reporting.Block;
import org.actionplan.reporting.Chart;

class LabelsTests {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/org/actionplan/reporting/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyLabel() throws IOException {
        Properties en = load("messages.properties");
        Properties sq = load("messages_sq.properties");
        assertThat(sq.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.values()).allSatisfy(v -> assertThat((String) v).isNotBlank());
        assertThat(sq.values()).allSatisfy(v -> assertThat((String) v).isNotBlank());
    }

    @Test
    void everyEnumShownInAReportHasALabel() {
        Labels sq = Labels.of(Locale.forLanguageTag("sq"));
        for (Enum<?> e : FundingSourceKind.values()) {
            assertThat(sq.of(e)).isNotBlank();
        }
        for (Enum<?> e : Chart.TaskStyle.values()) {
            assertThat(sq.of(e)).isNotBlank();
        }
        for (Enum<?> e : org.actionplan.core.validation.Severity.values()) {
            assertThat(sq.of(e)).isNotBlank();
        }
        for (Enum<?> e : org.actionplan.costing.AuditFinding.Verdict.values()) {
            assertThat(sq.of(e)).isNotBlank();
        }
        for (Enum<?> e : org.actionplan.core.Metric.values()) {
            assertThat(sq.of(e)).isNotBlank();
        }
        for (Enum<?> e : Block.NoticeKind.values()) {
            assertThat(sq.of(e)).isNotBlank();
        }
    }

    @Test
    void albanianLabelsUseTheTermsOfThePlans() {
        Labels sq = Labels.of(Locale.forLanguageTag("sq-AL"));
        assertThat(sq.language()).isEqualTo("sq");
        assertThat(sq.get("col.expectedResults")).isEqualTo("Rezultatet e pritshme");
        assertThat(sq.get("col.verification")).isEqualTo("Mënyra e verifikimit");
        assertThat(sq.of(FundingSourceKind.FOREIGN)).isEqualTo("Financim i huaj");
        assertThat(sq.get("col.costIn", "ALL")).isEqualTo("Kostoja (ALL)");
    }

    @Test
    void otherLanguagesGetEnglishWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("sq"));
            Labels fr = Labels.of(Locale.FRENCH);
            assertThat(fr.language()).isEqualTo("en");
            assertThat(fr.get("col.activity")).isEqualTo("Activity");
            assertThat(Labels.of(Locale.ENGLISH).get("col.activity")).isEqualTo("Activity");
        } finally {
            Locale.setDefault(saved);
        }
    }
}

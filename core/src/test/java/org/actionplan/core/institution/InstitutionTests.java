package org.actionplan.core.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.actionplan.core.LocalizedText;

class InstitutionTests {

    @Test
    void ofUsesTheIdAsAcronym() {
        Institution mb = Institution.of("MB", LocalizedText.sqEn("Ministria e Brendshme", "Ministry of Interior"),
                InstitutionKind.MINISTRY);
        assertThat(mb.acronyms()).containsExactly("MB");
        assertThat(mb.aliases()).isEmpty();
        assertThat(mb.parent()).isNull();
    }

    @Test
    void keepsAliasesAndRejectsMissingParts() {
        Institution ministry = new Institution("MSHMS", LocalizedText.of("sq", "Ministria e Shëndetësisë dhe Mbrojtjes Sociale"),
                List.of("MSHMS"), List.of("MShMS", "Ministria e Shëndetësisë"), InstitutionKind.MINISTRY, null, "(inferred)");
        assertThat(ministry.aliases()).containsExactly("MShMS", "Ministria e Shëndetësisë");
        assertThatIllegalArgumentException().isThrownBy(() -> Institution.of("", LocalizedText.of("sq", "x"), InstitutionKind.NGO));
        assertThatNullPointerException().isThrownBy(() -> Institution.of("X", LocalizedText.of("sq", "x"), null))
                .withMessageContaining("kind");
        assertThatIllegalArgumentException().isThrownBy(() -> new Abbreviation(" ", LocalizedText.of("sq", "x"), null, null));
        assertThat(new Abbreviation("VT", LocalizedText.of("sq", "Viktimat e trafikimit"), null, null).institution()).isNull();
    }
}

package org.actionplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SourceRefTests {

    @Test
    void printsDocumentPartAndLine() {
        assertThat(SourceRef.of("004", "costing", 1341)).hasToString("004 (costing):1341");
        assertThat(new SourceRef("004", null, null)).hasToString("004");
        assertThat(new SourceRef("004", null, 7)).hasToString("004:7");
    }

    @Test
    void rejectsABlankDocumentAndANonPositiveLine() {
        assertThatIllegalArgumentException().isThrownBy(() -> SourceRef.of(" ", null, 1)).withMessageContaining("document");
        assertThatIllegalArgumentException().isThrownBy(() -> SourceRef.of("004", null, 0)).withMessageContaining("line");
    }
}

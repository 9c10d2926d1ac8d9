package org.actionplan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderedFileTests {

    @Test
    void bytesAreCopiedInAndOut() {
        byte[] b = {1, 2, 3};
        RenderedFile f = new RenderedFile("a.csv", "text/csv", b);
        b[0] = 9;
        f.bytes()[1] = 9;
        assertThat(f.bytes()).containsExactly(1, 2, 3);
        assertThat(f.size()).isEqualTo(3);
    }

    @Test
    void equalityIsByContent() {
        RenderedFile a = new RenderedFile("a.csv", "text/csv", new byte[] {1});
        assertThat(a).isEqualTo(new RenderedFile("a.csv", "text/csv", new byte[] {1}))
                .hasSameHashCodeAs(new RenderedFile("a.csv", "text/csv", new byte[] {1}))
                .isNotEqualTo(new RenderedFile("a.csv", "text/csv", new byte[] {2}));
        assertThat(a.toString()).isEqualTo("a.csv (text/csv, 1 bytes)");
    }
}

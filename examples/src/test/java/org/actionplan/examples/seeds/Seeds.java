package org.actionplan.examples.seeds;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the seed texts for tests: the system property {@code actionplan.seeds}, else {@code shared/seeds} in the
 * nearest ancestor of the working directory that has one (the repository root's {@code ../shared/seeds}).
 */
final class Seeds {

    private Seeds() {
    }

    /** Returns the seed directory, or skips the calling test with a message if the seeds are absent. */
    static Path dir() {
        String property = System.getProperty("actionplan.seeds");
        if (property != null) {
            Path p = Path.of(property);
            assumeTrue(Files.isDirectory(p), "seeds not found at -Dactionplan.seeds=" + p + "; test skipped");
            return p;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "seed texts not found (looked for shared/seeds above " + Path.of("").toAbsolutePath()
                + "; set -Dactionplan.seeds=DIR); test skipped");
        return null;
    }
}

package org.actionplan.examples.plans;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.actionplan.core.json.PlanJson;

/**
 * Rebuilds the bundled plan {@code albania-nap-2024-2025.json} from seed 004 and prints the import report.
 * <p>
 * Usage: {@code BuildBundledPlans SEED_FILE [OUTPUT_DIR]}; the output directory defaults to
 * {@code examples/src/main/resources/plans}. The command-line tool runs it as
 * {@code bin/actionplan import-004 ../shared/seeds/004_a467a65359d1d9c7.txt}.
 */
public final class BuildBundledPlans {

    private BuildBundledPlans() {
    }

    /**
     * Runs the build.
     *
     * @param args  the seed file and an optional output directory
     */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BuildBundledPlans SEED_FILE [OUTPUT_DIR]");
            return;
        }
        Path out = Path.of(args.length > 1 ? args[1] : "examples/src/main/resources/plans");
        AlbaniaNap2024.Build build = AlbaniaNap2024.build(Path.of(args[0]));
        try {
            Files.createDirectories(out);
            Path file = out.resolve(AlbaniaNap2024.ID + ".json");
            Files.writeString(file, PlanJson.write(build.plan()), StandardCharsets.UTF_8);
            build.issues().forEach(i -> System.err.println(i));
            System.err.println("wrote " + file + " (" + build.plan().allActivities().size() + " activities, "
                    + build.plan().declaredFigures().size() + " declared figures, " + build.issues().size()
                    + " import remarks)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

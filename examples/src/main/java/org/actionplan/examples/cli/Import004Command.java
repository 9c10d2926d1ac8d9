package org.actionplan.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.actionplan.core.json.PlanJson;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.examples.plans.AlbaniaNap2024;
import org.actionplan.examples.plans.IllustrativeMonitoring;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code actionplan import-004 SEED [--out DIR]}: rebuilds {@code albania-nap-2024-2025.json} from seed 004 with
 * the documented correction list, writes the illustrative monitoring reports of the plan, and prints the import report on stderr.
 */
@Command(name = "import-004", mixinStandardHelpOptions = true,
        description = "Rebuild the bundled plan albania-nap-2024-2025 from seed 004 (importer + correction list).")
public final class Import004Command implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SEED", description = "the seed file 004_a467a65359d1d9c7.txt")
    private Path seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "examples/src/main/resources/plans",
            description = "output directory (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--monitoring-out", paramLabel = "DIR", defaultValue = "examples/src/main/resources/monitoring",
            description = "where the illustrative monitoring reports go (default: ${DEFAULT-VALUE})")
    private Path monitoringOut;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(seed)) {
            throw new InputException("seed file not found: " + seed);
        }
        AlbaniaNap2024.Build build = AlbaniaNap2024.build(seed);
        Path file = out.resolve(AlbaniaNap2024.ID + ".json");
        try {
            Files.createDirectories(out);
            Files.writeString(file, PlanJson.write(build.plan()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot write " + file + ": " + e.getMessage(), e);
        }
        Path monitoringDir = monitoringOut;
        try {
            Files.createDirectories(monitoringDir);
            for (CalendarPeriod period : List.of(CalendarPeriod.half(2024, 1), CalendarPeriod.half(2024, 2),
                    CalendarPeriod.half(2025, 1))) {
                Files.writeString(monitoringDir.resolve(AlbaniaNap2024.ID + "-" + period + ".json"),
                        PlanJson.write(IllustrativeMonitoring.report(build.plan(), period)), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new InputException("cannot write to " + monitoringDir + ": " + e.getMessage(), e);
        }
        build.issues().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getErr().println("wrote " + file + " (" + build.plan().allActivities().size()
                + " activities, " + build.plan().declaredFigures().size() + " declared figures, "
                + build.issues().size() + " import remarks)");
        return 0;
    }
}

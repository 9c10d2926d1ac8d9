package org.actionplan.examples.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;

/**
 * Rebuilds the bundled seed plans ({@code kosovo-2015-2019}, {@code albania-2008-2010},
 * {@code albania-child-2008-2010}) from the seed texts: the readers of this package plus their documented
 * correction lists. Run from the repository root:
 * <pre>
 * mvn -q -pl examples -am compile exec:java -Dexec.mainClass=org.actionplan.examples.seeds.BuildSeedPlans \
 *     -Dexec.args="../shared/seeds examples/src/main/resources/plans"
 * </pre>
 */
public final class BuildSeedPlans {

    private BuildSeedPlans() {
    }

    /**
     * Returns the plan readers by plan id, in build order.
     *
     * @return the readers, never null
     */
    static Map<String, Function<Path, Plan>> readers() {
        Map<String, Function<Path, Plan>> readers = new LinkedHashMap<>();
        readers.put(KosovoPlan.ID, KosovoPlan::build);
        readers.put(AlbaniaPlan.ID, AlbaniaPlan::build);
        readers.put(AlbaniaChildPlan.ID, AlbaniaChildPlan::build);
        return readers;
    }

    /**
     * Reads every seed plan and returns its JSON text.
     *
     * @param seeds  the seed directory, not null
     * @return the JSON text per plan id, never null
     */
    static Map<String, String> render(Path seeds) {
        Map<String, String> out = new LinkedHashMap<>();
        readers().forEach((id, reader) -> out.put(id, PlanJson.write(reader.apply(seeds))));
        return out;
    }

    /**
     * Writes {@code <id>.json} for every seed plan.
     *
     * @param args  the seed directory and the output directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BuildSeedPlans <seed directory> <output directory>");
        }
        Path seeds = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        try {
            for (Map.Entry<String, String> e : render(seeds).entrySet()) {
                Path file = out.resolve(e.getKey() + ".json");
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                System.out.println("wrote " + file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

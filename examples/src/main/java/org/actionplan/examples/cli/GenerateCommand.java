package org.actionplan.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;
import org.actionplan.testkit.PlanGenerator;
import org.actionplan.testkit.PlanShape;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code actionplan generate --activities N [--seed S] [--out FILE]}: a synthetic plan for load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a synthetic plan (testkit PlanGenerator) as JSON, for load tests.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--activities", required = true, paramLabel = "N", description = "number of activities (1 or more)")
    private int activities;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    private Path out;

    @Override
    public Integer call() {
        if (activities < 1) {
            throw new InputException("--activities must be at least 1, got " + activities);
        }
        if (activities >= 10_000) {
            spec.commandLine().getErr().println("generating " + activities + " activities (seed " + seed + ")...");
            spec.commandLine().getErr().flush();
        }
        Plan plan = PlanGenerator.generate(new SplittableRandom(seed), PlanShape.ofActivities(activities));
        String json = PlanJson.write(plan);
        if (out == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(out, json, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException("cannot write " + out + ": " + e.getMessage(), e);
            }
            spec.commandLine().getErr().println("wrote " + out + " (" + plan.allActivities().size() + " activities)");
        }
        return 0;
    }
}

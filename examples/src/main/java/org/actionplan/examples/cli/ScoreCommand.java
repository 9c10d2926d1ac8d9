package org.actionplan.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code actionplan score [PLAN] [--monitoring FILE...] [--period 2024H2]}: implementation scorecard. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score implementation from monitoring reports: SIGMA implementation rate, indicators, timeliness.")
public final class ScoreCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "PLAN", description = "plan file or bundled plan id")
    String plan;

    @Option(names = "--monitoring", arity = "1..*", paramLabel = "FILE",
            description = "monitoring report files (default for the default plan: its illustrative reports)")
    List<Path> monitoring;

    @Option(names = "--period", paramLabel = "PERIOD", description = "the period to score, e.g. 2024H2 or 2025")
    String period;

    @Option(names = "--format", defaultValue = "text", description = "text, md, csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        Inputs.monitoring(monitoring, Inputs.plan(plan).id());
        throw new InputException("score is not available yet: the scoring engine (actionplan-scoring) has not landed");
    }
}

package org.actionplan.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code actionplan report [PLAN] [--monitoring FILE...] [--lang en|sq] [--out DIR]}: the full report set. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the report set (HTML, Markdown, CSV, JSON, XLSX; English and Albanian) and print a summary.")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "PLAN", description = "plan file or bundled plan id")
    String plan;

    @Option(names = "--monitoring", arity = "1..*", paramLabel = "FILE",
            description = "monitoring report files (default for the default plan: its illustrative reports)")
    List<Path> monitoring;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", description = "en, sq or both (default: en,sq)")
    List<String> lang;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "output directory (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() {
        Inputs.monitoring(monitoring, Inputs.plan(plan).id());
        throw new InputException("report is not available yet: the reporting module (actionplan-reporting) has not landed");
    }
}

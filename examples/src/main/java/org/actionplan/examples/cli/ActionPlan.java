package org.actionplan.examples.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code actionplan} command-line tool: validate, cost, audit, score and report on a plan, generate
 * synthetic plans, and rebuild the bundled plan from its seed.
 * <p>
 * Exit codes: 0 success; 1 the plan has validation errors ({@code validate}); 2 bad usage or unreadable
 * input, with a one-line reason on stderr.
 */
@Command(name = "actionplan", mixinStandardHelpOptions = true, version = "actionplan 0.1.0",
        description = "Validate, cost, audit, score and report on national action plans.",
        subcommands = {ValidateCommand.class, CostCommand.class, AuditCommand.class, ScoreCommand.class,
            ReportCommand.class, GenerateCommand.class, Import004Command.class},
        footer = {"", "PLAN is a path to a plan JSON file or the id of a bundled plan (default: "
            + Inputs.DEFAULT_PLAN + ").", "Exit codes: 0 success, 1 validation errors, 2 bad usage or input."})
public final class ActionPlan implements Runnable {

    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.hibernate.validator");

    /** Exit code for bad usage or unreadable input. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the tool and returns its exit code, writing to the given streams.
     *
     * @param out  standard output, not null
     * @param err  standard error, not null
     * @param args  the arguments, not null
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new ActionPlan());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("actionplan: " + ex.getMessage() + " (see --help)");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            err.println("actionplan: " + oneLine(ex));
            err.flush();
            return USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String oneLine(Exception ex) {
        String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return m.replace('\n', ' ');
    }

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args  the arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator logs its version and deprecation notes through java.util.logging: not for users
        QUIET.setLevel(java.util.logging.Level.SEVERE);
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }
}

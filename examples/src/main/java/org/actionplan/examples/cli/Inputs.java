package org.actionplan.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanFormatException;
import org.actionplan.core.json.PlanJson;
import org.actionplan.core.monitoring.MonitoringReport;

/**
 * Loads plans and monitoring reports for the commands: a path to a JSON file, or the id of a plan bundled
 * with the tool ({@code plans/<id>.json} on the class path).
 */
public final class Inputs {

    /** The plan used when a command is given none. */
    public static final String DEFAULT_PLAN = "albania-nap-2024-2025";
    /** The illustrative monitoring periods bundled for the default plan. */
    public static final List<String> DEFAULT_PERIODS = List.of("2024H1", "2024H2", "2025H1");

    private Inputs() {
    }

    /**
     * Loads a plan.
     *
     * @param plan  a path or a bundled plan id, null for the default plan
     * @return the plan, never null
     * @throws InputException if the plan cannot be found or read
     */
    public static Plan plan(String plan) {
        return plan(plan, null, Long.MAX_VALUE);
    }

    /**
     * Loads a plan, saying on {@code progress} what it reads when the file is large (16 MiB or more).
     *
     * @param plan  a path or a bundled plan id, null for the default plan
     * @param progress  where to report progress (standard error), null for none
     * @return the plan, never null
     * @throws InputException if the plan cannot be found or read
     */
    public static Plan plan(String plan, PrintWriter progress) {
        return plan(plan, progress, PROGRESS_BYTES);
    }

    /** Files of this size or more are read with a progress line. */
    static final long PROGRESS_BYTES = 16L << 20;

    static Plan plan(String plan, PrintWriter progress, long progressBytes) {
        String name = plan == null ? DEFAULT_PLAN : plan;
        Path path = Path.of(name);
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                long size = Files.size(path);
                boolean tell = progress != null && size >= progressBytes;
                if (tell) {
                    progress.printf(Locale.ROOT, "reading %s (%,d bytes)...%n", path, size);
                    progress.flush();
                }
                Plan p = PlanJson.read(in);
                if (tell) {
                    progress.printf(Locale.ROOT, "read plan %s: %,d activities%n", p.id(), p.allActivities().size());
                    progress.flush();
                }
                return p;
            } catch (IOException e) {
                throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
            } catch (PlanFormatException e) {
                throw new InputException(path + ": " + e.getMessage(), e);
            }
        }
        try (InputStream in = bundled("plans/" + name + ".json")) {
            if (in == null) {
                throw new InputException("no plan file or bundled plan named '" + name + "' (bundled: "
                        + String.join(", ", bundledPlans()) + ")");
            }
            return PlanJson.read(in);
        } catch (IOException e) {
            throw new InputException("cannot read bundled plan " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the ids of the bundled plans.
     *
     * @return the ids, never null
     */
    public static List<String> bundledPlans() {
        List<String> ids = new ArrayList<>();
        for (String id : List.of("albania-nap-2024-2025", "kosovo-2015-2019", "albania-2008-2010",
                "albania-child-2008-2010")) {
            try (InputStream in = bundled("plans/" + id + ".json")) {
                if (in != null) {
                    ids.add(id);
                }
            } catch (IOException e) {
                throw new InputException("cannot read bundled plan " + id, e);
            }
        }
        return ids;
    }

    /**
     * Loads monitoring reports: the given files, or, when none is given and the plan is the default one, the
     * bundled illustrative reports.
     *
     * @param files  the files, may be null or empty
     * @param planId  the id of the plan they report on, not null
     * @return the reports in the order given, never null
     * @throws InputException if a file cannot be read or reports on another plan
     */
    public static List<MonitoringReport> monitoring(List<Path> files, String planId) {
        List<MonitoringReport> reports = new ArrayList<>();
        if (files == null || files.isEmpty()) {
            if (!DEFAULT_PLAN.equals(planId)) {
                return reports;
            }
            for (String period : DEFAULT_PERIODS) {
                String name = "monitoring/" + planId + "-" + period + ".json";
                try (InputStream in = bundled(name)) {
                    if (in != null) {
                        reports.add(PlanJson.read(in, MonitoringReport.class));
                    }
                } catch (IOException e) {
                    throw new InputException("cannot read bundled " + name, e);
                }
            }
            return reports;
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                MonitoringReport r = PlanJson.read(in, MonitoringReport.class);
                if (!r.planId().equals(planId)) {
                    throw new InputException(file + " reports on plan '" + r.planId() + "', not '" + planId + "'");
                }
                reports.add(r);
            } catch (IOException e) {
                throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
            } catch (PlanFormatException e) {
                throw new InputException(file + ": " + e.getMessage(), e);
            }
        }
        return reports;
    }

    private static InputStream bundled(String name) {
        return Inputs.class.getClassLoader().getResourceAsStream(name);
    }
}

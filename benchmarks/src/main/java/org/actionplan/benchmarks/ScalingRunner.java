package org.actionplan.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JMH result file ({@code -rf json -rff results.json}) and prints, as Markdown, every score with
 * its error, the ratio of each engine to the primitive baseline at the same size (see {@link #baselineOf}), the JSON throughput in
 * MB/s, and the scaling exponent of each benchmark fitted over its sizes.
 * <p>
 * The exponent is the slope of the least-squares line through (ln size, ln time): 1 means linear,
 * 2 quadratic. Usage: {@code java -cp benchmarks.jar org.actionplan.benchmarks.ScalingRunner results.json...}.
 */
public final class ScalingRunner {

    /** The baseline of engines that start from prepared data. */
    static final String BASELINE = "BaselineBenchmarks.rollUp";
    /** The baseline of engines that start from the plan (benchmarks whose name ends in {@code FromPlan}). */
    static final String BASELINE_FROM_PLAN = "BaselineBenchmarks.rollUpFromPlan";

    private ScalingRunner() {
    }

    /**
     * One score from a JMH result file.
     *
     * @param benchmark  the benchmark's simple name ({@code Class.method})
     * @param activities  the {@code activities} parameter, 0 if none
     * @param score  the score
     * @param error  the 99.9% confidence half-width, NaN if JMH gave none
     * @param unit  the unit of the score (e.g. {@code us/op}, {@code ops/s})
     * @param seconds  the time of one operation in seconds
     * @param bytesPerSecond  the {@code bytes} counter per second, NaN if none
     */
    record Score(String benchmark, int activities, double score, double error, String unit, double seconds,
            double bytesPerSecond) {
    }

    /**
     * Prints the report of one or more result files, read as one run.
     *
     * @param args  the JMH JSON result files
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ScalingRunner <jmh-results.json>...");
            return;
        }
        List<Score> scores = new ArrayList<>();
        for (String file : args) {
            scores.addAll(parse(Files.readString(Path.of(file), StandardCharsets.UTF_8)));
        }
        print(scores, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Parses a JMH JSON result file.
     *
     * @param json  the file's text
     * @return the scores in file order
     */
    static List<Score> parse(String json) {
        List<Score> scores = new ArrayList<>();
        for (JsonNode result : JsonMapper.shared().readTree(json)) {
            String name = result.get("benchmark").asString();
            String[] parts = name.split("\\.");
            String simple = parts[parts.length - 2] + "." + parts[parts.length - 1];
            JsonNode params = result.get("params");
            int activities = params != null && params.has("activities") ? params.get("activities").asInt() : 0;
            JsonNode primary = result.get("primaryMetric");
            double score = primary.get("score").asDouble();
            double error = primary.get("scoreError").isNumber() ? primary.get("scoreError").asDouble() : Double.NaN;
            String unit = primary.get("scoreUnit").asString();
            double bytes = Double.NaN;
            JsonNode secondary = result.get("secondaryMetrics");
            if (secondary != null && secondary.has("bytes")) {
                JsonNode b = secondary.get("bytes");
                bytes = b.get("score").asDouble() / seconds(1, b.get("scoreUnit").asString().replace("ops", "op"));
            }
            scores.add(new Score(simple, activities, score, error, unit, seconds(score, unit), bytes));
        }
        return scores;
    }

    /**
     * Converts a score to the time of one operation in seconds.
     *
     * @param score  the score
     * @param unit  its unit: {@code ns/op}, {@code us/op}, {@code ms/op}, {@code s/op}, or a rate such as {@code ops/s}
     * @return seconds per operation
     * @throws IllegalArgumentException if the unit is not one of these
     */
    static double seconds(double score, String unit) {
        String[] parts = unit.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("unknown unit: " + unit);
        }
        if (parts[1].equals("op")) {
            return score * scale(parts[0]);
        }
        if (parts[0].equals("ops") || parts[0].equals("op")) {
            return scale(parts[1]) / score;
        }
        throw new IllegalArgumentException("unknown unit: " + unit);
    }

    private static double scale(String timeUnit) {
        switch (timeUnit) {
            case "ns":
                return 1e-9;
            case "us":
                return 1e-6;
            case "ms":
                return 1e-3;
            case "s":
                return 1;
            case "min":
                return 60;
            default:
                throw new IllegalArgumentException("unknown time unit: " + timeUnit);
        }
    }

    /**
     * Fits the exponent k of {@code time = c * size^k} by least squares on the logarithms.
     *
     * @param sizes  the sizes, positive
     * @param times  the times, positive, as many as sizes
     * @return the exponent, NaN if fewer than two distinct sizes
     */
    static double exponent(double[] sizes, double[] times) {
        int n = sizes.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(sizes[i]);
            my += Math.log(times[i]);
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(sizes[i]) - mx;
            sxy += dx * (Math.log(times[i]) - my);
            sxx += dx * dx;
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    /**
     * Prints the tables.
     *
     * @param scores  the scores
     * @param out  where to print
     */
    static void print(List<Score> scores, PrintStream out) {
        Map<String, Double> baseline = new TreeMap<>();
        for (Score s : scores) {
            if (s.benchmark().startsWith("BaselineBenchmarks.")) {
                baseline.put(s.benchmark() + "@" + s.activities(), s.seconds());
            }
        }
        List<Score> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparing(Score::benchmark).thenComparingInt(Score::activities));
        out.println("| Benchmark | Activities | Score | Error (99.9%) | Unit | Time per op | x baseline | MB/s |");
        out.println("|---|---:|---:|---:|---|---:|---:|---:|");
        for (Score s : sorted) {
            Double base = baseline.get(baselineOf(s.benchmark()) + "@" + s.activities());
            String ratio = base == null || !isEngine(s.benchmark()) ? ""
                    : format(s.seconds() / base) + "x";
            String mbs = Double.isNaN(s.bytesPerSecond()) ? "" : format(s.bytesPerSecond() / 1e6);
            out.println("| " + s.benchmark() + " | " + s.activities() + " | " + format(s.score()) + " | "
                    + (Double.isNaN(s.error()) ? "" : format(s.error())) + " | " + s.unit() + " | "
                    + time(s.seconds()) + " | " + ratio + " | " + mbs + " |");
        }
        out.println();
        out.println("| Benchmark | Sizes | Fitted exponent |");
        out.println("|---|---|---:|");
        Map<String, List<Score>> byName = new TreeMap<>();
        for (Score s : scores) {
            if (s.activities() > 0) {
                byName.computeIfAbsent(s.benchmark(), k -> new ArrayList<>()).add(s);
            }
        }
        for (Map.Entry<String, List<Score>> e : byName.entrySet()) {
            List<Score> list = e.getValue();
            if (list.size() < 2) {
                continue;
            }
            double[] sizes = list.stream().mapToDouble(Score::activities).toArray();
            double[] times = list.stream().mapToDouble(Score::seconds).toArray();
            StringBuilder sizeText = new StringBuilder();
            for (Score s : list) {
                sizeText.append(sizeText.length() == 0 ? "" : ", ").append(s.activities());
            }
            out.println("| " + e.getKey() + " | " + sizeText + " | " + format(exponent(sizes, times)) + " |");
        }
    }

    private static boolean isEngine(String benchmark) {
        return !benchmark.startsWith("GenerationBenchmarks.") && !benchmark.startsWith("JsonBenchmarks.")
                && !benchmark.startsWith("BaselineBenchmarks.");
    }

    /**
     * Names the baseline an engine benchmark is compared with.
     *
     * @param benchmark  the benchmark's simple name
     * @return the baseline's simple name
     */
    static String baselineOf(String benchmark) {
        return benchmark.endsWith("FromPlan") ? BASELINE_FROM_PLAN : BASELINE;
    }

    private static String format(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private static String time(double seconds) {
        if (seconds >= 1) {
            return format(seconds) + " s";
        }
        if (seconds >= 1e-3) {
            return format(seconds * 1e3) + " ms";
        }
        if (seconds >= 1e-6) {
            return format(seconds * 1e6) + " µs";
        }
        return format(seconds * 1e9) + " ns";
    }
}

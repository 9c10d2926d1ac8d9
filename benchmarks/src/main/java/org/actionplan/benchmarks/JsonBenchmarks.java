package org.actionplan.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Reading and writing a plan as JSON, against Jackson's own streaming parser over the same bytes.
 * <p>
 * Throughput is reported twice: operations per second (the primary score) and, through the
 * {@code bytes} counter, bytes per second (divide by 10^6 for MB/s). {@link #jacksonTokens} is the floor
 * for any Jackson-based reader: a token loop that decodes nothing; {@link #jacksonValues} also decodes
 * every string and number, as a reader that builds objects must.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class JsonBenchmarks {

    /** The number of activities of the plan. */
    @Param({"1000", "10000"})
    public int activities;

    private Plan plan;
    private byte[] json;
    private JsonFactory factory;
    private ByteArrayOutputStream out;

    /**
     * Counts the bytes read or written; JMH reports it as bytes per second.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        /** Bytes processed in the current iteration. */
        public long bytes;

        /** Resets the counter at each iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    /** Generates the plan and its JSON once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        plan = Plans.generate(activities);
        json = PlanJson.write(plan).getBytes(StandardCharsets.UTF_8);
        factory = new JsonFactory();
        out = new ByteArrayOutputStream(json.length + 1024);
    }

    /**
     * Reads the plan with the library's strict reader.
     *
     * @param counter  the byte counter
     * @return the plan
     */
    @Benchmark
    public Plan read(Bytes counter) {
        counter.bytes += json.length;
        return PlanJson.read(new ByteArrayInputStream(json));
    }

    /**
     * Writes the plan with the library's writer into a reused buffer.
     *
     * @param counter  the byte counter
     * @return the number of bytes written
     */
    @Benchmark
    public int write(Bytes counter) {
        out.reset();
        PlanJson.write(plan, out);
        counter.bytes += out.size();
        return out.size();
    }

    /**
     * Jackson's streaming parser: every token, nothing decoded (the floor).
     *
     * @param counter  the byte counter
     * @return the number of tokens
     */
    @Benchmark
    public long jacksonTokens(Bytes counter) {
        counter.bytes += json.length;
        long tokens = 0;
        try (JsonParser p = factory.createParser(json)) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /**
     * Jackson's streaming parser: every token, with every name, string and number decoded.
     *
     * @param counter  the byte counter
     * @return a checksum of the decoded values
     */
    @Benchmark
    public long jacksonValues(Bytes counter) {
        counter.bytes += json.length;
        long sum = 0;
        try (JsonParser p = factory.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case PROPERTY_NAME:
                    case VALUE_STRING:
                        sum += p.getString().length();
                        break;
                    case VALUE_NUMBER_INT:
                    case VALUE_NUMBER_FLOAT:
                        sum += p.getDecimalValue().scale();
                        break;
                    default:
                        sum++;
                }
            }
        }
        return sum;
    }
}

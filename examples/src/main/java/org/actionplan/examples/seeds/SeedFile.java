package org.actionplan.examples.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.actionplan.core.SourceRef;

/**
 * One seed document as lines, addressed by 1-based line number as the seed notes cite them.
 */
final class SeedFile {

    private final String id;
    private final List<String> lines;

    private SeedFile(String id, List<String> lines) {
        this.id = id;
        this.lines = lines;
    }

    /**
     * Reads the seed whose file name starts with {@code id + "_"} from a directory.
     *
     * @param dir  the seed directory, not null
     * @param id  the seed number, e.g. {@code "001"}, not null
     * @return the seed, never null
     * @throws IllegalArgumentException if no such file exists
     * @throws UncheckedIOException if it cannot be read
     */
    static SeedFile read(Path dir, String id) {
        try (Stream<Path> files = Files.list(dir)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(id + "_")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no seed " + id + "_*.txt in " + dir));
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new SeedFile(id, List.of(text.split("\n", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + id + " in " + dir, e);
        }
    }

    String id() {
        return id;
    }

    int lineCount() {
        return lines.size();
    }

    /** Returns line {@code n} (1-based) without its line break. */
    String line(int n) {
        return lines.get(n - 1);
    }

    /** Returns the tab-separated cells of line {@code n}, trailing empty cells kept. */
    String[] cells(int n) {
        return line(n).split("\t", -1);
    }

    SourceRef ref(String part, int n) {
        return SourceRef.of(id, part, n);
    }

    /** Returns the first line number at or after {@code from} whose text starts with the prefix. */
    int find(int from, String prefix) {
        for (int n = from; n <= lines.size(); n++) {
            if (line(n).startsWith(prefix)) {
                return n;
            }
        }
        throw new IllegalStateException("seed " + id + ": no line starting with '" + prefix + "' after line " + from);
    }

    /** Fails unless line {@code n} starts with the expected text: guards every hard-coded line number. */
    String expect(int n, String prefix) {
        String text = line(n);
        if (!text.startsWith(prefix)) {
            throw new IllegalStateException("seed " + id + " line " + n + ": expected '" + prefix + "' but found '"
                    + text.substring(0, Math.min(60, text.length())) + "'");
        }
        return text;
    }
}

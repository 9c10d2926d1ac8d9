package org.actionplan.examples.programs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.actionplan.core.Plan;
import org.actionplan.core.json.PlanJson;

/** Reads JSON resources bundled with the examples module from the class path. */
final class Bundled {

    private Bundled() {
    }

    /** Loads a bundled plan, e.g. {@code albania-nap-2024-2025}, from {@code plans/<id>.json}. */
    static Plan plan(String id) {
        return read("plans/" + id + ".json", Plan.class);
    }

    /** Reads a bundled JSON resource as the given type. */
    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = Bundled.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource + " on the class path");
            }
            return PlanJson.read(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.actionplan.core.json;

import java.util.List;

import org.actionplan.core.Checks;

/**
 * A value read leniently, with the warnings about what the reader passed over.
 * This class is immutable and thread-safe.
 *
 * @param <T>  the value type
 * @param value  the value, not null
 * @param warnings  the warnings in document order, may be empty
 */
public record ReadResult<T>(T value, List<ReadWarning> warnings) {

    /**
     * Creates a result.
     *
     * @throws NullPointerException if the value is null
     */
    public ReadResult {
        Checks.notNull(value, "value");
        warnings = Checks.list(warnings, "warnings");
    }
}

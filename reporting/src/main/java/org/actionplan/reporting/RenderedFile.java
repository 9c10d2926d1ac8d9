package org.actionplan.reporting;

import java.util.Arrays;

import org.actionplan.core.Checks;

/**
 * One file produced by rendering a report: its name, media type and bytes.
 * This class is immutable: the bytes are copied in and out.
 *
 * @param name  the file name, such as {@code costing-summary.html} or {@code costing-summary-by-goal.csv}, not null
 * @param mediaType  the media type, such as {@code text/html; charset=UTF-8}, not null
 * @param bytes  the content, not null
 */
public record RenderedFile(String name, String mediaType, byte[] bytes) {

    /**
     * Creates a rendered file.
     *
     * @throws NullPointerException if an argument is null
     */
    public RenderedFile {
        Checks.notNull(name, "name");
        Checks.notNull(mediaType, "mediaType");
        bytes = Checks.notNull(bytes, "bytes").clone();
    }

    /**
     * Returns a copy of the content.
     *
     * @return the bytes, never null
     */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns the size of the content.
     *
     * @return the number of bytes
     */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RenderedFile other && name.equals(other.name) && mediaType.equals(other.mediaType)
                && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + mediaType.hashCode()) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return name + " (" + mediaType + ", " + bytes.length + " bytes)";
    }
}

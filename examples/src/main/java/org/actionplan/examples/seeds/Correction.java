package org.actionplan.examples.seeds;

/**
 * A correction a human made while reading a seed: where (seed and line), on which code, what was done and why.
 * <p>
 * Every correction is written into the bundled plan's notes, so the JSON documents its own deviations from the
 * printed source. Corrections repair the reading of the layout (a shifted row, a code in the wrong cell); they never
 * change printed values, which stay as printed and are flagged by validation.
 *
 * @param seed  the seed number, e.g. {@code "001"}
 * @param line  the 1-based line of the seed
 * @param code  the code of the row concerned, may be empty
 * @param what  what the reader does differently there
 * @param why  why
 */
record Correction(String seed, int line, String code, String what, String why) {

    /**
     * Returns the correction as a plan note.
     *
     * @return the note, never null
     */
    String note() {
        return "correction " + seed + ":" + line + (code.isEmpty() ? "" : " " + code) + ": " + what + " (why: " + why + ")";
    }
}

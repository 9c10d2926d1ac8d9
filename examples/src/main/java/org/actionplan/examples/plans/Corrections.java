package org.actionplan.examples.plans;

import java.util.List;

import org.actionplan.core.DeclaredFigure;

/**
 * A documented list of human corrections and additions applied on top of an importer's output, read from
 * JSON. This class is immutable and thread-safe.
 *
 * @param document  the seed document id, not null
 * @param description  what the file is and how it is applied, may be null
 * @param corrections  cell corrections, may be empty
 * @param matches  pairings of action-table activities with costing codes, may be empty
 * @param figures  published figures encoded by hand from the lines they cite, may be empty
 */
public record Corrections(String document, String description, List<CellCorrection> corrections,
        List<Match> matches, List<DeclaredFigure> figures) {

    /**
     * Creates a correction list.
     */
    public Corrections {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        matches = matches == null ? List.of() : List.copyOf(matches);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /**
     * Replaces one cell of an imported row. The printed value guards against applying it to the wrong cell.
     *
     * @param table  {@code aneks1} or {@code costing}, not null
     * @param line  the line where the row starts
     * @param field  the field key, not null
     * @param printed  the value as printed (and imported), not null
     * @param value  the corrected value, not null
     * @param why  the reason, not null
     */
    public record CellCorrection(String table, int line, String field, String printed, String value, String why) {
    }

    /**
     * Pairs an action-table activity (by its position code) with a costing code.
     *
     * @param aneks  the position code in the action table, e.g. {@code 2.2.1.8}, not null
     * @param costing  the costing code, e.g. {@code 2.2.1.9}, not null
     * @param why  the reason, not null
     */
    public record Match(String aneks, String costing, String why) {
    }
}

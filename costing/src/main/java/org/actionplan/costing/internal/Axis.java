package org.actionplan.costing.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An aggregation axis as the engine sees it (the internal form of a public dimension).
 *
 * @param kind  the kind, not null
 * @param level  the 0-based section depth for {@link Kind#LEVEL}, else 0
 * @param split  how a shared cost is split for {@link Kind#RESPONSIBLE}, else null
 * @param shares  explicit shares for {@link Split#EXPLICIT}: activity id to institution key to weight, may be null
 * @param fallback  the split for activities without explicit shares, may be null
 */
public record Axis(Kind kind, int level, Split split, Map<String, Map<String, BigDecimal>> shares, Split fallback) {

    /** The kinds of axis. */
    public enum Kind {
        /** Section at a depth. */
        LEVEL,
        /** Lead institution. */
        LEAD,
        /** Responsible institutions, cost split. */
        RESPONSIBLE,
        /** Any involved institution (membership). */
        INVOLVED,
        /** Budget programme. */
        PROGRAMME,
        /** Fiscal year. */
        YEAR,
        /** Economic category. */
        CATEGORY,
        /** Funding source kind named (membership). */
        SOURCE,
        /** Donor named (membership). */
        DONOR,
        /** The activity itself. */
        ACTIVITY
    }

    /** How a shared amount is split among responsible institutions. */
    public enum Split {
        /** Everything to the lead. */
        ALL_TO_LEAD,
        /** Equal parts, remainder units to the first in document order. */
        EQUAL,
        /** Explicit weights, largest remainder. */
        EXPLICIT
    }

    /**
     * Tells whether the children of a row on this axis partition the row's amounts.
     *
     * @return false for membership axes
     */
    public boolean additive() {
        return kind != Kind.INVOLVED && kind != Kind.SOURCE && kind != Kind.DONOR;
    }
}

package org.actionplan.costing;

import java.math.BigDecimal;
import java.util.Objects;

import org.actionplan.core.DeclaredFigure;

/**
 * The audit's verdict on one declared (published) figure.
 * <p>
 * {@code computed} is the value the engine computes for the figure's place, in the figure's unit and sign
 * convention: an amount exactly (a converted amount with more decimals, and a percentage in percent points, rounded
 * HALF_EVEN to two decimals more than printed; the comparison itself uses the exact value). {@code difference} is {@code declared - computed}. The figure carries the location, the printed text
 * and the declared value. This class is immutable and thread-safe.
 *
 * @param figure  the declared figure, not null
 * @param verdict  the verdict, not null
 * @param computed  the computed value, null when it cannot be computed
 * @param difference  declared minus computed, null unless both exist
 * @param message  a one-line explanation, not null
 */
public record AuditFinding(DeclaredFigure figure, Verdict verdict, BigDecimal computed, BigDecimal difference,
        String message) {

    /** The verdicts, from agreement to the reasons a figure could not be checked. */
    public enum Verdict {
        /** The figure equals the computed value at its printed precision. */
        MATCH,
        /** The figure differs from the computed value. */
        MISMATCH,
        /** A gap or gap share that matches only under the opposite sign convention. */
        SIGN_CONVENTION,
        /** The cell holds a spreadsheet error token; {@code computed} is what should stand there. */
        ERROR_TOKEN,
        /** The cell holds text that is not a number; {@code computed} is what should stand there. */
        UNREADABLE,
        /** The computed value is undefined (a share of a zero cost). */
        UNDEFINED,
        /** The scope names no section or activity of the plan. */
        UNKNOWN_SCOPE,
        /** The figure is of a kind the audit does not check (metric OTHER, or no exchange rate for its unit). */
        NOT_AUDITED
    }

    /**
     * Creates a finding.
     *
     * @throws NullPointerException if figure, verdict or message is null
     */
    public AuditFinding {
        Objects.requireNonNull(figure, "figure must not be null");
        Objects.requireNonNull(verdict, "verdict must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /**
     * Tells whether the finding reports a problem in the published figure: anything but a match or a figure
     * that was not audited.
     *
     * @return true for a problem
     */
    public boolean isProblem() {
        return verdict != Verdict.MATCH && verdict != Verdict.NOT_AUDITED;
    }
}

package org.actionplan.examples.importer;

import java.util.Objects;
import java.util.regex.Pattern;

import org.actionplan.core.SectionKind;

/**
 * A rule that recognises a row without a code by its text (the row's non-blank cells joined by spaces):
 * a repeated column header, a section heading, a published subtotal, a budget-programme line or a label
 * to skip. The first matching rule wins. This class is immutable and thread-safe.
 *
 * @param pattern  the pattern, found anywhere in the row text unless anchored, not null
 * @param role  what a matching row is, not null
 * @param kind  for {@link Role#SECTION}: the kind of section it opens; for {@link Role#TOTAL} and
 *        {@link Role#BUDGET_PROGRAM}: the kind of the open section it refers to (null for the whole plan)
 * @param name  a short name used in figure ids and reports (e.g. {@code objective-subtotal}), not blank
 */
public record RowRule(Pattern pattern, Role role, SectionKind kind, String name) {

    /** What a row matched by a rule is. */
    public enum Role {
        /** A repeated column header: skipped. */
        HEADER,
        /** A section heading; named groups {@code code} and {@code title} are used if present. */
        SECTION,
        /** A published subtotal or total: its amount cells become declared figures. */
        TOTAL,
        /** The budget programmes of the open section, in named group {@code text} or the whole row. */
        BUDGET_PROGRAM,
        /** A label that carries no data of the model: skipped and listed with the rule's name as reason. */
        SKIP
    }

    /**
     * Creates a rule.
     *
     * @throws NullPointerException if pattern or role is null
     * @throws IllegalArgumentException if name is blank or a section rule has no kind
     */
    public RowRule {
        Objects.requireNonNull(pattern, "pattern must not be null");
        Objects.requireNonNull(role, "role must not be null");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("rule name must not be blank");
        }
        if (role == Role.SECTION && kind == null) {
            throw new IllegalArgumentException("section rule '" + name + "' needs a kind");
        }
    }

    /**
     * Creates a rule from a regular expression.
     *
     * @param regex  the expression, not null
     * @param role  the role, not null
     * @param kind  the section kind, may be null except for sections
     * @param name  the name, not blank
     * @return the rule, never null
     */
    public static RowRule of(String regex, Role role, SectionKind kind, String name) {
        return new RowRule(Pattern.compile(regex), role, kind, name);
    }
}

package org.actionplan.core.institution;

import org.actionplan.core.Checks;

/**
 * One institution named in an activity's responsibility cells, with its role.
 * <p>
 * {@code name} is the name as written; {@code institution} the id it resolved to, or null when it did
 * not resolve (reported by validation, never dropped). This class is immutable and thread-safe.
 *
 * @param institution  the resolved institution id, may be null
 * @param name  the name as written, not blank
 * @param role  the role, not null
 */
public record Assignment(String institution, String name, Role role) {

    /**
     * Creates an assignment.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Assignment {
        Checks.notBlank(name, "name");
        Checks.notNull(role, "role");
    }

    /**
     * Tells whether the name resolved to an institution.
     *
     * @return true if resolved
     */
    public boolean isResolved() {
        return institution != null;
    }
}

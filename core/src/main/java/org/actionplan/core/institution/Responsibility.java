package org.actionplan.core.institution;

import java.util.List;
import java.util.Optional;

import org.actionplan.core.Checks;

/**
 * Who is responsible for an activity: the cells as printed and the institutions named in them, in order.
 * <p>
 * The order of {@code assignments} is the document's order, lead first. This class is immutable and thread-safe.
 *
 * @param responsibleText  the responsible-institution cell as printed, may be null
 * @param supportingText  the supporting/contributing cell as printed, may be null
 * @param assignments  the institutions named, in order, may be empty
 */
public record Responsibility(String responsibleText, String supportingText, List<Assignment> assignments) {

    /**
     * Creates a responsibility.
     *
     * @throws NullPointerException if an assignment is null
     */
    public Responsibility {
        assignments = Checks.list(assignments, "assignments");
    }

    /**
     * Returns the lead: the first assignment with the role {@link Role#LEAD}.
     *
     * @return the lead, empty if none
     */
    public Optional<Assignment> lead() {
        return assignments.stream().filter(a -> a.role() == Role.LEAD).findFirst();
    }

    /**
     * Returns the assignments with a role.
     *
     * @param role  the role, not null
     * @return the assignments, in order, never null
     */
    public List<Assignment> withRole(Role role) {
        return assignments.stream().filter(a -> a.role() == role).toList();
    }
}

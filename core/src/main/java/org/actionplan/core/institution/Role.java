package org.actionplan.core.institution;

/**
 * The role of an institution in an activity.
 */
public enum Role {
    /** The lead body (listed first, "Struktura kryesore në fillim"). */
    LEAD,
    /** Shares responsibility with the lead. */
    CO_RESPONSIBLE,
    /** Supports or contributes ("mbështetëse", "kontribues", "në bashkëpunim me"). */
    SUPPORTING
}

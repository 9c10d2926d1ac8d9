package org.actionplan.core.institution;

/**
 * The kind of a body named in a plan.
 */
public enum InstitutionKind {
    /** A ministry. */
    MINISTRY,
    /** A government agency, office or directorate outside a ministry's core. */
    AGENCY,
    /** Police. */
    POLICE,
    /** Prosecution service. */
    PROSECUTION,
    /** Courts, judicial councils and schools. */
    JUDICIARY,
    /** Local government. */
    MUNICIPALITY,
    /** Non-governmental organisation. */
    NGO,
    /** International organisation (IOM, OSCE, UNICEF...). */
    INTERNATIONAL_ORGANISATION,
    /** A donor. */
    DONOR,
    /** A coordination body (national coordinator, committee, working group). */
    COORDINATION_BODY,
    /** Universities, schools, academies. */
    EDUCATION,
    /** Anything else, including collective placeholders such as "the donors". */
    OTHER
}

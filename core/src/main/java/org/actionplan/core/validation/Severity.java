package org.actionplan.core.validation;

/**
 * How serious a validation finding is.
 */
public enum Severity {
    /** The plan is inconsistent: a reference points nowhere, an id repeats, amounts mix currencies. */
    ERROR,
    /** The plan is usable but the document is incomplete or irregular (a missing deadline, a typo in a code). */
    WARNING
}

package org.actionplan.reporting;

/** Gives the tests of the internal package the sample reports and plans. */
public final class SampleReportsAccess {

    private SampleReportsAccess() {
    }

    /**
     * Returns the report with every kind of block.
     *
     * @return the report
     */
    public static Report everyBlock() {
        return SampleReports.everyBlock();
    }

    /**
     * Returns the small test plan.
     *
     * @return the plan
     */
    public static org.actionplan.core.Plan smallPlan() {
        return TestPlans.small();
    }

    /**
     * Returns the small test plan with declared figures for the audit.
     *
     * @return the plan
     */
    public static org.actionplan.core.Plan auditedPlan() {
        return TestPlans.audited();
    }
}

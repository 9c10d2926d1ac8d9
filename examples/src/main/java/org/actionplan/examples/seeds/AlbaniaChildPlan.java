package org.actionplan.examples.seeds;

/**
 * Reads Albania's National Strategy against Child Trafficking 2008-2010 (seed 002).
 */
final class AlbaniaChildPlan {

    static final String ID = "albania-child-2008-2010";

    private AlbaniaChildPlan() {
    }
}

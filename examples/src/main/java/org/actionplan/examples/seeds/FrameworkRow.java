package org.actionplan.examples.seeds;

/**
 * One logical row of an Albanian 2008 operational framework ("Kuadri Operacional"), after the page breaks are
 * undone: a pillar heading, a goal or objective row, an indicator row of the goal or objective above, or an action
 * row with its six columns.
 *
 * @param kind  what the row is
 * @param line  the 1-based seed line where the row starts
 * @param code  the Nr. cell as printed (the pillar numeral for a pillar row), empty for an indicator row
 * @param text  the activity, goal or objective text, the pillar title, or the indicator text
 * @param responsible  the responsible structures, lead first, as printed
 * @param deadline  the deadline cell as printed (page-split pieces joined by a line break)
 * @param indicators  the indicators/targets cell as printed
 * @param sources  the sources cell as printed
 */
record FrameworkRow(Kind kind, int line, String code, String text, String responsible, String deadline,
        String indicators, String sources) {

    /** The kinds of row. */
    enum Kind {
        /** A pillar heading such as "I. NDJEKJA dhe DREJTËSIA PENALE". */
        PILLAR,
        /** A goal ("N.") or specific objective ("N.(x)") row. */
        SECTION,
        /** An indicator or target line of the goal or objective above. */
        INDICATOR,
        /** An activity or sub-activity row. */
        ACTION
    }

    static FrameworkRow pillar(int line, String numeral, String title) {
        return new FrameworkRow(Kind.PILLAR, line, numeral, title, "", "", "", "");
    }

    static FrameworkRow section(int line, String code, String text) {
        return new FrameworkRow(Kind.SECTION, line, code, text, "", "", "", "");
    }

    static FrameworkRow indicator(int line, String text) {
        return new FrameworkRow(Kind.INDICATOR, line, "", text, "", "", "", "");
    }
}

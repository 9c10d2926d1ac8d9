package org.actionplan.examples.cli;

import java.util.Map;

/** The labels of the command outputs (md, html, csv, xlsx) in English and Albanian. */
final class Labels {

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            // key -> { en, sq }
            Map.entry("cost.title", new String[] {"Cost, funding and financing gap", "Kostoja, financimi dhe hendeku financiar"}),
            Map.entry("cost.note", new String[] {
                "Amounts in %s, rounded half-even to whole units for display (JSON gives them exactly). Gap = %s.",
                "Shumat në %s, të rrumbullakosura (gjysma në çift) në njësi të plota (JSON i jep saktë). Hendeku = %s."}),
            Map.entry("cost.note.rate", new String[] {" Converted at %s %s per %s.", " Konvertuar me %s %s për %s."}),
            Map.entry("gap.COST_MINUS_FUNDING", new String[] {"cost minus funding (positive: shortfall)",
                "kosto minus financim (pozitiv: mungesë)"}),
            Map.entry("gap.FUNDING_MINUS_COST", new String[] {"funding minus cost (negative: shortfall)",
                "financim minus kosto (negativ: mungesë)"}),
            Map.entry("cost.table", new String[] {"Cost, funding and gap", "Kostoja, financimi dhe hendeku"}),
            Map.entry("cost.hierarchy", new String[] {"By goal and objective", "Sipas qëllimit dhe objektivit"}),
            Map.entry("by", new String[] {"By", "Sipas"}),
            Map.entry("audit.section", new String[] {"Published figures against computed ones",
                "Shifrat e publikuara kundrejt atyre të llogaritura"}),
            Map.entry("audit.problems", new String[] {"Figures that do not match", "Shifrat që nuk përputhen"}),
            Map.entry("audit.all", new String[] {"Every audited figure", "Të gjitha shifrat e audituara"}),
            Map.entry("score.section", new String[] {"Implementation by period (SIGMA)", "Zbatimi sipas periudhave (SIGMA)"}),
            Map.entry("score.table", new String[] {"Implementation rate and plan score", "Shkalla e zbatimit dhe vlerësimi i planit"}),
            Map.entry("score.note", new String[] {
                "Implementation rate: activities achieved over activities due and reported (SIGMA); see docs/scoring.md.",
                "Shkalla e zbatimit: aktivitetet e realizuara mbi aktivitetet e afatit dhe të raportuara (SIGMA); shih docs/scoring.md."}),
            Map.entry("validate.title", new String[] {"Validation", "Validimi"}),
            Map.entry("validate.section", new String[] {"Findings", "Gjetjet"}),
            Map.entry("validate.table", new String[] {"Findings by rule", "Gjetjet sipas rregullit"}),
            Map.entry("validate.note", new String[] {"%d errors, %d warnings; SIGMA action-plan quality %d/5.",
                "%d gabime, %d paralajmërime; cilësia e planit të veprimit sipas SIGMA %d/5."}),
            Map.entry("severity", new String[] {"Severity", "Rëndësia"}),
            Map.entry("rule", new String[] {"Rule", "Rregulli"}),
            Map.entry("path", new String[] {"Where", "Vendi"}),
            Map.entry("value", new String[] {"Value", "Vlera"}),
            Map.entry("code", new String[] {"Code", "Kodi"}),
            Map.entry("group", new String[] {"Group", "Grupi"}),
            Map.entry("activities", new String[] {"Activities", "Aktivitete"}),
            Map.entry("cost", new String[] {"Cost", "Kostoja"}),
            Map.entry("funding", new String[] {"Funding", "Financimi"}),
            Map.entry("gap", new String[] {"Gap", "Hendeku"}),
            Map.entry("unquantified", new String[] {"Unquantified", "Pa kosto"}),
            Map.entry("total", new String[] {"Total", "Totali"}),
            Map.entry("notStated", new String[] {"(not stated)", "(e pa përcaktuar)"}),
            Map.entry("audit.title", new String[] {"Audit of published figures", "Auditimi i shifrave të publikuara"}),
            Map.entry("audit.note", new String[] {"%d published figures audited: %s.", "%d shifra të publikuara të audituara: %s."}),
            Map.entry("verdict", new String[] {"Verdict", "Vendimi"}),
            Map.entry("figure", new String[] {"Figure", "Shifra"}),
            Map.entry("printed", new String[] {"Printed", "E shtypur"}),
            Map.entry("computed", new String[] {"Computed", "E llogaritur"}),
            Map.entry("difference", new String[] {"Difference", "Diferenca"}),
            Map.entry("location", new String[] {"Where printed", "Vendndodhja"}),
            Map.entry("message", new String[] {"Explanation", "Shpjegimi"}),
            Map.entry("score.title", new String[] {"Implementation score", "Vlerësimi i zbatimit"}),
            Map.entry("score.illustrative", new String[] {
                "The monitoring data are ILLUSTRATIVE (invented), not real reports.",
                "Të dhënat e monitorimit janë ILUSTRUESE (të shpikura), jo raporte reale."}),
            Map.entry("period", new String[] {"Period", "Periudha"}),
            Map.entry("planned", new String[] {"Planned", "Të planifikuara"}),
            Map.entry("counted", new String[] {"Counted", "Të numëruara"}),
            Map.entry("achieved", new String[] {"Achieved", "Të realizuara"}),
            Map.entry("unreported", new String[] {"Unreported", "Pa raportim"}),
            Map.entry("rate", new String[] {"Implementation rate", "Shkalla e zbatimit"}),
            Map.entry("points", new String[] {"SIGMA points", "Pikët SIGMA"}),
            Map.entry("costRate", new String[] {"Cost-weighted rate", "Shkalla e ponderuar me koston"}),
            Map.entry("objectives", new String[] {"Objective targets met", "Objektiva të arritura"}),
            Map.entry("planScore", new String[] {"Plan score", "Vlerësimi i planit"}));

    private Labels() {
    }

    /** Returns the label for a key in {@code en} or {@code sq}. */
    static String get(String lang, String key) {
        String[] l = LABELS.get(key);
        if (l == null) {
            throw new IllegalArgumentException("no label '" + key + "'");
        }
        return "sq".equals(lang) ? l[1] : l[0];
    }
}

package org.actionplan.core.validation;

import java.util.Locale;

/**
 * The validation rules: stable id, severity and message templates in English and Albanian.
 * <p>
 * Templates are {@link String#format} patterns; the first argument is always the node's label in the
 * message's language. Documented, in the same order, in {@code docs/validation-rules.md}.
 */
enum Rule {
    MODEL_ID_FORMAT("model.id-format", Severity.ERROR,
            "%s: an id must not be empty or contain whitespace",
            "%s: identifikuesi nuk duhet të jetë bosh ose të ketë hapësira"),
    MODEL_JURISDICTION("model.jurisdiction", Severity.ERROR,
            "%s: the jurisdiction must be a code of two capital letters (AL, XK)",
            "%s: juridiksioni duhet të jetë kod me dy shkronja të mëdha (AL, XK)"),
    MODEL_LANGUAGE("model.language", Severity.ERROR,
            "%s: a language must be an ISO 639 code in small letters (sq, en)",
            "%s: gjuha duhet të jetë kod ISO 639 me shkronja të vogla (sq, en)"),
    ID_DUPLICATE("id.duplicate", Severity.ERROR,
            "%s: id '%s' is already used by %s",
            "%s: identifikuesi '%s' përdoret tashmë nga %s"),
    INSTITUTION_UNKNOWN("institution.unknown", Severity.ERROR,
            "%s refers to institution '%s', which is not in the plan's registry",
            "%s i referohet institucionit '%s', që nuk është në regjistrin e planit"),
    BUDGET_PROGRAM_UNKNOWN("budget-program.unknown", Severity.ERROR,
            "%s refers to budget programme '%s', which is not in the plan's registry",
            "%s i referohet programit buxhetor '%s', që nuk është në regjistrin e planit"),
    COST_CURRENCY("cost.currency", Severity.ERROR,
            "%s: the cost is in %s but the plan's currency is %s",
            "%s: kostoja është në %s, ndërsa monedha e planit është %s"),
    FIGURE_UNKNOWN_SCOPE("figure.unknown-scope", Severity.ERROR,
            "%s refers to '%s', which is neither the plan nor the id of a section or activity",
            "%s i referohet '%s', që nuk është as plani, as identifikues seksioni ose aktiviteti"),
    CODE_DUPLICATE("code.duplicate", Severity.WARNING,
            "%s: code %s is used twice under the same parent (first by %s)",
            "%s: kodi %s përdoret dy herë nën të njëjtin prind (së pari nga %s)"),
    CODE_NOT_EXTENDING_PARENT("code.not-extending-parent", Severity.WARNING,
            "%s: code %s does not extend the parent's code %s",
            "%s: kodi %s nuk e vazhdon kodin e prindit %s"),
    CODE_NUMBERING_GAP("code.numbering-gap", Severity.WARNING,
            "%s: the codes under it are not numbered in sequence (missing: %s; duplicated: %s; out of order: %s)",
            "%s: kodet nën të nuk janë numëruar me radhë (mungojnë: %s; të përsëritura: %s; jashtë radhe: %s)"),
    ACTIVITY_NO_LEAD("activity.no-lead", Severity.WARNING,
            "%s has no lead institution (SIGMA: responsible)",
            "%s nuk ka institucion drejtues (SIGMA: përgjegjësi)"),
    ACTIVITY_NO_TIMEFRAME("activity.no-timeframe", Severity.WARNING,
            "%s has no readable timeframe (SIGMA: deadline)",
            "%s nuk ka afat kohor të lexueshëm (SIGMA: afati)"),
    ACTIVITY_NO_FINANCING("activity.no-financing", Severity.WARNING,
            "%s has no financing source (SIGMA: financing)",
            "%s nuk ka burim financimi (SIGMA: financimi)"),
    ACTIVITY_NO_INDICATOR("activity.no-indicator", Severity.WARNING,
            "%s has no indicator (SIGMA: indicators)",
            "%s nuk ka tregues (SIGMA: treguesit)"),
    OBJECTIVE_NO_INDICATOR("objective.no-indicator", Severity.WARNING,
            "%s holds activities but has no indicator (SIGMA: indicators)",
            "%s ka aktivitete, por nuk ka tregues (SIGMA: treguesit)"),
    TIMEFRAME_UNPARSED("timeframe.unparsed", Severity.WARNING,
            "%s: timeframe '%s' could not be read: %s",
            "%s: afati '%s' nuk u lexua: %s"),
    TIMEFRAME_INVERTED("timeframe.inverted", Severity.WARNING,
            "%s: timeframe '%s' ends before it starts",
            "%s: afati '%s' mbaron para se të fillojë"),
    TIMEFRAME_OUTSIDE_PLAN("timeframe.outside-plan", Severity.WARNING,
            "%s: timeframe '%s' reaches outside the plan period %d-%d",
            "%s: afati '%s' del jashtë periudhës së planit %d-%d"),
    TARGET_OUTSIDE_PLAN("target.outside-plan", Severity.WARNING,
            "%s: a target is set for %s, outside the plan period %d-%d",
            "%s: një synim është vendosur për %s, jashtë periudhës së planit %d-%d"),
    COST_YEAR_OUTSIDE_PLAN("cost.year-outside-plan", Severity.WARNING,
            "%s: a cost is given for %d, outside the plan period %d-%d",
            "%s: një kosto është dhënë për %d, jashtë periudhës së planit %d-%d"),
    COST_YEAR_OUTSIDE_TIMEFRAME("cost.year-outside-timeframe", Severity.WARNING,
            "%s: a cost is given for %d, outside the activity's own timeframe (%s)",
            "%s: një kosto është dhënë për %d, jashtë afatit të vetë aktivitetit (%s)"),
    COST_TOTAL_MISMATCH("cost.total-mismatch", Severity.WARNING,
            "%s: the printed total %s for %d is not current %s + capital %s = %s",
            "%s: totali i shtypur %s për %d nuk është korrente %s + kapitale %s = %s"),
    INSTITUTION_UNRESOLVED("institution.unresolved", Severity.WARNING,
            "%s: '%s' is not resolved to an institution of the registry",
            "%s: '%s' nuk është lidhur me një institucion të regjistrit");

    private final String id;
    private final Severity severity;
    private final String en;
    private final String sq;

    Rule(String id, Severity severity, String en, String sq) {
        this.id = id;
        this.severity = severity;
        this.en = en;
        this.sq = sq;
    }

    String id() {
        return id;
    }

    Severity severity() {
        return severity;
    }

    /** Builds a finding; args exclude the node label, which comes from the node in each language. */
    Finding finding(String path, String labelEn, String labelSq, Object value, Object... args) {
        Object[] en = new Object[args.length + 1];
        Object[] sq = new Object[args.length + 1];
        en[0] = labelEn;
        sq[0] = labelSq;
        System.arraycopy(args, 0, en, 1, args.length);
        System.arraycopy(args, 0, sq, 1, args.length);
        return new Finding(severity, id, path, String.format(Locale.ROOT, this.en, en),
                String.format(Locale.ROOT, this.sq, sq), value == null ? null : String.valueOf(value));
    }

    /** Finds a rule by id. */
    static Rule byId(String id) {
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no rule " + id);
    }
}

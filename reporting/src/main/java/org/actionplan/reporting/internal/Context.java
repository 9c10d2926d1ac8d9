package org.actionplan.reporting.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.actionplan.core.Activity;
import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.Money;
import org.actionplan.core.money.YearCost;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.Value;

/**
 * What every report builder needs: the plan, the labels of the report language, and the rules for showing plan
 * text (its own language first, then a translation, preferring the report language).
 */
public final class Context {

    private final Plan plan;
    private final ReportOptions options;
    private final Labels labels;
    private final List<String> preferred;
    private final String currency;
    private final int decimals;
    private final Formats formats;

    /**
     * Creates a context.
     *
     * @param plan  the plan, not null
     * @param options  the options, not null
     */
    public Context(Plan plan, ReportOptions options) {
        this.plan = plan;
        this.options = options;
        this.labels = Labels.of(options.locale());
        List<String> prefs = new ArrayList<>();
        prefs.add(labels.language());
        prefs.addAll(plan.languages());
        this.preferred = List.copyOf(prefs);
        this.currency = plan.currency().getCurrencyCode();
        this.decimals = wholeAmounts(plan) ? 0 : Money.scaleOf(plan.currency());
        this.formats = new Formats(options.locale());
    }

    /**
     * Tells whether every amount of a plan (costs and funding) is a whole number, as in plans costed in whole lek.
     *
     * @param plan  the plan, not null
     * @return true if no amount has a fractional part
     */
    static boolean wholeAmounts(Plan plan) {
        boolean[] whole = {true};
        plan.forEachActivity(a -> {
            if (a.cost() == null) {
                return;
            }
            for (YearCost y : a.cost().years().values()) {
                whole[0] &= isWhole(y.current()) && isWhole(y.capital()) && isWhole(y.total());
            }
            for (FundingLine f : a.cost().funding()) {
                whole[0] &= isWhole(f.amount());
            }
        });
        return whole[0];
    }

    private static boolean isWhole(BigDecimal v) {
        return v == null || v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    /**
     * Returns the decimals shown for amounts in the plan's currency: 0 when every amount of the plan is whole
     * (plans are usually costed in whole units), else the currency's minor unit.
     *
     * @return the decimals, never negative
     */
    public int moneyDecimals() {
        return decimals;
    }

    /**
     * Returns the number formats of the report locale.
     *
     * @return the formats, never null
     */
    public Formats formats() {
        return formats;
    }

    /**
     * Returns the plan.
     *
     * @return the plan, never null
     */
    public Plan plan() {
        return plan;
    }

    /**
     * Returns the options.
     *
     * @return the options, never null
     */
    public ReportOptions options() {
        return options;
    }

    /**
     * Returns the labels.
     *
     * @return the labels, never null
     */
    public Labels labels() {
        return labels;
    }

    /**
     * Returns the report language: {@code en} or {@code sq}.
     *
     * @return the language, never null
     */
    public String language() {
        return labels.language();
    }

    /**
     * Returns a label.
     *
     * @param key  the key, not null
     * @param args  the placeholder values
     * @return the label, never null
     */
    public String label(String key, Object... args) {
        return labels.get(key, args);
    }

    /**
     * Returns a plan text as a value: its own language, with a translation where the plan gives one.
     *
     * @param text  the text, may be null
     * @return the value, never null
     */
    public Value text(LocalizedText text) {
        return Value.text(text, preferred);
    }

    /**
     * Returns several plan texts as one value, one per line; the translation is given only if every text has one
     * in the same language.
     *
     * @param texts  the texts, not null
     * @return the value, never null
     */
    public Value texts(List<LocalizedText> texts) {
        if (texts.isEmpty()) {
            return Value.empty();
        }
        if (texts.size() == 1) {
            return text(texts.get(0));
        }
        StringBuilder primary = new StringBuilder();
        StringBuilder second = new StringBuilder();
        String language = null;
        String secondLanguage = null;
        boolean complete = true;
        for (LocalizedText t : texts) {
            Value.Text v = (Value.Text) text(t);
            if (primary.length() > 0) {
                primary.append('\n');
                second.append('\n');
            }
            primary.append(v.text());
            language = language == null ? v.language() : language;
            if (v.translation() == null || (secondLanguage != null && !secondLanguage.equals(v.translationLanguage()))) {
                complete = false;
            } else {
                secondLanguage = v.translationLanguage();
                second.append(v.translation());
            }
        }
        return complete ? new Value.Text(primary.toString(), language, second.toString(), secondLanguage)
                : new Value.Text(primary.toString(), language, null, null);
    }

    /**
     * Returns a text in the report language where the plan gives it, else in the plan's own language.
     *
     * @param text  the text, not null
     * @return the text, never null
     */
    public String best(LocalizedText text) {
        return text.best(preferred);
    }

    /**
     * Returns an amount in the plan's currency as a value with {@link #moneyDecimals()} decimals.
     *
     * @param amount  the amount, not null
     * @return the value, never null
     */
    public Value.Number money(BigDecimal amount) {
        return Value.money(amount, currency, decimals);
    }

    /**
     * Returns the plan's currency code.
     *
     * @return the ISO 4217 code, never null
     */
    public String currency() {
        return currency;
    }

    /**
     * Returns the printed code of a section or activity: the verbatim code if there is one, else the canonical.
     *
     * @param raw  the verbatim code, may be null
     * @param code  the canonical code, may be null
     * @return the code text, empty if neither is given
     */
    public static String code(String raw, org.actionplan.core.Code code) {
        if (raw != null && !raw.isBlank()) {
            return raw.strip();
        }
        return code == null ? "" : code.toString();
    }

    /**
     * Returns a section's heading: its code and title in the report language where given.
     *
     * @param section  the section, not null
     * @return the heading, never null
     */
    public String heading(Section section) {
        String code = code(section.rawCode(), section.code());
        String title = best(section.title());
        return code.isEmpty() ? title : code + " " + title;
    }

    /**
     * Returns an activity's label: its code and title in the plan's own language.
     *
     * @param activity  the activity, not null
     * @return the label, never null
     */
    public String label(Activity activity) {
        String code = code(activity.rawCode(), activity.code());
        String title = activity.title().primary();
        return code.isEmpty() ? title : code + " " + title;
    }
}

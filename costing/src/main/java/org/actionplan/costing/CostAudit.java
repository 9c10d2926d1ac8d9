package org.actionplan.costing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.Metric;
import org.actionplan.core.Plan;
import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.ExchangeRate;

/**
 * The audit of a plan's declared figures: each published subtotal, total, funding figure, gap, share or count is
 * compared with the value the engine computes for the same place.
 * <p>
 * The place is the figure's scope (a section or activity id, or {@code "plan"}), year (null = all), category
 * (null = all) and source kind (null = all). The computed value, by metric:
 * <ul>
 * <li>COST: {@code cost(year, category)}; COST_CONVERTED, or COST in another currency than the plan's: that cost
 * converted exactly with the plan's exchange rate for the figure's unit.</li>
 * <li>FUNDING: {@code funding(year, category, source)}.</li>
 * <li>GAP: {@code cost(year, category) - funding(year, category, all)}, expressed in the printed convention.</li>
 * <li>GAP_SHARE: that gap over the cost; FUNDED_SHARE: funding over cost; CAPITAL_SHARE: capital cost over cost;
 * COST_SHARE: the scope's cost over the plan's; all in percent points.</li>
 * <li>COUNT: the number of activities in the scope.</li>
 * </ul>
 * A figure matches when it equals the computed value at its printed precision: within half a unit of its last
 * printed decimal, bounds included (so {@code -8.81} matches -8.8145...%, and {@code 37,891,894} matches
 * 37,891,894.00). The printed precision is the scale of the declared value ({@code 6000.00} compares to the cent).
 * A lone dash reads as zero (accounting format). A gap or gap share that matches only with the
 * opposite sign is reported as {@link AuditFinding.Verdict#SIGN_CONVENTION}. Spreadsheet error tokens are reported
 * with the value that should stand there (none for a figure of metric OTHER). Other figures of metric OTHER are
 * listed as not audited.
 * <p>
 * The audit reads the plan and never changes it; its findings come in the order of the plan's declared figures.
 */
public final class CostAudit {

    private CostAudit() {
    }

    /**
     * Audits every declared figure of a plan.
     *
     * @param costs  the plan's costs, not null
     * @param printed  the sign convention in which the plan prints gaps, not null
     * @return one finding per declared figure, in the plan's order, never null
     */
    public static List<AuditFinding> audit(PlanCosts costs, GapConvention printed) {
        Objects.requireNonNull(costs, "costs must not be null");
        Objects.requireNonNull(printed, "printed must not be null");
        CostTable tree = costs.tree();
        List<AuditFinding> findings = new ArrayList<>();
        for (DeclaredFigure f : costs.plan().declaredFigures()) {
            findings.add(audit(costs.plan(), tree, f, printed));
        }
        return List.copyOf(findings);
    }

    private static AuditFinding audit(Plan plan, CostTable tree, DeclaredFigure f, GapConvention printed) {
        if (f.metric() == Metric.OTHER) {
            if (f.errorToken() != null) {
                return new AuditFinding(f, AuditFinding.Verdict.ERROR_TOKEN, null, null, "spreadsheet error "
                        + f.errorToken() + " in a figure of unstated metric; no value is computed for it");
            }
            return new AuditFinding(f, AuditFinding.Verdict.NOT_AUDITED, null, null,
                    "not a figure the audit computes: '" + f.printed() + "'");
        }
        Optional<CostNode> found = DeclaredFigure.PLAN_SCOPE.equals(f.scope()) ? Optional.of(tree.root()) : tree.find(f.scope());
        if (found.isEmpty()) {
            return new AuditFinding(f, AuditFinding.Verdict.UNKNOWN_SCOPE, null, null,
                    "no section or activity '" + f.scope() + "' in the plan");
        }
        CostNode node = found.get();
        Integer year = f.year();
        EconomicCategory cat = f.category();
        BigDecimal amount = null;
        Ratio ratio = null;
        boolean signed = false;
        switch (f.metric()) {
            case COST:
            case COST_CONVERTED: {
                amount = node.cost(year, cat).amount();
                Currency unit = currencyOf(f.unit());
                if (f.metric() == Metric.COST_CONVERTED || (unit != null && !unit.equals(plan.currency()))) {
                    ExchangeRate rate = unit == null ? null : rate(plan, unit);
                    if (rate == null) {
                        return new AuditFinding(f, AuditFinding.Verdict.NOT_AUDITED, null, null,
                                "the plan states no exchange rate between " + plan.currency().getCurrencyCode()
                                        + " and " + f.unit());
                    }
                    amount = rate.base().equals(plan.currency()) ? amount.multiply(rate.rate())
                            : amount.divide(rate.rate(), MathContext.DECIMAL128);
                }
                break;
            }
            case FUNDING:
                amount = node.funding(year, cat, f.source()).amount();
                break;
            case GAP:
                amount = printed.apply(gap(node, year, cat));
                signed = true;
                break;
            case GAP_SHARE:
                ratio = new Ratio(printed.apply(gap(node, year, cat)), node.cost(year, cat).amount());
                signed = true;
                break;
            case FUNDED_SHARE:
                ratio = new Ratio(node.funding(year, cat, f.source()).amount(), node.cost(year, cat).amount());
                break;
            case CAPITAL_SHARE:
                ratio = new Ratio(node.cost(year, EconomicCategory.CAPITAL).amount(), node.cost(year, null).amount());
                break;
            case COST_SHARE:
                ratio = new Ratio(node.cost(year, cat).amount(), tree.root().cost(year, cat).amount());
                break;
            default:
                amount = BigDecimal.valueOf(node.count());
                break;
        }
        BigDecimal declared = f.value();
        if (declared == null && f.errorToken() == null && isDash(f.printed())) {
            declared = BigDecimal.ZERO;
        }
        int scale = declared == null ? 0 : Math.max(0, declared.scale());
        BigDecimal computed = amount != null ? (amount.scale() > scale + 2 ? amount.setScale(scale + 2, RoundingMode.HALF_EVEN) : amount)
                : ratio.isDefined() ? ratio.percent(scale + 2) : null;
        if (f.errorToken() != null) {
            return new AuditFinding(f, AuditFinding.Verdict.ERROR_TOKEN, computed, null, "spreadsheet error "
                    + f.errorToken() + " where " + show(computed) + " should stand");
        }
        if (declared == null) {
            return new AuditFinding(f, AuditFinding.Verdict.UNREADABLE, computed, null,
                    "'" + f.printed() + "' is not a number; " + show(computed) + " should stand");
        }
        if (computed == null) {
            return new AuditFinding(f, AuditFinding.Verdict.UNDEFINED, null, null,
                    "the share is undefined: its base is zero");
        }
        BigDecimal difference = declared.subtract(computed);
        if (matches(declared, amount, ratio, false)) {
            return new AuditFinding(f, AuditFinding.Verdict.MATCH, computed, difference, "matches");
        }
        if (signed && matches(declared, amount, ratio, true)) {
            return new AuditFinding(f, AuditFinding.Verdict.SIGN_CONVENTION, computed, difference,
                    "matches only with the opposite sign convention: printed " + f.printed() + ", computed "
                            + show(computed));
        }
        return new AuditFinding(f, AuditFinding.Verdict.MISMATCH, computed, difference, "printed " + f.printed()
                + ", computed " + show(computed) + ", difference " + difference.toPlainString());
    }

    private static boolean matches(BigDecimal declared, BigDecimal amount, Ratio ratio, boolean negate) {
        if (ratio != null) {
            return (negate ? new Ratio(ratio.numerator().negate(), ratio.denominator()) : ratio).matchesPercent(declared);
        }
        BigDecimal value = negate ? amount.negate() : amount;
        BigDecimal tolerance = new BigDecimal("0.5").movePointLeft(Math.max(0, declared.scale()));
        return declared.subtract(value).abs().compareTo(tolerance) <= 0;
    }

    private static BigDecimal gap(CostNode node, Integer year, EconomicCategory cat) {
        return node.cost(year, cat).amount().subtract(node.funding(year, cat, null).amount());
    }

    private static boolean isDash(String printed) {
        String s = printed.strip();
        return s.equals("-") || s.equals("\u2013");
    }

    private static Currency currencyOf(String unit) {
        if (unit == null || unit.length() != 3) {
            return null;
        }
        try {
            return Currency.getInstance(unit);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ExchangeRate rate(Plan plan, Currency unit) {
        for (ExchangeRate r : plan.exchangeRates()) {
            if ((r.base().equals(unit) && r.quote().equals(plan.currency()))
                    || (r.quote().equals(unit) && r.base().equals(plan.currency()))) {
                return r;
            }
        }
        return null;
    }

    private static String show(BigDecimal v) {
        return v == null ? "nothing (undefined)" : v.stripTrailingZeros().toPlainString();
    }
}

package org.actionplan.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.Callable;

import org.actionplan.core.Plan;
import org.actionplan.core.money.ExchangeRate;
import org.actionplan.core.money.Money;
import org.actionplan.costing.CostNode;
import org.actionplan.costing.Dimension;
import org.actionplan.costing.GapConvention;
import org.actionplan.costing.PlanCosts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code actionplan cost [PLAN] [--by DIM,...] [--currency EUR --rate 110]}: cost, funding and gap by goal and
 * objective, or grouped by the dimensions given with {@code --by}.
 */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Cost a plan: total, identified funding and financing gap (cost minus funding) by goal and objective.")
public final class CostCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PLAN", description = "plan file or bundled plan id")
    String plan;

    @Option(names = "--currency", paramLabel = "CCY", description = "also show amounts in this currency (needs --rate)")
    String currency;

    @Option(names = "--rate", paramLabel = "RATE",
            description = "plan-currency units per unit of --currency, e.g. 110 (ALL per EUR)")
    BigDecimal rate;

    @Option(names = "--depth", defaultValue = "2", description = "levels to show (default: ${DEFAULT-VALUE}; with --by: all)")
    int depth;

    @Option(names = "--by", split = ",", paramLabel = "DIM",
            description = "group by these dimensions, outermost first: goal, objective, measure, level:N, lead, "
                    + "involved, programme, year, category, source, donor, activity")
    java.util.List<String> by;

    @Override
    public Integer call() {
        Plan p = Inputs.plan(plan);
        ExchangeRate conversion = null;
        if (currency != null || rate != null) {
            if (currency == null || rate == null) {
                throw new InputException("--currency and --rate go together, e.g. --currency EUR --rate 110");
            }
            try {
                conversion = new ExchangeRate(Money.currency(currency), p.currency(), rate, null, "command line");
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage(), e);
            }
        }
        PlanCosts costs = PlanCosts.of(p);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-12s %-48s %18s %18s %18s%n", "code", "title", "cost", "funding", "gap");
        if (by == null || by.isEmpty()) {
            print(out, costs.tree().root(), 0, conversion);
        } else {
            java.util.List<Dimension> dimensions = by.stream().map(CostCommand::dimension).toList();
            depth = dimensions.size();
            print(out, costs.pivot(dimensions).root(), 0, conversion);
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, CostNode node, int level, ExchangeRate conversion) {
        String title = node.title() != null ? node.title().primary() : level == 0 ? "" : notStated(node.key());
        String name = "  ".repeat(level) + (title.length() > 46 - 2 * level ? title.substring(0, 43 - 2 * level) + "..." : title);
        out.printf("%-12s %-48s %18s %18s %18s%n", node.code() == null ? "" : node.code(), name,
                amount(node.cost(), conversion), amount(node.funding(), conversion),
                amount(node.gap(GapConvention.COST_MINUS_FUNDING), conversion));
        if (level < depth) {
            for (CostNode child : node.children()) {
                print(out, child, level + 1, conversion);
            }
        }
    }

    static Dimension dimension(String name) {
        String n = name.trim().toLowerCase(java.util.Locale.ROOT);
        if (n.startsWith("level:")) {
            try {
                return Dimension.level(Integer.parseInt(n.substring(6)));
            } catch (IllegalArgumentException e) {
                throw new InputException("--by level:N needs a level number from 1, got '" + name + "'", e);
            }
        }
        return switch (n) {
            case "goal" -> Dimension.GOAL;
            case "objective" -> Dimension.level(2);
            case "measure" -> Dimension.level(3);
            case "lead" -> Dimension.LEAD_INSTITUTION;
            case "involved" -> Dimension.INVOLVED_INSTITUTION;
            case "programme", "program" -> Dimension.BUDGET_PROGRAMME;
            case "year" -> Dimension.YEAR;
            case "category" -> Dimension.CATEGORY;
            case "source" -> Dimension.SOURCE_KIND;
            case "donor" -> Dimension.DONOR;
            case "activity" -> Dimension.ACTIVITY;
            default -> throw new InputException("unknown --by dimension '" + name + "' (use goal, objective, measure, "
                    + "level:N, lead, involved, programme, year, category, source, donor, activity)");
        };
    }

    // A group with no key holds what the plan does not state for that dimension, e.g. funding with no year.
    private static String notStated(String key) {
        return key == null || key.isEmpty() ? "(not stated)" : key;
    }

    static String amount(Money m, ExchangeRate conversion) {
        if (m == null) {
            return "-";
        }
        String s = String.format(java.util.Locale.ROOT, "%,d", m.amount().setScale(0, RoundingMode.HALF_EVEN).longValue());
        if (conversion != null) {
            Money c = conversion.convert(m, RoundingMode.HALF_EVEN);
            s += String.format(java.util.Locale.ROOT, " (%s %,d)", c.currency().getCurrencyCode(),
                    c.amount().setScale(0, RoundingMode.HALF_EVEN).longValue());
        }
        return s;
    }
}

package org.actionplan.costing;

import java.util.ArrayList;
import java.util.List;

/** Test helpers over cost tables. */
final class Tables {

    private Tables() {
    }

    /** Describes every row of a table (path, cost and funding cells, counts, lists) for equality checks. */
    static List<String> describe(CostTable t) {
        List<String> out = new ArrayList<>();
        describe(t.root(), "", t, out);
        return out;
    }

    private static void describe(CostNode n, String path, CostTable t, List<String> out) {
        StringBuilder sb = new StringBuilder(path);
        for (Integer y : t.years()) {
            sb.append(' ').append(y).append(':').append(n.cost(y, null).amount().toPlainString())
                    .append('/').append(n.funding(y, null, null).amount().toPlainString());
        }
        for (var c : org.actionplan.core.money.EconomicCategory.values()) {
            sb.append(' ').append(c).append(':').append(n.cost(null, c).amount().toPlainString())
                    .append('/').append(n.funding(null, c, null).amount().toPlainString());
        }
        for (var s : org.actionplan.core.money.FundingSourceKind.values()) {
            sb.append(' ').append(s).append(':').append(n.funding(s).amount().toPlainString());
        }
        sb.append(" n=").append(n.count()).append(" u=").append(n.unquantified()).append(" uf=").append(n.unquantifiedFunding());
        out.add(sb.toString());
        for (CostNode c : n.children()) {
            describe(c, path + "/" + c.key(), t, out);
        }
    }
}

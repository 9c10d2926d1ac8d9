package org.actionplan.costing;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.actionplan.core.money.EconomicCategory;
import org.actionplan.core.money.FundingSourceKind;

/** Test helpers over cost tables. */
final class Tables {

    private Tables() {
    }

    /** Describes every row of a table (path, cost and funding cells, counts, lists) for equality checks. */
    static List<String> describe(CostTable t) {
        List<String> out = new ArrayList<>();
        describe(t.root(), "", t, out, false);
        return out;
    }

    /** Describes the rows, ignoring the order of rows and of listed activities. */
    static List<String> describeUnordered(CostTable t) {
        List<String> out = new ArrayList<>();
        describe(t.root(), "", t, out, true);
        return out.stream().sorted().toList();
    }

    private static void describe(CostNode n, String path, CostTable t, List<String> out, boolean sets) {
        out.add(path + summary(n, t, sets));
        for (CostNode c : n.children()) {
            describe(c, path + "/" + c.key(), t, out, sets);
        }
    }

    /** One row's amounts per year, category and source, count and lists, without its key or children. */
    static String summary(CostNode n, CostTable t, boolean sets) {
        StringBuilder sb = new StringBuilder();
        for (Integer y : t.years()) {
            sb.append(' ').append(y).append(':').append(n.cost(y, null).amount().toPlainString())
                    .append('/').append(n.funding(y, null, null).amount().toPlainString());
        }
        for (EconomicCategory c : EconomicCategory.values()) {
            sb.append(' ').append(c).append(':').append(n.cost(null, c).amount().toPlainString())
                    .append('/').append(n.funding(null, c, null).amount().toPlainString());
        }
        for (FundingSourceKind s : FundingSourceKind.values()) {
            sb.append(' ').append(s).append(':').append(n.funding(s).amount().toPlainString());
        }
        sb.append(" n=").append(n.count())
                .append(" u=").append(sets ? new TreeSet<>(n.unquantified()) : n.unquantified())
                .append(" uf=").append(sets ? new TreeSet<>(n.unquantifiedFunding()) : n.unquantifiedFunding());
        return sb.toString();
    }

    /** Tells whether a row's cost and funding cells equal the sums of its children's, recursively. */
    static void assertPartitions(CostNode n, CostTable t) {
        if (n.children().isEmpty() || !n.childrenPartition()) {
            n.children().forEach(c -> assertPartitions(c, t));
            return;
        }
        for (Integer y : t.years()) {
            for (EconomicCategory c : EconomicCategory.values()) {
                long cost = 0;
                long fund = 0;
                for (CostNode child : n.children()) {
                    cost += child.cost(y, c).toMinor();
                    fund += child.funding(y, c, null).toMinor();
                }
                if (cost != n.cost(y, c).toMinor() || fund != n.funding(y, c, null).toMinor()) {
                    throw new AssertionError("row " + n.key() + " " + y + " " + c + ": children sum to " + cost + "/"
                            + fund + " but the row holds " + n.cost(y, c).toMinor() + "/" + n.funding(y, c, null).toMinor());
                }
            }
        }
        long notStated = 0;
        for (CostNode child : n.children()) {
            notStated += child.fundingYearNotStated().toMinor();
        }
        if (notStated != n.fundingYearNotStated().toMinor()) {
            throw new AssertionError("row " + n.key() + ": funding without year does not add up");
        }
        n.children().forEach(c -> assertPartitions(c, t));
    }
}

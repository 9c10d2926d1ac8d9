package org.actionplan.core.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.actionplan.core.Activity;
import org.actionplan.core.Checks;
import org.actionplan.core.Code;
import org.actionplan.core.DeclaredFigure;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.BudgetProgram;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.indicator.Target;
import org.actionplan.core.institution.Abbreviation;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.institution.Institution;
import org.actionplan.core.money.CostEstimate;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Timeframe;

/**
 * Checks a plan against the model constraints and the plan-level rules, and computes its SIGMA quality score.
 * <p>
 * {@link #validate(Plan)} never throws on bad data and never changes the plan. Every rule has a stable id and
 * English and Albanian messages; the rules are listed in {@code docs/validation-rules.md}. Findings come in a
 * stable order: first the model (Bean Validation) constraints sorted by path; then the registries (institutions,
 * abbreviations, budget programmes, declared figures) in list order; then the goal tree depth first in document
 * order, sections before their activities, each node's rules in the order of the documentation table.
 * <p>
 * This class is stateless and thread-safe.
 */
public final class PlanValidator {

    private PlanValidator() {
    }

    /**
     * Validates a plan.
     *
     * @param plan  the plan, not null
     * @return the report, never null
     * @throws NullPointerException if the plan is null
     */
    public static ValidationReport validate(Plan plan) {
        Checks.notNull(plan, "plan");
        return new Run(plan).run();
    }

    /** One validation run; not thread-safe, one per call. */
    private static final class Run {
        private final Plan plan;
        private final List<Finding> findings = new ArrayList<>();
        private final Set<String> institutionIds = new HashSet<>();
        private final Set<String> budgetCodes = new HashSet<>();
        private final Map<String, String> nodeIds = new HashMap<>();
        private final Map<String, String> indicatorIds = new HashMap<>();
        private int activities;
        private int withLead;
        private int withDeadline;
        private int withFinancing;
        private int indicatorItems;
        private int withIndicators;

        Run(Plan plan) {
            this.plan = plan;
        }

        ValidationReport run() {
            findings.addAll(ModelConstraints.check(plan));
            registries();
            List<Section> goals = plan.goals();
            List<Node> top = new ArrayList<>();
            for (int i = 0; i < goals.size(); i++) {
                top.add(new Node(goals.get(i), "goals[" + i + "]"));
            }
            siblingCodes(top, null, "goals", "plan (id " + plan.id() + ")", "plani (id " + plan.id() + ")");
            for (int i = 0; i < goals.size(); i++) {
                section(goals.get(i), "goals[" + i + "]", null);
            }
            figures();
            return new ValidationReport(findings, sigma());
        }

        //-------------------------------------------------------------------
        private void registries() {
            Map<String, String> seen = new HashMap<>();
            List<Institution> list = plan.institutions();
            for (int i = 0; i < list.size(); i++) {
                Institution inst = list.get(i);
                String path = "institutions[" + i + "]";
                duplicate(seen, inst.id(), path, "institution " + inst.id(), "institucioni " + inst.id());
                institutionIds.add(inst.id());
            }
            for (int i = 0; i < list.size(); i++) {
                Institution inst = list.get(i);
                if (inst.parent() != null && !institutionIds.contains(inst.parent())) {
                    add(Rule.INSTITUTION_UNKNOWN, "institutions[" + i + "].parent", "institution " + inst.id(),
                            "institucioni " + inst.id(), inst.parent(), inst.parent());
                }
            }
            List<Abbreviation> abbreviations = plan.abbreviations();
            for (int i = 0; i < abbreviations.size(); i++) {
                Abbreviation a = abbreviations.get(i);
                if (a.institution() != null && !institutionIds.contains(a.institution())) {
                    add(Rule.INSTITUTION_UNKNOWN, "abbreviations[" + i + "].institution",
                            "abbreviation " + a.abbreviation(), "shkurtimi " + a.abbreviation(), a.institution(),
                            a.institution());
                }
            }
            List<BudgetProgram> programs = plan.budgetPrograms();
            for (int i = 0; i < programs.size(); i++) {
                BudgetProgram p = programs.get(i);
                budgetCodes.add(p.code());
                if (p.institution() != null && !institutionIds.contains(p.institution())) {
                    add(Rule.INSTITUTION_UNKNOWN, "budgetPrograms[" + i + "].institution",
                            "budget programme " + p.code(), "programi buxhetor " + p.code(), p.institution(),
                            p.institution());
                }
            }
            Map<String, String> figureIds = new HashMap<>();
            List<DeclaredFigure> figures = plan.declaredFigures();
            for (int i = 0; i < figures.size(); i++) {
                duplicate(figureIds, figures.get(i).id(), "declaredFigures[" + i + "]",
                        "declared figure " + figures.get(i).id(), "shifra e deklaruar " + figures.get(i).id());
            }
        }

        private void figures() {
            List<DeclaredFigure> figures = plan.declaredFigures();
            for (int i = 0; i < figures.size(); i++) {
                DeclaredFigure f = figures.get(i);
                if (!DeclaredFigure.PLAN_SCOPE.equals(f.scope()) && !nodeIds.containsKey(f.scope())) {
                    add(Rule.FIGURE_UNKNOWN_SCOPE, "declaredFigures[" + i + "].scope", "declared figure " + f.id(),
                            "shifra e deklaruar " + f.id(), f.scope(), f.scope());
                }
            }
        }

        //-------------------------------------------------------------------
        /** A section or activity with its path, for sibling checks. */
        private record Node(Object node, String path) {
            String id() {
                return node instanceof Section s ? s.id() : ((Activity) node).id();
            }

            Code code() {
                return node instanceof Section s ? s.code() : ((Activity) node).code();
            }

            String rawCode() {
                return node instanceof Section s ? s.rawCode() : ((Activity) node).rawCode();
            }

            String codeKey() {
                if (code() != null) {
                    return code().toString();
                }
                return rawCode() == null || rawCode().isBlank() ? null : rawCode().strip();
            }

            String en() {
                return label(node instanceof Section ? "section" : "activity");
            }

            String sq() {
                return label(node instanceof Section ? "seksioni" : "aktiviteti");
            }

            private String label(String word) {
                String c = rawCode() != null && !rawCode().isBlank() ? rawCode().strip() : code() == null ? null
                        : code().toString();
                return c == null ? word + " (id " + id() + ")" : word + " " + c + " (id " + id() + ")";
            }
        }

        private void siblingCodes(List<Node> siblings, Node parent, String listPath) {
            siblingCodes(siblings, parent, listPath, parent.en(), parent.sq());
        }

        private void siblingCodes(List<Node> siblings, Node parent, String listPath, String en, String sq) {
            Map<String, Node> seen = new HashMap<>();
            List<Code> codes = new ArrayList<>();
            for (Node n : siblings) {
                String key = n.codeKey();
                if (key != null) {
                    Node first = seen.putIfAbsent(key, n);
                    if (first != null) {
                        add(Rule.CODE_DUPLICATE, n.path(), n.en(), n.sq(), key, key, first.id());
                    }
                }
                if (parent != null && n.code() != null && parent.code() != null && !isPillar(parent.code())
                        && !n.code().isDescendantOf(parent.code())) {
                    add(Rule.CODE_NOT_EXTENDING_PARENT, n.path(), n.en(), n.sq(), n.code(), n.code(),
                            parent.code());
                }
                codes.add(n.code());
            }
            Code parentCode = parent == null || parent.code() == null || isPillar(parent.code()) ? null : parent.code();
            NumberingGaps.Result gaps = NumberingGaps.check(codes, parentCode);
            if (gaps.reported()) {
                String missing = gaps.missingText();
                String duplicated = NumberingGaps.Result.text(gaps.duplicated());
                String outOfOrder = NumberingGaps.Result.text(gaps.outOfOrder());
                add(Rule.CODE_NUMBERING_GAP, listPath, en, sq, "missing: " + missing + "; duplicated: " + duplicated
                        + "; out of order: " + outOfOrder, missing, duplicated, outOfOrder);
            }
        }

        /** A pillar numeral (I, IV): codes restart inside pillars, so children need not extend it. */
        private static boolean isPillar(Code code) {
            return code.segments().stream().allMatch(seg -> seg.kind() == Code.SegmentKind.ROMAN);
        }

        private void nodeId(Node n) {
            String existing = nodeIds.putIfAbsent(n.id(), n.en());
            if (existing != null) {
                add(Rule.ID_DUPLICATE, n.path(), n.en(), n.sq(), n.id(), n.id(), existing);
            }
        }

        private void section(Section s, String path, Node parent) {
            Node self = new Node(s, path);
            nodeId(self);
            indicators(s.indicators(), path, self);
            if (!s.activities().isEmpty()) {
                indicatorItems++;
                if (!s.indicators().isEmpty()) {
                    withIndicators++;
                } else {
                    add(Rule.OBJECTIVE_NO_INDICATOR, path, self.en(), self.sq(), null);
                }
            }
            List<Node> children = new ArrayList<>();
            for (int i = 0; i < s.children().size(); i++) {
                children.add(new Node(s.children().get(i), path + ".children[" + i + "]"));
            }
            siblingCodes(children, self, path + ".children");
            List<Node> acts = new ArrayList<>();
            for (int i = 0; i < s.activities().size(); i++) {
                acts.add(new Node(s.activities().get(i), path + ".activities[" + i + "]"));
            }
            siblingCodes(acts, self, path + ".activities");
            for (Node child : children) {
                section((Section) child.node(), child.path(), self);
            }
            for (Node a : acts) {
                activity((Activity) a.node(), a.path());
            }
        }

        private void activity(Activity a, String path) {
            Node self = new Node(a, path);
            nodeId(self);
            boolean leaf = a.subActivities().isEmpty();
            responsibility(a, path, self, leaf);
            timeframes(a, path, self, leaf);
            cost(a, path, self, leaf);
            if (a.budgetProgram() != null && !budgetCodes.contains(a.budgetProgram())) {
                add(Rule.BUDGET_PROGRAM_UNKNOWN, path + ".budgetProgram", self.en(), self.sq(), a.budgetProgram(),
                        a.budgetProgram());
            }
            indicators(a.indicators(), path, self);
            if (leaf) {
                activities++;
                indicatorItems++;
                if (a.indicators().isEmpty()) {
                    add(Rule.ACTIVITY_NO_INDICATOR, path, self.en(), self.sq(), null);
                } else {
                    withIndicators++;
                }
            }
            List<Node> subs = new ArrayList<>();
            for (int i = 0; i < a.subActivities().size(); i++) {
                subs.add(new Node(a.subActivities().get(i), path + ".subActivities[" + i + "]"));
            }
            siblingCodes(subs, self, path + ".subActivities");
            for (Node sub : subs) {
                activity((Activity) sub.node(), sub.path());
            }
        }

        private void responsibility(Activity a, String path, Node self, boolean leaf) {
            if (a.responsibility() != null) {
                List<Assignment> list = a.responsibility().assignments();
                for (int i = 0; i < list.size(); i++) {
                    Assignment as = list.get(i);
                    String p = path + ".responsibility.assignments[" + i + "]";
                    if (as.institution() == null) {
                        add(Rule.INSTITUTION_UNRESOLVED, p, self.en(), self.sq(), as.name(), as.name());
                    } else if (!institutionIds.contains(as.institution())) {
                        add(Rule.INSTITUTION_UNKNOWN, p, self.en(), self.sq(), as.institution(), as.institution());
                    }
                }
            }
            if (leaf) {
                if (a.responsibility() != null && a.responsibility().lead().isPresent()) {
                    withLead++;
                } else {
                    add(Rule.ACTIVITY_NO_LEAD, path, self.en(), self.sq(), null);
                }
            }
        }

        private void timeframes(Activity a, String path, Node self, boolean leaf) {
            boolean readable = false;
            List<Timeframe> list = a.timeframes();
            for (int i = 0; i < list.size(); i++) {
                Timeframe t = list.get(i);
                String p = path + ".timeframes[" + i + "]";
                if (t instanceof Timeframe.Unparsed u) {
                    add(Rule.TIMEFRAME_UNPARSED, p, self.en(), self.sq(), u.text(), u.text(), u.reason());
                    continue;
                }
                readable = true;
                CalendarPeriod from = null;
                CalendarPeriod to = null;
                if (t instanceof Timeframe.Dated d) {
                    from = d.start();
                    to = d.end();
                    if (from != null && to != null && to.end().isBefore(from.start())) {
                        add(Rule.TIMEFRAME_INVERTED, p, self.en(), self.sq(), t.text(), t.text());
                    }
                } else if (t instanceof Timeframe.Recurring r) {
                    from = r.from();
                }
                if (from != null && !plan.covers(from.year()) || to != null && !plan.covers(to.year())) {
                    add(Rule.TIMEFRAME_OUTSIDE_PLAN, p, self.en(), self.sq(), t.text(), t.text(), plan.firstYear(),
                            plan.lastYear());
                }
            }
            if (leaf) {
                if (readable) {
                    withDeadline++;
                } else {
                    add(Rule.ACTIVITY_NO_TIMEFRAME, path, self.en(), self.sq(), null);
                }
            }
        }

        /** The years the activity's timeframes cover, or null if they do not say (ongoing, unread, none). */
        private TreeSet<Integer> timeframeYears(Activity a) {
            if (a.timeframes().isEmpty()) {
                return null;
            }
            TreeSet<Integer> years = new TreeSet<>();
            for (Timeframe t : a.timeframes()) {
                if (!(t instanceof Timeframe.Dated d)) {
                    return null;
                }
                int lo = d.start() == null ? plan.firstYear() : d.start().year();
                int hi = d.end() == null ? plan.lastYear() : d.end().year();
                for (int y = lo; y <= hi; y++) {
                    years.add(y);
                }
            }
            return years.isEmpty() ? null : years;
        }

        private void cost(Activity a, String path, Node self, boolean leaf) {
            CostEstimate cost = a.cost();
            if (leaf) {
                if (cost != null && !cost.funding().isEmpty()) {
                    withFinancing++;
                } else {
                    add(Rule.ACTIVITY_NO_FINANCING, path, self.en(), self.sq(), null);
                }
            }
            if (cost == null) {
                return;
            }
            if (!cost.currency().equals(plan.currency())) {
                add(Rule.COST_CURRENCY, path + ".cost.currency", self.en(), self.sq(), cost.currency(),
                        cost.currency(), plan.currency());
            }
            TreeSet<Integer> own = timeframeYears(a);
            for (Map.Entry<Integer, YearCost> e : cost.years().entrySet()) {
                int year = e.getKey();
                String p = path + ".cost.years[" + year + "]";
                BigDecimal amount = e.getValue().computedTotal();
                boolean costed = amount != null && amount.signum() != 0;
                if (costed && !plan.covers(year)) {
                    add(Rule.COST_YEAR_OUTSIDE_PLAN, p, self.en(), self.sq(), year, year, plan.firstYear(),
                            plan.lastYear());
                } else if (costed && own != null && !own.contains(year)) {
                    add(Rule.COST_YEAR_OUTSIDE_TIMEFRAME, p, self.en(), self.sq(), year, year,
                            own.first() + "-" + own.last());
                }
                YearCost y = e.getValue();
                if (y.current() != null && y.capital() != null && y.total() != null) {
                    BigDecimal sum = y.current().add(y.capital());
                    if (sum.compareTo(y.total()) != 0) {
                        add(Rule.COST_TOTAL_MISMATCH, p + ".total", self.en(), self.sq(), y.total().toPlainString(),
                                y.total().toPlainString(), year, y.current().toPlainString(),
                                y.capital().toPlainString(), sum.toPlainString());
                    }
                }
            }
        }

        private void indicators(List<Indicator> list, String path, Node self) {
            for (int i = 0; i < list.size(); i++) {
                Indicator ind = list.get(i);
                String p = path + ".indicators[" + i + "]";
                String existing = indicatorIds.putIfAbsent(ind.id(), self.en());
                if (existing != null) {
                    add(Rule.ID_DUPLICATE, p, self.en(), self.sq(), ind.id(), ind.id(), existing);
                }
                for (int j = 0; j < ind.targets().size(); j++) {
                    Target t = ind.targets().get(j);
                    if (!plan.covers(t.period().year())) {
                        add(Rule.TARGET_OUTSIDE_PLAN, p + ".targets[" + j + "]", self.en(), self.sq(), t.period(),
                                t.period(), plan.firstYear(), plan.lastYear());
                    }
                }
            }
        }

        //-------------------------------------------------------------------
        private SigmaQuality sigma() {
            boolean published = !plan.sources().isEmpty() || plan.adoptedOn() != null;
            List<SigmaQuality.Criterion> criteria = List.of(
                    criterion("responsible", withLead, activities),
                    criterion("deadline", withDeadline, activities),
                    criterion("financing", withFinancing, activities),
                    criterion("indicators", withIndicators, indicatorItems),
                    new SigmaQuality.Criterion("published", published ? 1 : 0, 1, published));
            int score = (int) criteria.stream().filter(SigmaQuality.Criterion::met).count();
            return new SigmaQuality(score, criteria);
        }

        private static SigmaQuality.Criterion criterion(String id, int satisfied, int total) {
            return new SigmaQuality.Criterion(id, satisfied, total, total > 0 && satisfied == total);
        }

        //-------------------------------------------------------------------
        private void duplicate(Map<String, String> seen, String id, String path, String en, String sq) {
            String existing = seen.putIfAbsent(id, en);
            if (existing != null) {
                add(Rule.ID_DUPLICATE, path, en, sq, id, id, existing);
            }
        }

        private void add(Rule rule, String path, String en, String sq, Object value, Object... args) {
            findings.add(rule.finding(path, en, sq, value, args));
        }
    }
}

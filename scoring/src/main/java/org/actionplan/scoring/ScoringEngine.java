package org.actionplan.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.actionplan.core.Activity;
import org.actionplan.core.Checks;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.indicator.Indicator;
import org.actionplan.core.institution.Assignment;
import org.actionplan.core.money.FundingLine;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.YearCost;
import org.actionplan.core.monitoring.ActivityStatus;
import org.actionplan.core.monitoring.Expenditure;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.monitoring.Reported;
import org.actionplan.core.monitoring.StatusUpdate;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.scoring.internal.Fractions;
import org.actionplan.scoring.internal.IndicatorScorer;
import org.actionplan.scoring.internal.Schedule;

/**
 * Scores a plan's implementation from its monitoring history: SIGMA implementation and objective fulfilment
 * rates, timeliness, indicator progress and ratings, weighted roll-ups, budget execution and institution
 * scorecards. Every formula is in {@code docs/scoring.md}.
 * <p>
 * Scoring is a pure function of the plan, the history, the periods and the policy: the same input gives
 * equal output, in plan order or sorted order, never in hash order. The unit of scoring is the activity as
 * listed under a section; sub-activities are not scored on their own, and status updates addressed to
 * them are listed in {@link Scorecard#unmatchedActivityIds()}.
 * This class is immutable and thread-safe.
 */
public final class ScoringEngine {

    private static final Set<ActivityStatus> CLOSED = Set.of(ActivityStatus.COMPLETED, ActivityStatus.CANCELLED);

    private final ScoringPolicy policy;

    private ScoringEngine(ScoringPolicy policy) {
        this.policy = policy;
    }

    /**
     * Obtains an engine with a policy.
     *
     * @param policy  the policy, not null
     * @return the engine, never null
     */
    public static ScoringEngine of(ScoringPolicy policy) {
        return new ScoringEngine(Checks.notNull(policy, "policy"));
    }

    /**
     * Obtains an engine with the default policy.
     *
     * @return the engine, never null
     */
    public static ScoringEngine withDefaults() {
        return of(ScoringPolicy.defaults());
    }

    /**
     * Returns the policy.
     *
     * @return the policy, never null
     */
    public ScoringPolicy policy() {
        return policy;
    }

    /**
     * Classifies an activity's timeframes for a period.
     *
     * @param plan  the plan, for the period of recurring timeframes, not null
     * @param activity  the activity, not null
     * @param period  the period, not null
     * @param statusAtEnd  the activity's status at the period's end, may be null (unknown)
     * @return the timeliness, never null
     */
    public static Timeliness timeliness(Plan plan, Activity activity, CalendarPeriod period, ActivityStatus statusAtEnd) {
        Checks.notNull(period, "period");
        return Schedule.of(activity, plan.firstYear(), plan.lastYear()).classify(period, statusAtEnd != null && CLOSED.contains(statusAtEnd));
    }

    /**
     * Scores one period.
     *
     * @param plan  the plan, not null
     * @param history  the monitoring history on that plan, not null
     * @param period  the period, not null
     * @return the period's scores, never null
     * @throws IllegalArgumentException if the history is on another plan or reports spending in another currency
     */
    public PeriodScore score(Plan plan, MonitoringHistory history, CalendarPeriod period) {
        return score(plan, history, List.of(period)).periods().get(0);
    }

    /**
     * Scores several periods.
     *
     * @param plan  the plan, not null
     * @param history  the monitoring history on that plan, not null
     * @param periods  the periods, in the order wanted, not null
     * @return the scorecard, never null
     * @throws IllegalArgumentException if the history is on another plan or reports spending in another currency
     */
    public Scorecard score(Plan plan, MonitoringHistory history, List<CalendarPeriod> periods) {
        Checks.notNull(plan, "plan");
        Checks.notNull(history, "history");
        List<CalendarPeriod> list = Checks.list(periods, "periods");
        if (history.planId().isPresent() && !history.planId().get().equals(plan.id())) {
            throw new IllegalArgumentException("the history is on plan '" + history.planId().get() + "', not on '"
                    + plan.id() + "'");
        }
        for (MonitoringReport r : history.reports()) {
            if (r.currency() != null && !r.currency().equals(plan.currency())
                    && r.statusUpdates().stream().anyMatch(u -> !u.spent().isEmpty())) {
                throw new IllegalArgumentException("report '" + r.id() + "' reports spending in " + r.currency()
                        + ", the plan's currency is " + plan.currency());
            }
        }
        Facts facts = new Facts(plan);
        List<PeriodScore> scores = new ArrayList<>(list.size());
        for (CalendarPeriod p : list) {
            scores.add(new PeriodRun(facts, history, p).run());
        }
        TreeSet<String> unmatchedActivities = new TreeSet<>(history.activityIds());
        unmatchedActivities.removeAll(facts.index.keySet());
        TreeSet<String> unmatchedIndicators = new TreeSet<>(history.indicatorIds());
        unmatchedIndicators.removeAll(facts.indicatorIds);
        return new Scorecard(plan.id(), policy, scores, List.copyOf(unmatchedActivities), List.copyOf(unmatchedIndicators));
    }

    //-----------------------------------------------------------------------
    /** What is known of one activity before any report is read. */
    private record ActivityFacts(Activity activity, int group, String lead, Schedule schedule, BigDecimal plannedTotal,
            Map<Integer, BigDecimal> plannedByYear, Map<Integer, Map<FundingSourceKind, BigDecimal>> funding,
            Map<Integer, Map<FundingSourceKind, Integer>> unquantifiedFunding) {
    }

    /** The plan read once: activities in plan order, with their group and facts. */
    private static final class Facts {
        final Plan plan;
        final List<ActivityFacts> activities = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();
        final Set<String> indicatorIds = new HashSet<>();
        final LocalDate planStart;

        Facts(Plan plan) {
            this.plan = plan;
            this.planStart = LocalDate.of(plan.firstYear(), 1, 1);
            List<Section> goals = plan.goals();
            for (int g = 0; g < goals.size(); g++) {
                collect(goals.get(g), g);
            }
            plan.forEachSection(s -> s.indicators().forEach(i -> indicatorIds.add(i.id())));
            plan.forEachActivity(a -> a.indicators().forEach(i -> indicatorIds.add(i.id())));
        }

        private void collect(Section section, int group) {
            for (Activity a : section.activities()) {
                index.put(a.id(), activities.size());
                activities.add(facts(a, group));
            }
            for (Section child : section.children()) {
                collect(child, group);
            }
        }

        private ActivityFacts facts(Activity a, int group) {
            String lead = null;
            if (a.responsibility() != null) {
                Assignment l = a.responsibility().lead().orElse(null);
                lead = l == null ? null : l.institution() != null ? l.institution() : l.name();
            }
            BigDecimal total = null;
            Map<Integer, BigDecimal> byYear = new HashMap<>();
            Map<Integer, Map<FundingSourceKind, BigDecimal>> funding = new HashMap<>();
            Map<Integer, Map<FundingSourceKind, Integer>> unquantified = new HashMap<>();
            if (a.cost() != null) {
                total = a.cost().total();
                for (Map.Entry<Integer, YearCost> e : a.cost().years().entrySet()) {
                    BigDecimal t = e.getValue().computedTotal();
                    if (t != null) {
                        byYear.put(e.getKey(), t);
                    }
                }
                for (FundingLine f : a.cost().funding()) {
                    if (f.year() == null) {
                        continue;
                    }
                    if (f.amount() == null) {
                        unquantified.computeIfAbsent(f.year(), y -> new EnumMap<>(FundingSourceKind.class))
                                .merge(f.source(), 1, Integer::sum);
                    } else {
                        funding.computeIfAbsent(f.year(), y -> new EnumMap<>(FundingSourceKind.class))
                                .merge(f.source(), f.amount(), BigDecimal::add);
                    }
                }
            }
            return new ActivityFacts(a, group, lead, Schedule.of(a, plan.firstYear(), plan.lastYear()), total, byYear,
                    funding, unquantified);
        }
    }

    //-----------------------------------------------------------------------
    /** One period's scoring. */
    private final class PeriodRun {
        final Facts facts;
        final MonitoringHistory history;
        final CalendarPeriod period;
        final LocalDate start;
        final LocalDate end;
        final int scale;
        final ActivityAssessment[] assessed;

        PeriodRun(Facts facts, MonitoringHistory history, CalendarPeriod period) {
            this.facts = facts;
            this.history = history;
            this.period = period;
            this.start = period.start();
            this.end = period.end();
            this.scale = policy.scale();
            this.assessed = new ActivityAssessment[facts.activities.size()];
        }

        PeriodScore run() {
            for (int i = 0; i < assessed.length; i++) {
                assessed[i] = assess(facts.activities.get(i));
            }
            ImplementationRate rate = implementation(0, assessed.length, null);
            NodeScore root = rollUp();
            List<TargetAssessment> targets = new ArrayList<>();
            int[] fulfil = new int[3];
            IndicatorScorer scorer = new IndicatorScorer(policy, history, facts.planStart);
            facts.plan.forEachSection(s -> {
                for (Indicator ind : s.indicators()) {
                    for (TargetAssessment t : scorer.assess(ind, s.id(), period)) {
                        targets.add(t);
                        if (t.due()) {
                            fulfil[0]++;
                            if (t.met() == null) {
                                fulfil[2]++;
                            } else if (t.met()) {
                                fulfil[1]++;
                            }
                        }
                    }
                }
                for (Activity a : s.activities()) {
                    a.forEachInTree(x -> {
                        for (Indicator ind : x.indicators()) {
                            targets.addAll(scorer.assess(ind, x.id(), period));
                        }
                    });
                }
            });
            FulfilmentRate objectives = new FulfilmentRate(fulfil[0], fulfil[1], fulfil[2],
                    Fractions.divide(fulfil[1], fulfil[0] - fulfil[2], scale));
            return new PeriodScore(period, rate, objectives, root, List.of(assessed), targets, budget(), institutions());
        }

        private ActivityAssessment assess(ActivityFacts f) {
            Activity a = f.activity();
            Reported<StatusUpdate> status = history.latestStatus(a.id(), end).orElse(null);
            ActivityStatus s = status == null ? null : status.value().status();
            Timeliness timeliness = f.schedule().classify(period, s != null && CLOSED.contains(s));
            boolean inForce = a.isInForceOn(start);
            SigmaOutcome sigma = SigmaOutcome.NOT_PLANNED;
            boolean planned = inForce && (timeliness == Timeliness.DUE_IN_PERIOD
                    || timeliness == Timeliness.ONGOING && policy.ongoingCounted());
            if (planned) {
                if (s == null) {
                    sigma = policy.missingStatus() == ScoringPolicy.MissingStatusRule.EXCLUDED
                            ? SigmaOutcome.UNREPORTED : SigmaOutcome.NOT_ACHIEVED;
                } else if (s == ActivityStatus.CANCELLED) {
                    sigma = policy.cancelled() == ScoringPolicy.CancelledRule.EXCLUDED
                            ? SigmaOutcome.CANCELLED : SigmaOutcome.NOT_ACHIEVED;
                } else {
                    boolean achieved = s == ActivityStatus.COMPLETED
                            || timeliness == Timeliness.ONGOING && s == ActivityStatus.IN_PROGRESS_ON_SCHEDULE;
                    sigma = achieved ? SigmaOutcome.ACHIEVED : SigmaOutcome.NOT_ACHIEVED;
                }
            }
            boolean inScope = inForce && (timeliness == Timeliness.DUE_IN_PERIOD || timeliness == Timeliness.OVERDUE
                    || timeliness == Timeliness.CLOSED_EARLIER || timeliness == Timeliness.ONGOING
                    || timeliness == Timeliness.UNKNOWN && status != null);
            BigDecimal score = inScope ? activityScore(status) : null;
            return new ActivityAssessment(a.id(), timeliness, f.schedule().due(), inForce, status, sigma, score,
                    f.plannedTotal(), f.lead());
        }

        /** The roll-up score of an activity in scope; null if no data. */
        private BigDecimal activityScore(Reported<StatusUpdate> status) {
            if (status == null) {
                return policy.missingStatus() == ScoringPolicy.MissingStatusRule.NOT_ACHIEVED ? zero() : null;
            }
            StatusUpdate u = status.value();
            if (u.status() == ActivityStatus.CANCELLED && policy.cancelled() == ScoringPolicy.CancelledRule.EXCLUDED) {
                return null;
            }
            boolean partial = u.status() == ActivityStatus.IN_PROGRESS_ON_SCHEDULE
                    || u.status() == ActivityStatus.IN_PROGRESS_DELAYED || u.status() == ActivityStatus.PARTIALLY_COMPLETED;
            BigDecimal v = partial && u.percentComplete() != null
                    ? u.percentComplete().movePointLeft(2) : policy.statusScores().get(u.status());
            return Fractions.round(v, scale);
        }

        private BigDecimal zero() {
            return BigDecimal.ZERO.setScale(scale);
        }

        /** The implementation rate over activities whose indexes are in [from, to), optionally of one lead. */
        private ImplementationRate implementation(int from, int to, List<Integer> only) {
            int planned = 0;
            int counted = 0;
            int achieved = 0;
            int unreported = 0;
            int cancelled = 0;
            int costUnquantified = 0;
            BigDecimal costCounted = BigDecimal.ZERO;
            BigDecimal costAchieved = BigDecimal.ZERO;
            int n = only == null ? to - from : only.size();
            for (int k = 0; k < n; k++) {
                ActivityAssessment x = assessed[only == null ? from + k : only.get(k)];
                SigmaOutcome o = x.sigma();
                if (o == SigmaOutcome.NOT_PLANNED) {
                    continue;
                }
                planned++;
                if (x.status() != null && x.status().value().status() == ActivityStatus.CANCELLED) {
                    cancelled++;
                }
                if (o == SigmaOutcome.UNREPORTED) {
                    unreported++;
                    continue;
                }
                if (o == SigmaOutcome.CANCELLED) {
                    continue;
                }
                counted++;
                if (o == SigmaOutcome.ACHIEVED) {
                    achieved++;
                }
                if (x.plannedCost() == null) {
                    costUnquantified++;
                } else {
                    costCounted = costCounted.add(x.plannedCost());
                    if (o == SigmaOutcome.ACHIEVED) {
                        costAchieved = costAchieved.add(x.plannedCost());
                    }
                }
            }
            BigDecimal rate = Fractions.divide(achieved, counted, scale);
            return new ImplementationRate(planned, counted, achieved, unreported, cancelled, rate,
                    counted == 0 ? null : Fractions.sigmaPoints(achieved, counted),
                    counted == 0 ? null : Fractions.linearScore(achieved, counted, scale),
                    costCounted, costAchieved, Fractions.divide(costAchieved, costCounted, scale), costUnquantified);
        }

        //-------------------------------------------------------------------
        private NodeScore rollUp() {
            List<NodeScore> children = new ArrayList<>();
            List<BigDecimal> weights = new ArrayList<>();
            for (Section g : facts.plan.goals()) {
                children.add(section(g));
                weights.add(weight(g.weight(), costOf(g)));
            }
            return combine(facts.plan.id(), NodeScore.Level.PLAN, null, children, weights);
        }

        private NodeScore section(Section s) {
            List<NodeScore> children = new ArrayList<>();
            List<BigDecimal> weights = new ArrayList<>();
            for (Section c : s.children()) {
                children.add(section(c));
                weights.add(weight(c.weight(), costOf(c)));
            }
            for (Activity a : s.activities()) {
                int i = facts.index.get(a.id());
                ActivityAssessment x = assessed[i];
                boolean inScope = x.score() != null || x.inForceAtStart() && (x.timeliness() == Timeliness.DUE_IN_PERIOD
                        || x.timeliness() == Timeliness.OVERDUE || x.timeliness() == Timeliness.CLOSED_EARLIER
                        || x.timeliness() == Timeliness.ONGOING);
                children.add(new NodeScore(a.id(), NodeScore.Level.ACTIVITY, x.score(), null, null, inScope ? 1 : 0,
                        x.score() == null ? 0 : 1, List.of()));
                weights.add(weight(a.weight(), x.plannedCost()));
            }
            return combine(s.id(), NodeScore.Level.SECTION, null, children, weights);
        }

        private BigDecimal costOf(Section s) {
            BigDecimal[] sum = {BigDecimal.ZERO};
            for (Activity a : s.activities()) {
                BigDecimal c = facts.activities.get(facts.index.get(a.id())).plannedTotal();
                if (c != null) {
                    sum[0] = sum[0].add(c);
                }
            }
            for (Section c : s.children()) {
                sum[0] = sum[0].add(costOf(c));
            }
            return sum[0];
        }

        private BigDecimal weight(BigDecimal explicit, BigDecimal cost) {
            switch (policy.weighting()) {
                case EXPLICIT:
                    return explicit != null ? explicit : policy.defaultWeight();
                case COST_WEIGHTED:
                    return cost == null ? BigDecimal.ZERO : cost;
                default:
                    return BigDecimal.ONE;
            }
        }

        /**
         * Combines children: the weighted mean of the scores of the children with data (and, if the policy says
         * so, of children with activities but no data, as 0), divided once and rounded to the scale.
         */
        private NodeScore combine(String id, NodeScore.Level level, BigDecimal ownWeight, List<NodeScore> children,
                List<BigDecimal> weights) {
            BigDecimal num = BigDecimal.ZERO;
            BigDecimal den = BigDecimal.ZERO;
            int activities = 0;
            int withData = 0;
            boolean[] counts = new boolean[children.size()];
            for (int i = 0; i < children.size(); i++) {
                NodeScore c = children.get(i);
                activities += c.activities();
                withData += c.activitiesWithData();
                BigDecimal score = c.score() != null ? c.score()
                        : policy.noDataAsZero() && c.activities() > 0 ? BigDecimal.ZERO : null;
                if (score != null) {
                    counts[i] = true;
                    num = num.add(weights.get(i).multiply(score));
                    den = den.add(weights.get(i));
                }
            }
            List<NodeScore> out = new ArrayList<>(children.size());
            for (int i = 0; i < children.size(); i++) {
                NodeScore c = children.get(i);
                BigDecimal share = counts[i] ? Fractions.divide(weights.get(i), den, scale) : null;
                out.add(new NodeScore(c.id(), c.level(), c.score(), weights.get(i), share, c.activities(),
                        c.activitiesWithData(), c.children()));
            }
            return new NodeScore(id, level, Fractions.divide(num, den, scale), ownWeight, null, activities, withData, out);
        }

        //-------------------------------------------------------------------
        /** Spending of an activity in a year: from the latest update in force by the period's end that reports that year. */
        private Map<FundingSourceKind, BigDecimal> spent(String activityId, int year) {
            List<Reported<StatusUpdate>> updates = history.statusUpdates(activityId);
            for (int i = updates.size() - 1; i >= 0; i--) {
                Reported<StatusUpdate> r = updates.get(i);
                if (r.reportPeriod().end().isAfter(end)) {
                    continue;
                }
                Map<FundingSourceKind, BigDecimal> bySource = null;
                for (Expenditure e : r.value().spent()) {
                    if (e.year() == year) {
                        if (bySource == null) {
                            bySource = new EnumMap<>(FundingSourceKind.class);
                        }
                        bySource.merge(e.source(), e.amount(), BigDecimal::add);
                    }
                }
                if (bySource != null) {
                    return bySource;
                }
            }
            return Map.of();
        }

        private List<BudgetLine> budget() {
            List<BudgetLine> lines = new ArrayList<>();
            int groups = facts.plan.goals().size();
            for (int year = facts.plan.firstYear(); year <= period.year(); year++) {
                BigDecimal[] planned = zeros(groups + 1);
                BigDecimal[] spent = zeros(groups + 1);
                int[] unquantified = new int[groups + 1];
                Map<FundingSourceKind, BigDecimal> plannedBySource = new EnumMap<>(FundingSourceKind.class);
                Map<FundingSourceKind, BigDecimal> spentBySource = new EnumMap<>(FundingSourceKind.class);
                Map<FundingSourceKind, Integer> unquantifiedBySource = new EnumMap<>(FundingSourceKind.class);
                for (ActivityFacts f : facts.activities) {
                    BigDecimal p = f.plannedByYear().get(year);
                    if (p == null) {
                        unquantified[f.group()]++;
                        unquantified[groups]++;
                    } else {
                        planned[f.group()] = planned[f.group()].add(p);
                        planned[groups] = planned[groups].add(p);
                    }
                    f.funding().getOrDefault(year, Map.of()).forEach((k, v) -> plannedBySource.merge(k, v, BigDecimal::add));
                    f.unquantifiedFunding().getOrDefault(year, Map.of())
                            .forEach((k, v) -> unquantifiedBySource.merge(k, v, Integer::sum));
                    for (Map.Entry<FundingSourceKind, BigDecimal> e : spent(f.activity().id(), year).entrySet()) {
                        spent[f.group()] = spent[f.group()].add(e.getValue());
                        spent[groups] = spent[groups].add(e.getValue());
                        spentBySource.merge(e.getKey(), e.getValue(), BigDecimal::add);
                    }
                }
                lines.add(line(year, null, null, planned[groups], spent[groups], unquantified[groups]));
                Set<FundingSourceKind> sources = new TreeSet<>(plannedBySource.keySet());
                sources.addAll(spentBySource.keySet());
                sources.addAll(unquantifiedBySource.keySet());
                for (FundingSourceKind k : sources) {
                    lines.add(line(year, k, null, plannedBySource.getOrDefault(k, BigDecimal.ZERO),
                            spentBySource.getOrDefault(k, BigDecimal.ZERO), unquantifiedBySource.getOrDefault(k, 0)));
                }
                for (int g = 0; g < groups; g++) {
                    lines.add(line(year, null, facts.plan.goals().get(g).id(), planned[g], spent[g], unquantified[g]));
                }
            }
            return lines;
        }

        private BudgetLine line(int year, FundingSourceKind source, String group, BigDecimal planned, BigDecimal spent,
                int unquantified) {
            return new BudgetLine(year, source, group, Checks.decimal(planned), Checks.decimal(spent),
                    Fractions.divide(spent, planned, scale), unquantified);
        }

        private BigDecimal[] zeros(int n) {
            BigDecimal[] a = new BigDecimal[n];
            java.util.Arrays.fill(a, BigDecimal.ZERO);
            return a;
        }

        //-------------------------------------------------------------------
        private List<InstitutionScorecard> institutions() {
            Map<String, List<Integer>> byLead = new TreeMap<>();
            List<Integer> noLead = new ArrayList<>();
            for (int i = 0; i < assessed.length; i++) {
                String lead = assessed[i].lead();
                (lead == null ? noLead : byLead.computeIfAbsent(lead, k -> new ArrayList<>())).add(i);
            }
            List<InstitutionScorecard> out = new ArrayList<>();
            byLead.forEach((lead, ids) -> out.add(scorecard(lead, ids)));
            if (!noLead.isEmpty()) {
                out.add(scorecard(null, noLead));
            }
            return out;
        }

        private InstitutionScorecard scorecard(String lead, List<Integer> ids) {
            ImplementationRate rate = implementation(0, 0, ids);
            int overdue = 0;
            BigDecimal planned = BigDecimal.ZERO;
            BigDecimal spent = BigDecimal.ZERO;
            for (int i : ids) {
                ActivityAssessment x = assessed[i];
                ActivityStatus s = x.status() == null ? null : x.status().value().status();
                if (x.timeliness() == Timeliness.OVERDUE
                        || x.timeliness() == Timeliness.DUE_IN_PERIOD && (s == null || !CLOSED.contains(s))) {
                    overdue++;
                }
                ActivityFacts f = facts.activities.get(i);
                BigDecimal p = f.plannedByYear().get(period.year());
                if (p != null) {
                    planned = planned.add(p);
                }
                for (BigDecimal v : spent(f.activity().id(), period.year()).values()) {
                    spent = spent.add(v);
                }
            }
            return new InstitutionScorecard(lead, rate.planned(), rate.achieved(), overdue, rate.rate(),
                    Checks.decimal(planned), Checks.decimal(spent), Fractions.divide(spent, planned, scale));
        }
    }
}

package org.actionplan.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.actionplan.core.monitoring.Measurement;
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

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
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
        int lastYear = plan.lastYear();
        for (CalendarPeriod p : list) {
            lastYear = Math.max(lastYear, p.year());
        }
        IndicatorScorer scorer = new IndicatorScorer(policy, history, LocalDate.of(plan.firstYear(), 1, 1));
        Facts facts = new Facts(plan, lastYear, history, scorer, policy.scale());
        List<PeriodScore> scores = new ArrayList<>(list.size());
        for (CalendarPeriod p : list) {
            scores.add(new PeriodRun(facts, scorer, p).run());
        }
        // the ids of every status update and measurement of every report (as the history's activityIds() and
        // indicatorIds()) that the plan does not know, sorted: only those are sorted
        TreeSet<String> unmatchedActivities = new TreeSet<>();
        TreeSet<String> unmatchedIndicators = new TreeSet<>();
        for (MonitoringReport r : history.reports()) {
            for (StatusUpdate u : r.statusUpdates()) {
                if (!facts.index.containsKey(u.activityId())) {
                    unmatchedActivities.add(u.activityId());
                }
            }
            for (Measurement m : r.measurements()) {
                if (!facts.indicatorIds.contains(m.indicatorId())) {
                    unmatchedIndicators.add(m.indicatorId());
                }
            }
        }
        return new Scorecard(plan.id(), policy, scores, List.copyOf(unmatchedActivities), List.copyOf(unmatchedIndicators));
    }

    //-----------------------------------------------------------------------
    /**
     * What is known of one activity before any period is scored: its place, schedule and costs (years are indexes
     * from the plan's first year), its status updates in force with the epoch days their reporting periods end, and
     * the roll-up score of each update once computed.
     */
    private record ActivityFacts(Activity activity, int group, int lead, Schedule schedule, BigDecimal plannedTotal,
            BigDecimal[] plannedByYear, BigDecimal[][] funding, int[][] unquantifiedFunding,
            List<Reported<StatusUpdate>> updates, long[] updateEnds, BigDecimal[] updateScores) {

        /** How many updates are in force by an epoch day (their reporting period ends on or before it). */
        int updatesBy(long day) {
            int n = updateEnds.length;
            while (n > 0 && updateEnds[n - 1] > day) {
                n--;
            }
            return n;
        }
    }

    /** The plan's planned amounts for each year, summed once: the same in every period. */
    private static final class PlannedBudget {
        final BigDecimal[][] byGroup;
        final int[][] unquantifiedByGroup;
        final BigDecimal[][] bySource;
        final int[][] unquantifiedBySource;
        final boolean[][] sourceSeen;
        final BigDecimal[][] byLead;

        PlannedBudget(int years, int groups, int sources, int leads) {
            byGroup = zeros(years, groups + 1);
            unquantifiedByGroup = new int[years][groups + 1];
            bySource = zeros(years, sources);
            unquantifiedBySource = new int[years][sources];
            sourceSeen = new boolean[years][sources];
            byLead = zeros(years, leads + 1);
        }

        void add(ActivityFacts f, int lead) {
            int g = f.group();
            for (int y = 0; y < byGroup.length; y++) {
                BigDecimal p = f.plannedByYear()[y];
                if (p == null) {
                    unquantifiedByGroup[y][g]++;
                } else {
                    byGroup[y][g] = byGroup[y][g].add(p);
                    byLead[y][lead] = byLead[y][lead].add(p);
                }
                if (f.funding() != null) {
                    BigDecimal[] row = f.funding()[y];
                    for (int k = 0; k < row.length; k++) {
                        if (row[k] != null) {
                            bySource[y][k] = bySource[y][k].add(row[k]);
                            sourceSeen[y][k] = true;
                        }
                    }
                }
                if (f.unquantifiedFunding() != null) {
                    int[] row = f.unquantifiedFunding()[y];
                    for (int k = 0; k < row.length; k++) {
                        if (row[k] > 0) {
                            unquantifiedBySource[y][k] += row[k];
                            sourceSeen[y][k] = true;
                        }
                    }
                }
            }
        }
    }

    private static BigDecimal[][] zeros(int rows, int columns) {
        BigDecimal[][] a = new BigDecimal[rows][columns];
        for (BigDecimal[] row : a) {
            Arrays.fill(row, BigDecimal.ZERO);
        }
        return a;
    }

    /** Copies the first rows of a table, each row copied. */
    private static BigDecimal[][] copy(BigDecimal[][] a, int rows) {
        BigDecimal[][] out = new BigDecimal[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    private static int[][] copy(int[][] a, int rows) {
        int[][] out = new int[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** The plan read once: activities in plan order, with their group, lead and costs. */
    private static final class Facts {
        static final FundingSourceKind[] SOURCES = FundingSourceKind.values();

        final Plan plan;
        final int firstYear;
        final int years;
        final List<ActivityFacts> activities = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();
        final Set<String> indicatorIds = new HashSet<>();
        final Map<Section, BigDecimal> sectionCost = new IdentityHashMap<>();
        /** The index of each section's first activity: its activities follow in order. */
        final Map<Section, Integer> firstActivity = new IdentityHashMap<>();
        /** For each activity, the index of the activity its id names (the last with that id). */
        final int[] byId;
        final List<String> leads;
        final boolean hasNoLead;
        final MonitoringHistory history;
        /** The indicators with targets in scoring order, their owners and whether a section owns them. */
        final List<IndicatorScorer.Prepared> indicators = new ArrayList<>();
        final List<String> owners = new ArrayList<>();
        final List<Boolean> sectionOwned = new ArrayList<>();
        final PlannedBudget budget;
        /** The lead of each activity in plan order (sections depth first, as {@link #collect} visits them). */
        private final List<String> activityLeads = new ArrayList<>();
        /** The first and last epoch days of the reporting periods seen, by identity (reports share them). */
        private final Map<CalendarPeriod, Long> periodEnds = new IdentityHashMap<>();
        final BigDecimal[] percents = new BigDecimal[101];

        Facts(Plan plan, int lastScoredYear, MonitoringHistory history, IndicatorScorer scorer, int scale) {
            this.plan = plan;
            this.history = history;
            this.firstYear = plan.firstYear();
            this.years = Math.max(plan.lastYear(), lastScoredYear) - firstYear + 1;
            TreeSet<String> leadNames = new TreeSet<>();
            plan.forEachSection(s -> s.activities().forEach(a -> {
                String l = leadOf(a);
                activityLeads.add(l);
                if (l != null) {
                    leadNames.add(l);
                }
            }));
            this.leads = List.copyOf(leadNames);
            Map<String, Integer> leadIndex = new HashMap<>();
            for (int i = 0; i < leads.size(); i++) {
                leadIndex.put(leads.get(i), i);
            }
            List<Section> goals = plan.goals();
            for (int g = 0; g < goals.size(); g++) {
                collect(goals.get(g), g, leadIndex);
            }
            this.byId = new int[activities.size()];
            boolean noLead = false;
            this.budget = new PlannedBudget(years, goals.size(), SOURCES.length, leads.size());
            for (int i = 0; i < byId.length; i++) {
                ActivityFacts f = activities.get(i);
                byId[i] = index.get(f.activity().id());
                noLead |= f.lead() < 0;
                budget.add(f, f.lead() < 0 ? leads.size() : f.lead());
            }
            this.hasNoLead = noLead;
            for (int p = 0; p <= 100; p++) {
                percents[p] = Fractions.round(BigDecimal.valueOf(p).movePointLeft(2), scale);
            }
            plan.forEachSection(s -> s.indicators().forEach(i -> indicatorIds.add(i.id())));
            plan.forEachActivity(a -> a.indicators().forEach(i -> indicatorIds.add(i.id())));
            plan.forEachSection(s -> {
                for (Indicator ind : s.indicators()) {
                    addIndicator(scorer, ind, s.id(), true);
                }
                for (Activity a : s.activities()) {
                    a.forEachInTree(x -> {
                        for (Indicator ind : x.indicators()) {
                            addIndicator(scorer, ind, x.id(), false);
                        }
                    });
                }
            });
        }

        private void addIndicator(IndicatorScorer scorer, Indicator indicator, String owner, boolean section) {
            if (!indicator.targets().isEmpty()) {
                indicators.add(scorer.prepare(indicator));
                owners.add(owner);
                sectionOwned.add(section);
            }
        }

        private static String leadOf(Activity a) {
            if (a.responsibility() == null) {
                return null;
            }
            Assignment l = a.responsibility().lead().orElse(null);
            return l == null ? null : l.institution() != null ? l.institution() : l.name();
        }

        private BigDecimal collect(Section section, int group, Map<String, Integer> leadIndex) {
            BigDecimal cost = BigDecimal.ZERO;
            firstActivity.put(section, activities.size());
            for (Activity a : section.activities()) {
                index.put(a.id(), activities.size());
                ActivityFacts f = facts(a, group, leadIndex);
                activities.add(f);
                if (f.plannedTotal() != null) {
                    cost = cost.add(f.plannedTotal());
                }
            }
            for (Section child : section.children()) {
                cost = cost.add(collect(child, group, leadIndex));
            }
            sectionCost.put(section, cost);
            return cost;
        }

        private int yearIndex(Integer year) {
            return year == null || year < firstYear || year - firstYear >= years ? -1 : year - firstYear;
        }

        private ActivityFacts facts(Activity a, int group, Map<String, Integer> leadIndex) {
            String lead = activityLeads.get(activities.size());
            BigDecimal total = null;
            BigDecimal[] byYear = new BigDecimal[years];
            BigDecimal[][] funding = null;
            int[][] unquantified = null;
            if (a.cost() != null) {
                total = a.cost().total();
                for (Map.Entry<Integer, YearCost> e : a.cost().years().entrySet()) {
                    int y = yearIndex(e.getKey());
                    if (y >= 0) {
                        byYear[y] = e.getValue().computedTotal();
                    }
                }
                for (FundingLine f : a.cost().funding()) {
                    int y = yearIndex(f.year());
                    if (y < 0) {
                        continue;
                    }
                    int k = f.source().ordinal();
                    if (f.amount() == null) {
                        unquantified = unquantified == null ? new int[years][SOURCES.length] : unquantified;
                        unquantified[y][k]++;
                    } else {
                        funding = funding == null ? new BigDecimal[years][SOURCES.length] : funding;
                        funding[y][k] = funding[y][k] == null ? f.amount() : funding[y][k].add(f.amount());
                    }
                }
            }
            List<Reported<StatusUpdate>> updates = history.statusUpdates(a.id());
            long[] ends = new long[updates.size()];
            for (int i = 0; i < ends.length; i++) {
                ends[i] = periodEnds.computeIfAbsent(updates.get(i).reportPeriod(), p -> p.end().toEpochDay());
            }
            return new ActivityFacts(a, group, lead == null ? -1 : leadIndex.get(lead),
                    Schedule.of(a, plan.firstYear(), plan.lastYear()), total, byYear, funding, unquantified,
                    updates, ends, new BigDecimal[updates.size()]);
        }
    }

    //-----------------------------------------------------------------------
    /** One period's scoring: one pass over the activities, then the roll-up and the indicators. */
    private final class PeriodRun {
        final Facts facts;
        final IndicatorScorer scorer;
        final CalendarPeriod period;
        final LocalDate start;
        final LocalDate end;
        final long startDay;
        final long endDay;
        final int scale;
        final ActivityAssessment[] assessed;
        final int years;
        final int groups;
        final int thisYear;
        // budget accumulators [year][group or all], [year][source]
        final BigDecimal[][] planned;
        final BigDecimal[][] spent;
        final int[][] unquantified;
        final BigDecimal[][] plannedBySource;
        final BigDecimal[][] spentBySource;
        final int[][] unquantifiedBySource;
        final boolean[][] sourceSeen;
        // per lead (last = no lead): planned count, counted, achieved, overdue, planned and spent this year
        final int[][] leadCounts;
        final BigDecimal[][] leadMoney;
        final BigDecimal[] statusScores;
        /** Whole percentages 0 to 100 as roll-up scores: {@code p / 100} rounded to the scale. */
        final BigDecimal[] percents;

        PeriodRun(Facts facts, IndicatorScorer scorer, CalendarPeriod period) {
            this.facts = facts;
            this.scorer = scorer;
            this.period = period;
            this.start = period.start();
            this.end = period.end();
            this.startDay = start.toEpochDay();
            this.endDay = end.toEpochDay();
            this.scale = policy.scale();
            this.assessed = new ActivityAssessment[facts.activities.size()];
            this.years = Math.max(0, period.year() - facts.firstYear + 1);
            this.groups = facts.plan.goals().size();
            this.thisYear = period.year() - facts.firstYear;
            int sources = Facts.SOURCES.length;
            PlannedBudget b = facts.budget;
            this.planned = copy(b.byGroup, years);
            this.spent = zeros(years, groups + 1);
            this.unquantified = copy(b.unquantifiedByGroup, years);
            this.plannedBySource = copy(b.bySource, years);
            this.spentBySource = zeros(years, sources);
            this.unquantifiedBySource = copy(b.unquantifiedBySource, years);
            this.sourceSeen = new boolean[years][];
            for (int y = 0; y < years; y++) {
                sourceSeen[y] = b.sourceSeen[y].clone();
            }
            this.leadCounts = new int[facts.leads.size() + 1][4];
            this.leadMoney = zeros(facts.leads.size() + 1, 2);
            if (years > 0) {
                for (int l = 0; l <= facts.leads.size(); l++) {
                    leadMoney[l][0] = b.byLead[thisYear][l];
                }
            }
            this.statusScores = new BigDecimal[ActivityStatus.values().length];
            for (ActivityStatus st : ActivityStatus.values()) {
                statusScores[st.ordinal()] = Fractions.round(policy.statusScores().get(st), scale);
            }
            this.percents = facts.percents;
        }

        PeriodScore run() {
            int[] totals = new int[5];
            BigDecimal[] cost = {BigDecimal.ZERO, BigDecimal.ZERO};
            int[] costUnquantified = new int[1];
            for (int i = 0; i < assessed.length; i++) {
                ActivityFacts f = facts.activities.get(i);
                int updates = f.updatesBy(endDay);
                ActivityAssessment x = assess(f, updates);
                assessed[i] = x;
                count(x, totals, cost, costUnquantified);
                int lead = f.lead() < 0 ? facts.leads.size() : f.lead();
                countLead(x, leadCounts[lead]);
                spending(f, updates, lead);
            }
            int counted = totals[1];
            int achieved = totals[2];
            ImplementationRate rate = new ImplementationRate(totals[0], counted, achieved, totals[3], totals[4],
                    Fractions.divide(achieved, counted, scale),
                    counted == 0 ? null : Fractions.sigmaPoints(achieved, counted),
                    counted == 0 ? null : Fractions.linearScore(achieved, counted, scale),
                    Checks.decimal(cost[0]), Checks.decimal(cost[1]), Fractions.divide(cost[1], cost[0], scale),
                    costUnquantified[0]);
            NodeScore root = rollUp();
            List<TargetAssessment> targets = new ArrayList<>(2 * facts.indicators.size());
            int[] fulfil = new int[3];
            for (int i = 0; i < facts.indicators.size(); i++) {
                List<TargetAssessment> list = scorer.assess(facts.indicators.get(i), facts.owners.get(i), startDay, endDay);
                targets.addAll(list);
                if (facts.sectionOwned.get(i)) {
                    for (TargetAssessment t : list) {
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
            }
            FulfilmentRate objectives = new FulfilmentRate(fulfil[0], fulfil[1], fulfil[2],
                    Fractions.divide(fulfil[1], fulfil[0] - fulfil[2], scale));
            return new PeriodScore(period, rate, objectives, root, List.of(assessed), targets, budgetLines(),
                    institutions());
        }

        private ActivityAssessment assess(ActivityFacts f, int updates) {
            Activity a = f.activity();
            Reported<StatusUpdate> status = updates == 0 ? null : f.updates().get(updates - 1);
            ActivityStatus s = status == null ? null : status.value().status();
            Timeliness timeliness = f.schedule().classify(startDay, endDay, s != null && CLOSED.contains(s));
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
            BigDecimal score = !inScope(inForce, timeliness, status != null) ? null
                    : status == null ? activityScore(null) : updateScore(f, updates - 1);
            return new ActivityAssessment(a.id(), timeliness, f.schedule().due(), inForce, status, sigma, score,
                    f.plannedTotal(), f.lead() < 0 ? null : facts.leads.get(f.lead()));
        }

        /** Whether an activity enters the roll-up: in force at the start and due by the end, or ongoing. */
        private boolean inScope(boolean inForce, Timeliness t, boolean reported) {
            return inForce && (t == Timeliness.DUE_IN_PERIOD || t == Timeliness.OVERDUE || t == Timeliness.CLOSED_EARLIER
                    || t == Timeliness.ONGOING || t == Timeliness.UNKNOWN && reported);
        }

        /** The roll-up score of an activity in scope with one of its updates, computed once per update. */
        private BigDecimal updateScore(ActivityFacts f, int update) {
            BigDecimal score = f.updateScores()[update];
            if (score == null) {
                score = activityScore(f.updates().get(update));
                f.updateScores()[update] = score;
            }
            return score;
        }

        /** The roll-up score of an activity in scope; null if no data. */
        private BigDecimal activityScore(Reported<StatusUpdate> status) {
            if (status == null) {
                return policy.missingStatus() == ScoringPolicy.MissingStatusRule.NOT_ACHIEVED
                        ? BigDecimal.ZERO.setScale(scale) : null;
            }
            StatusUpdate u = status.value();
            if (u.status() == ActivityStatus.CANCELLED && policy.cancelled() == ScoringPolicy.CancelledRule.EXCLUDED) {
                return null;
            }
            boolean partial = u.status() == ActivityStatus.IN_PROGRESS_ON_SCHEDULE
                    || u.status() == ActivityStatus.IN_PROGRESS_DELAYED || u.status() == ActivityStatus.PARTIALLY_COMPLETED;
            if (!partial || u.percentComplete() == null) {
                return statusScores[u.status().ordinal()];
            }
            BigDecimal pc = u.percentComplete();
            // a whole percentage rounds to the same value whatever its scale: take it from the table
            return pc.scale() == 0 && pc.signum() >= 0 && pc.compareTo(HUNDRED) <= 0 ? percents[pc.intValue()]
                    : Fractions.round(pc.movePointLeft(2), scale);
        }

        /** Adds one activity to the implementation counts: planned, counted, achieved, unreported, cancelled. */
        private void count(ActivityAssessment x, int[] totals, BigDecimal[] cost, int[] costUnquantified) {
            SigmaOutcome o = x.sigma();
            if (o == SigmaOutcome.NOT_PLANNED) {
                return;
            }
            totals[0]++;
            if (x.status() != null && x.status().value().status() == ActivityStatus.CANCELLED) {
                totals[4]++;
            }
            if (o == SigmaOutcome.UNREPORTED) {
                totals[3]++;
                return;
            }
            if (o == SigmaOutcome.CANCELLED) {
                return;
            }
            totals[1]++;
            if (o == SigmaOutcome.ACHIEVED) {
                totals[2]++;
            }
            if (x.plannedCost() == null) {
                costUnquantified[0]++;
            } else {
                cost[0] = cost[0].add(x.plannedCost());
                if (o == SigmaOutcome.ACHIEVED) {
                    cost[1] = cost[1].add(x.plannedCost());
                }
            }
        }

        /** Adds one activity to its lead's counts: due, counted, achieved, overdue. */
        private void countLead(ActivityAssessment x, int[] c) {
            SigmaOutcome o = x.sigma();
            if (o != SigmaOutcome.NOT_PLANNED) {
                c[0]++;
                if (o == SigmaOutcome.ACHIEVED || o == SigmaOutcome.NOT_ACHIEVED) {
                    c[1]++;
                }
                if (o == SigmaOutcome.ACHIEVED) {
                    c[2]++;
                }
            }
            if (x.overdue()) {
                c[3]++;
            }
        }

        //-------------------------------------------------------------------
        /**
         * Adds one activity's spent amounts for every year up to the period's (its planned amounts are summed
         * once, in {@link PlannedBudget}): spending of a year comes from the latest update in force by the period's
         * end that reports that year.
         */
        private void spending(ActivityFacts f, int updates, int lead) {
            if (updates == 0 || years == 0) {
                return;
            }
            int g = f.group();
            long all = years >= 64 ? -1L : (1L << years) - 1;
            long done = 0;
            for (int u = updates - 1; u >= 0 && done != all; u--) {
                long touched = 0;
                List<Expenditure> list = f.updates().get(u).value().spent();
                for (int x = 0; x < list.size(); x++) {
                    Expenditure e = list.get(x);
                    int y = e.year() - facts.firstYear;
                    if (y < 0 || y >= years || y >= 64 || (done & (1L << y)) != 0) {
                        continue;
                    }
                    touched |= 1L << y;
                    int k = e.source().ordinal();
                    spent[y][g] = spent[y][g].add(e.amount());
                    spentBySource[y][k] = spentBySource[y][k].add(e.amount());
                    sourceSeen[y][k] = true;
                    if (y == thisYear) {
                        leadMoney[lead][1] = leadMoney[lead][1].add(e.amount());
                    }
                }
                done |= touched;
            }
        }

        private List<BudgetLine> budgetLines() {
            List<BudgetLine> lines = new ArrayList<>();
            for (int y = 0; y < years; y++) {
                int year = facts.firstYear + y;
                for (int g = 0; g < groups; g++) {
                    planned[y][groups] = planned[y][groups].add(planned[y][g]);
                    spent[y][groups] = spent[y][groups].add(spent[y][g]);
                    unquantified[y][groups] += unquantified[y][g];
                }
                lines.add(line(year, null, null, planned[y][groups], spent[y][groups], unquantified[y][groups]));
                for (int k = 0; k < Facts.SOURCES.length; k++) {
                    if (sourceSeen[y][k]) {
                        lines.add(line(year, Facts.SOURCES[k], null, plannedBySource[y][k], spentBySource[y][k],
                                unquantifiedBySource[y][k]));
                    }
                }
                for (int g = 0; g < groups; g++) {
                    lines.add(line(year, null, facts.plan.goals().get(g).id(), planned[y][g], spent[y][g], unquantified[y][g]));
                }
            }
            return lines;
        }

        private BudgetLine line(int year, FundingSourceKind source, String group, BigDecimal plannedAmount,
                BigDecimal spentAmount, int unquantifiedCount) {
            return new BudgetLine(year, source, group, Checks.decimal(plannedAmount), Checks.decimal(spentAmount),
                    Fractions.divide(spentAmount, plannedAmount, scale), unquantifiedCount);
        }

        private List<InstitutionScorecard> institutions() {
            List<InstitutionScorecard> out = new ArrayList<>();
            for (int l = 0; l <= facts.leads.size(); l++) {
                int[] c = leadCounts[l];
                if (l == facts.leads.size() && !facts.hasNoLead) {
                    break;
                }
                BigDecimal p = leadMoney[l][0];
                BigDecimal s = leadMoney[l][1];
                out.add(new InstitutionScorecard(l < facts.leads.size() ? facts.leads.get(l) : null, c[0], c[2], c[3],
                        Fractions.divide(c[2], c[1], scale), Checks.decimal(p), Checks.decimal(s),
                        Fractions.divide(s, p, scale)));
            }
            return out;
        }


        //-------------------------------------------------------------------
        /** A node before its share among its siblings is known. */
        private final class Raw {
            final String id;
            final NodeScore.Level level;
            final BigDecimal score;
            final int activities;
            final int withData;
            final List<NodeScore> children;

            Raw(String id, NodeScore.Level level, BigDecimal score, int activities, int withData, List<NodeScore> children) {
                this.id = id;
                this.level = level;
                this.score = score;
                this.activities = activities;
                this.withData = withData;
                this.children = children;
            }
        }

        private NodeScore rollUp() {
            List<Raw> children = new ArrayList<>();
            List<BigDecimal> weights = new ArrayList<>();
            for (Section g : facts.plan.goals()) {
                children.add(section(g));
                weights.add(weight(g.weight(), facts.sectionCost.get(g)));
            }
            Raw plan = combine(facts.plan.id(), NodeScore.Level.PLAN, children, weights);
            return new NodeScore(plan.id, plan.level, plan.score, null, null, plan.activities, plan.withData, plan.children);
        }

        private Raw section(Section s) {
            List<Raw> children = new ArrayList<>(s.children().size() + s.activities().size());
            List<BigDecimal> weights = new ArrayList<>(s.children().size() + s.activities().size());
            for (Section c : s.children()) {
                children.add(section(c));
                weights.add(weight(c.weight(), facts.sectionCost.get(c)));
            }
            int first = facts.firstActivity.get(s);
            for (Activity a : s.activities()) {
                ActivityAssessment x = assessed[facts.byId[first++]];
                boolean counted = x.score() != null || inScope(x.inForceAtStart(), x.timeliness(), false);
                children.add(new Raw(a.id(), NodeScore.Level.ACTIVITY, x.score(), counted ? 1 : 0,
                        x.score() == null ? 0 : 1, List.of()));
                weights.add(weight(a.weight(), x.plannedCost()));
            }
            return combine(s.id(), NodeScore.Level.SECTION, children, weights);
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
        private Raw combine(String id, NodeScore.Level level, List<Raw> children, List<BigDecimal> weights) {
            BigDecimal num = BigDecimal.ZERO;
            BigDecimal den = BigDecimal.ZERO;
            int activities = 0;
            int withData = 0;
            boolean[] counts = new boolean[children.size()];
            for (int i = 0; i < children.size(); i++) {
                Raw c = children.get(i);
                activities += c.activities;
                withData += c.withData;
                BigDecimal score = c.score != null ? c.score
                        : policy.noDataAsZero() && c.activities > 0 ? BigDecimal.ZERO : null;
                if (score != null) {
                    counts[i] = true;
                    num = num.add(weights.get(i).multiply(score));
                    den = den.add(weights.get(i));
                }
            }
            NodeScore[] out = new NodeScore[children.size()];
            BigDecimal lastWeight = null;
            BigDecimal lastShare = null;
            for (int i = 0; i < out.length; i++) {
                Raw c = children.get(i);
                BigDecimal share = null;
                if (counts[i]) {
                    if (!weights.get(i).equals(lastWeight)) {
                        lastWeight = weights.get(i);
                        lastShare = Fractions.divide(lastWeight, den, scale);
                    }
                    share = lastShare;
                }
                out[i] = new NodeScore(c.id, c.level, c.score, weights.get(i), share, c.activities, c.withData, c.children);
            }
            return new Raw(id, level, Fractions.divide(num, den, scale), activities, withData, Arrays.asList(out));
        }
    }
}

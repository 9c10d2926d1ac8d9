package org.actionplan.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.actionplan.core.Activity;
import org.actionplan.core.Plan;
import org.actionplan.core.Section;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.core.time.Precision;
import org.actionplan.core.time.Timeframe;
import org.actionplan.reporting.Block;
import org.actionplan.reporting.Chart;
import org.actionplan.reporting.Report;
import org.actionplan.reporting.ReportOptions;
import org.actionplan.reporting.ReportSection;

/**
 * Builds the timeline: every activity's timeframes as Gantt tasks on a year and quarter axis, one chart per
 * top-level goal.
 * <p>
 * How a timeframe is drawn: a dated one from the start of its first period to the end of its last, exact when
 * both ends are years, halves, quarters or months and fuzzy when an end is only a part of a year ("mid 2009") or
 * a season; a deadline without a start runs fuzzy from the plan's start; an open-ended one runs to the end of
 * the axis; "ongoing" and recurring ones span the plan period, hatched; unparsed or missing timeframes are not
 * placed and are listed with their text. The axis is the plan period, widened to any task outside it.
 */
public final class TimelineBuilder {

    private TimelineBuilder() {
    }

    /**
     * Builds the report.
     *
     * @param plan  the plan, not null
     * @param options  the options, not null
     * @return the report, never null
     */
    public static Report build(Plan plan, ReportOptions options) {
        Context cx = new Context(plan, options);
        LocalDate planStart = LocalDate.of(plan.firstYear(), 1, 1);
        LocalDate planEnd = LocalDate.of(plan.lastYear(), 12, 31);
        List<ReportSection> sections = new ArrayList<>();
        int index = 0;
        for (Section goal : plan.goals()) {
            index++;
            List<Chart.Task> tasks = new ArrayList<>();
            LocalDate[] axis = {planStart, planEnd};
            goal.forEachActivity(a -> tasks(cx, a, planStart, planEnd, tasks, axis));
            int placed = 0;
            int ongoing = 0;
            int unplaced = 0;
            for (Chart.Task t : tasks) {
                switch (t.style()) {
                    case UNPLACED -> unplaced++;
                    case ONGOING -> ongoing++;
                    default -> placed++;
                }
            }
            String heading = cx.heading(goal);
            Chart.Gantt gantt = new Chart.Gantt("timeline-" + index, heading,
                    cx.label("timeline.description", tasks.size(), placed, ongoing, unplaced,
                            axis[0].getYear(), axis[1].getYear()),
                    cx.label("timeline.timeAxis"), cx.label("col.activity"), axis[0], axis[1], tasks);
            sections.add(ReportSection.of(heading, gantt));
        }
        if (sections.isEmpty()) {
            sections.add(ReportSection.of(cx.label("timeline.title"),
                    new Block.Notice(Block.NoticeKind.INFO, cx.label("actionPlan.empty"))));
        }
        return new Report("timeline", cx.label("timeline.title"), cx.best(plan.title()), cx.language(), sections);
    }

    private static void tasks(Context cx, Activity a, LocalDate planStart, LocalDate planEnd, List<Chart.Task> tasks,
            LocalDate[] axis) {
        String label = cx.label(a);
        if (a.timeframes().isEmpty()) {
            tasks.add(new Chart.Task(label, null, null, Chart.TaskStyle.UNPLACED, cx.label("timeline.none")));
            return;
        }
        for (Timeframe tf : a.timeframes()) {
            Chart.Task task;
            if (tf instanceof Timeframe.Dated d) {
                LocalDate start = d.start() == null ? planStart : d.start().start();
                LocalDate end = d.end() == null ? max(planEnd, start) : d.end().end();
                Chart.TaskStyle style = d.end() == null ? Chart.TaskStyle.OPEN
                        : d.start() == null || fuzzy(d.start()) || fuzzy(d.end()) ? Chart.TaskStyle.FUZZY
                        : Chart.TaskStyle.EXACT;
                if (end.isBefore(start)) {
                    task = new Chart.Task(label, null, null, Chart.TaskStyle.UNPLACED, tf.text());
                } else {
                    task = new Chart.Task(label, start, end, style, tf.text());
                    axis[0] = start.isBefore(axis[0]) ? start.withDayOfYear(1) : axis[0];
                    axis[1] = end.isAfter(axis[1]) ? LocalDate.of(end.getYear(), 12, 31) : axis[1];
                }
            } else if (tf instanceof Timeframe.Ongoing || tf instanceof Timeframe.Recurring) {
                task = new Chart.Task(label, planStart, planEnd, Chart.TaskStyle.ONGOING, tf.text());
            } else {
                task = new Chart.Task(label, null, null, Chart.TaskStyle.UNPLACED, tf.text());
            }
            tasks.add(task);
        }
    }

    private static boolean fuzzy(CalendarPeriod p) {
        return p != null && (p.precision() == Precision.PART || p.precision() == Precision.SEASON);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

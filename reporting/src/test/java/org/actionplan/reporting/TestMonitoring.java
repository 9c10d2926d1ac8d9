package org.actionplan.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.Plan;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.monitoring.ActivityStatus;
import org.actionplan.core.monitoring.Expenditure;
import org.actionplan.core.monitoring.Measurement;
import org.actionplan.core.monitoring.MonitoringHistory;
import org.actionplan.core.monitoring.MonitoringReport;
import org.actionplan.core.monitoring.StatusUpdate;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.time.CalendarPeriod;
import org.actionplan.scoring.PeriodScore;
import org.actionplan.scoring.ScoringEngine;

/** An illustrative monitoring history of the small test plan for 2025, and its score. */
final class TestMonitoring {

    private TestMonitoring() {
    }

    static MonitoringHistory history(String comment) {
        MonitoringReport report = MonitoringReport.builder("r-2025", "test", CalendarPeriod.year(2025), LocalDate.of(2026, 1, 31))
                .illustrative("invented for the reporting tests").currency(org.actionplan.core.money.Money.currency("ALL"))
                .status(new StatusUpdate("a-1-1-1", ActivityStatus.COMPLETED, new BigDecimal("100"),
                        List.of(Expenditure.of(FundingSourceKind.STATE_BUDGET_MTBP, 2025, "450000")), List.of(),
                        LocalizedText.of("sq", comment)))
                .status(StatusUpdate.of("a-2-1-1", ActivityStatus.IN_PROGRESS_DELAYED))
                .measurement(Measurement.of("ind-1", CalendarPeriod.year(2024), new IndicatorValue.NumberValue(new BigDecimal("58"))))
                .build();
        return MonitoringHistory.of(List.of(report));
    }

    static PeriodScore score(Plan plan, MonitoringHistory history) {
        return ScoringEngine.withDefaults().score(plan, history, CalendarPeriod.year(2025));
    }

    static Report progress(Plan plan, ReportOptions options, String comment) {
        MonitoringHistory history = history(comment);
        return Reports.progress(plan, history, score(plan, history), options);
    }
}

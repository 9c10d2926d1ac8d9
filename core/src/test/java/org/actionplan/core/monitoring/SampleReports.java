package org.actionplan.core.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.actionplan.core.LocalizedText;
import org.actionplan.core.indicator.IndicatorValue;
import org.actionplan.core.money.FundingSourceKind;
import org.actionplan.core.money.Money;
import org.actionplan.core.time.CalendarPeriod;

/** Hand-built monitoring reports on {@code SamplePlans.small()}, shared by the monitoring tests. */
final class SampleReports {

    private SampleReports() {
    }

    /** A half-year report using every construct of the format. */
    static MonitoringReport halfYear() {
        return MonitoringReport.builder("r-2024H1", "sample", CalendarPeriod.half(2024, 1), LocalDate.of(2024, 7, 15))
                .reportingInstitution("MB")
                .currency(Money.currency("ALL"))
                .illustrative("invented for the tests")
                .status(new StatusUpdate("1.1.1.1", ActivityStatus.IN_PROGRESS_ON_SCHEDULE, new BigDecimal("40"),
                        List.of(Expenditure.of(FundingSourceKind.STATE_BUDGET_MTBP, 2024, "150000.50"),
                                Expenditure.of(FundingSourceKind.FOREIGN, 2024, "20000")),
                        List.of("Shkresa nr. 123"), LocalizedText.sqEn("Studimi ka filluar", "The study has started")))
                .status(StatusUpdate.of("1.1.1.2", ActivityStatus.NOT_STARTED))
                .measurement(new Measurement("ind-1", CalendarPeriod.half(2024, 1),
                        new IndicatorValue.NumberValue(new BigDecimal("27")), "Prokuroria", null, null))
                .measurement(new Measurement("ind-1", CalendarPeriod.half(2024, 1),
                        new IndicatorValue.NumberValue(new BigDecimal("12")), null,
                        new TreeMap<>(Map.of("sex", "F", "age", "0-17")), "vajza"))
                .measurement(Measurement.of("ind-2", CalendarPeriod.quarter(2024, 2),
                        new IndicatorValue.RatioValue(new BigDecimal("3"), new BigDecimal("8"))))
                .narrative(LocalizedText.of("sq", "Raport gjashtëmujor"))
                .build();
    }
}

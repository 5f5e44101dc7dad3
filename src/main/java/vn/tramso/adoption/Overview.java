package vn.tramso.adoption;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a dashboard shows for a place and period.
 *
 * @param previous  the same figures for the period before, for the biggest movers
 * @param children  each commune of a province or village of a commune, with its figures; none for a village
 * @param trend     the last 12 months, each with its own figures
 * @param targets   this year's target per indicator, where one is set for the place
 * @param dataAsOf  when the summaries last read the raw records, or null before the first refresh
 */
public record Overview(Area area, Period period, Figures figures, Figures previous, List<Child> children,
                       Map<LocalDate, Figures> trend, Map<Indicator, Double> targets, LocalDateTime dataAsOf) {

    public record Child(Area area, Figures figures, Figures previous) {
    }

    /** How the figure stands against its target, or null without one (or without a value). */
    public TargetStatus status(Indicator indicator) {
        return TargetStatus.of(indicator, indicator.of(figures).value(), targets.get(indicator));
    }
}

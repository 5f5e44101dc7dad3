package vn.tramso.adoption;

/**
 * A figure against its target: on track when it meets it, at risk when within a tenth of it
 * (10 percentage points for shares), behind otherwise. For a figure where lower is better (no-shows,
 * silent villages) the comparison turns round.
 */
public enum TargetStatus {
    ON_TRACK, AT_RISK, BEHIND;

    static TargetStatus of(Indicator indicator, Double value, Double target) {
        if (value == null || target == null) {
            return null;
        }
        double margin = indicator.unit() == Indicator.Unit.PERCENT ? 10 : Math.abs(target) / 10;
        double gap = indicator.higherIsBetter() ? target - value : value - target;
        if (gap <= 1e-9) {
            return ON_TRACK;
        }
        return gap <= margin ? AT_RISK : BEHIND;
    }

    public String labelKey() {
        return "target." + name().toLowerCase().replace('_', '-');
    }
}

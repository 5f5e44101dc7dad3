package vn.tramso.usage.ui;

import java.time.LocalDate;

/** The periods the usage screen offers, as days from {@link #from} to {@link #to} (exclusive). */
enum UsagePeriod {
    THIS_MONTH, LAST_MONTH, LAST_3_MONTHS, THIS_YEAR;

    LocalDate from(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_MONTH -> today.withDayOfMonth(1).minusMonths(1);
            case LAST_3_MONTHS -> today.withDayOfMonth(1).minusMonths(2);
            case THIS_YEAR -> today.withDayOfYear(1);
        };
    }

    LocalDate to(LocalDate today) {
        return this == LAST_MONTH ? today.withDayOfMonth(1) : today.plusDays(1);
    }

    String key() {
        return name().toLowerCase().replace('_', '-');
    }

    String labelKey() {
        return "usage.period." + key();
    }

    static UsagePeriod ofKey(String key) {
        for (UsagePeriod p : values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return THIS_MONTH;
    }
}

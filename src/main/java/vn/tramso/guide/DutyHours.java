package vn.tramso.guide;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/** A weekly window in which volunteers are on duty at the cultural house. */
public record DutyHours(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    public DutyHours {
        days = Set.copyOf(days);
    }

    public boolean covers(LocalDateTime time) {
        LocalTime t = time.toLocalTime();
        return days.contains(time.getDayOfWeek()) && !t.isBefore(from) && t.isBefore(to);
    }
}

package vn.tramso.concern;

import java.time.LocalDateTime;

/** One entry of a concern's journal: a change of status, by whom ({@code null}: the kiosk), with a note. */
public record ConcernEvent(LocalDateTime at, String by, ConcernStatus from, ConcernStatus to, String note) {
}

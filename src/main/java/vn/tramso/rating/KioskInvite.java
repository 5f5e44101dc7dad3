package vn.tramso.rating;

import java.time.LocalDateTime;

/**
 * A volunteer's invitation, shown on the village's kiosk, to rate the help just logged.
 *
 * @param ticketNumber the ticket the resident holds, when the help came from the queue
 */
public record KioskInvite(long id, Integer ticketNumber, LocalDateTime helpedAt) {
}

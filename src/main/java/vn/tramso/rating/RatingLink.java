package vn.tramso.rating;

import java.time.LocalDateTime;

/**
 * A stored rating link: for the help on one booking, or on one help session.
 *
 * @param atKiosk  a volunteer's invitation shown on the village's kiosk
 * @param handOver the volunteer's own device handed to the resident
 * @param issuedBy the staff account that made it, for audit only; null for a ticket's link made at the kiosk
 */
record RatingLink(long id, long villageId, Long bookingId, Long sessionId, boolean atKiosk, boolean handOver, Long issuedBy,
                  LocalDateTime expiresAt, LocalDateTime usedAt) {
}

package vn.tramso.rating;

import java.time.LocalDateTime;

/** A stored rating link: for the help on one booking, or on one help session. */
record RatingLink(long id, long villageId, Long bookingId, Long sessionId, boolean atKiosk, LocalDateTime expiresAt,
                  LocalDateTime usedAt) {
}

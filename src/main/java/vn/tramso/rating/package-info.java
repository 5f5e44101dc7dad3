/**
 * Residents' satisfaction: one concrete question ("did you get done what you came for today?") and
 * a 1–5 faces rating, with reasons and a short text only after a low score. Asked on the
 * volunteer's device handed over, on the village's kiosk, or on the resident's own phone through a
 * single-use link (the QR on the ticket and on the session receipt); the kiosk also shows a public
 * QR to rate the cultural house in general. Only the volunteer who logged a session offers its
 * rating, within {@link Ratings#OFFER_WINDOW}. Each answer keeps its channel and no name; a
 * volunteer's average counts only answers residents gave alone, from {@link Ratings#MIN_FOR_AVERAGE}.
 * Booking and helpsession depend on this feature, so it asks them about bookings and sessions
 * through interfaces they implement ({@link RatedBookings}, {@link RatedSessions};
 * docs/decisions/011-calls-and-events-between-features.md).
 */
package vn.tramso.rating;

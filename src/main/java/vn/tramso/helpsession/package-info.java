/**
 * Help sessions: what a volunteer's help achieved (topics with their outcome and why not, autonomy
 * reached, referral, the person or group), logged in a few taps from the queue or from scratch,
 * kept apart from the booking so it outlives the booking's retention, edited within a day by its
 * volunteer and afterwards by a leader with a reason, never really deleted, every change kept. A
 * session's outcome updates the member's digital status, and a session from the queue marks its
 * booking helped: direct calls in the session's transaction ({@code SessionEffects}). Rating asks
 * about sessions through {@link vn.tramso.rating.RatedSessions}, which this feature implements
 * (docs/decisions/011-calls-and-events-between-features.md).
 */
package vn.tramso.helpsession;

/**
 * Help sessions: what a volunteer's help achieved (topics with their outcome and why not, autonomy
 * reached, referral, the person or group), logged in a few taps from the queue or from scratch,
 * kept apart from the booking so it outlives the booking's retention, edited within a day by its
 * volunteer and afterwards by a leader with a reason, never really deleted, every change kept. A
 * session's outcome updates the member's digital status.
 */
package vn.tramso.helpsession;

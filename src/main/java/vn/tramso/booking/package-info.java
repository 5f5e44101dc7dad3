/**
 * Booking help from the village's digital team: the duty schedule, appointments and walk-ins,
 * the day's queue, tickets and reminders.
 */
package vn.tramso.booking;

/**
 * Places after the 2025 reform (province → commune → village with its cultural house) and the
 * kiosks standing in them: which browsers are enrolled as kiosks, their one-time enrolment codes
 * and device credentials, and the gate that keeps every other browser off the kiosk screens.
 */
package vn.tramso.place;

/**
 * Scam alerts: published by a commune leader (or a province admin for many communes) for a period,
 * shown in large type on the attract and home screens of every kiosk of those communes within
 * seconds (server push), and gone when they expire or are withdrawn.
 */
package vn.tramso.alert;

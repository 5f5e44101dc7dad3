/**
 * Guides for residents: content loaded and validated from kiosk-config (kiosk settings, guide
 * files, illustrations), and the kiosk screens that walk a resident through a guide; and the plain
 * offline copy of each kiosk's guides that its service worker keeps for when the server cannot be
 * reached ({@link vn.tramso.guide.OfflineGuides}, issue 24).
 */
package vn.tramso.guide;

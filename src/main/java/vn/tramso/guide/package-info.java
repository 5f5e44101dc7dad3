/**
 * Guides for residents: content loaded and validated from kiosk-config (kiosk settings, guide
 * files, illustrations), and the kiosk screens that walk a resident through a guide.
 */
package vn.tramso.guide;

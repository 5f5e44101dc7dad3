/**
 * Places after the 2025 reform (province → commune → village with its cultural house), the
 * kiosks standing in them, and the admin's screen (kiosk-config reload, kiosks).
 */
package vn.tramso.admin;

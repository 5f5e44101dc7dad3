/** Shared, small: localized text, QR codes (ZXing), the clock, the embedded database, security. */
package vn.tramso.base;

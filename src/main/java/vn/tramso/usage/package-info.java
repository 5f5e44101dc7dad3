/**
 * Kiosk usage, anonymous (issue 24: where residents get stuck): what a visit at a kiosk did (guide
 * opened, each step reached, finished, QR code shown, help asked, "Nghe" played, left at a step),
 * recorded by the live kiosk screens ({@link vn.tramso.usage.KioskVisits}) or sent later by an
 * offline kiosk page ({@code POST /kiosk/<kiosk>/usage}, {@link vn.tramso.usage.KioskUsage}); daily
 * summaries per village, guide and step ({@link vn.tramso.usage.UsageSummaries}), read by the
 * funnel screen ({@link vn.tramso.usage.Funnels}) and, for two indicators, by adoption through
 * {@link vn.tramso.usage.UsageFigures}. Guide content is asked through {@link vn.tramso.usage.UsageGuides},
 * which guide implements (guide depends on this feature; docs/decisions/011). What is kept and for
 * how long: docs/security.md ("Kiosk usage").
 */
package vn.tramso.usage;

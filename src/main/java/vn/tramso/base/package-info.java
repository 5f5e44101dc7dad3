/**
 * Shared, small, and depending on no feature: topics, localized text, date formats, QR codes,
 * camera frames, quotas, the clock, the database's edges ({@code base.db}: the embedded database,
 * outages, retries of writes that lost a conflict), security (signed-in staff, roles) and the
 * frames of screens shared by many features ({@code base.ui}: the kiosk screen, the staff layout).
 * Every feature may use all of it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.tramso.base;

import org.springframework.modulith.ApplicationModule;

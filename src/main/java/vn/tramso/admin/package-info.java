/** The admin's screen for kiosk-config: reload the guides and kiosk settings without a restart. */
package vn.tramso.admin;

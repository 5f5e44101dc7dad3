package vn.tramso.place;

/** A kiosk as the admin sees it in the list of kiosks. */
public record KioskOverview(String code, String culturalHouse, String communeName, String provinceName, boolean active) {
}

package vn.tramso.place;

/** Where a kiosk stands: its village's cultural house, commune and province. */
public record KioskPlace(String kioskCode, String villageCode, String villageName, String culturalHouse,
                         String communeName, String provinceName) {
}

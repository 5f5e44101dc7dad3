package vn.tramso.place;

/**
 * An enrolled, unrevoked browser of an active kiosk: what lets a kiosk screen open and a
 * booking be made from it.
 */
public record KioskAccess(long deviceId, long kioskId, String kioskCode, long villageId) {
}

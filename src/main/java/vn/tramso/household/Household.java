package vn.tramso.household;

import java.time.LocalDate;

/**
 * A household of a village.
 *
 * @param code        its code in the village's register (mã hộ), unique in the village
 * @param hamlet      the hamlet or group (xóm, tổ) inside the village
 * @param lastVisitOn the day of the last help session with one of its members
 */
public record Household(long id, long villageId, String code, String headName, String hamlet, String addressLine,
                        LocalDate lastVisitOn) {
}

package vn.tramso.household;

/**
 * A household as a volunteer enters it.
 *
 * @param code the code in the village's register (mã hộ); letters, digits and dashes
 */
public record HouseholdDetails(String code, String headName, String hamlet, String addressLine) {
}

package vn.tramso.household;

/**
 * A member as a volunteer enters them: only what the purpose needs.
 *
 * @param birthYear {@code null} when unknown; then {@code adult} says whether they are 14 or older
 * @param phone     optional, a Vietnamese mobile number
 */
public record MemberDetails(String fullName, Integer birthYear, boolean adult, Gender gender, String phone) {
}

package vn.tramso.household;

/** A member as a help session's form offers them: enough to tell two people of the same name apart. */
public record MemberChoice(long id, String fullName, Integer birthYear, String householdCode, String hamlet) {
}

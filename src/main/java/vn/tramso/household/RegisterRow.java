package vn.tramso.household;

import java.util.Objects;

/**
 * One row of the household file, read: a member and their household, as a village's register
 * lists them. Households are matched by village and code, members by name and birth year in their
 * household.
 */
record RegisterRow(long villageId, String code, String head, String hamlet, String address, String name, Integer birthYear,
                   Gender gender, String phone) {

    HouseholdKey household() {
        return new HouseholdKey(villageId, code);
    }

    MemberKey member() {
        return new MemberKey(villageId, code, name, birthYear);
    }

    boolean sameHousehold(RegisterRow other) {
        return Objects.equals(head, other.head) && Objects.equals(hamlet, other.hamlet) && Objects.equals(address, other.address);
    }

    boolean sameMember(RegisterRow other) {
        return gender == other.gender && Objects.equals(phone, other.phone);
    }

    record HouseholdKey(long villageId, String code) {
    }

    record MemberKey(long villageId, String code, String name, Integer birthYear) {
    }
}

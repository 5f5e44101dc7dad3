package vn.tramso.household;

import java.util.Map;

/**
 * A member of a household with their current digital status.
 *
 * @param adult  14 or older on record (VNeID is for 14+); kept when the rest is erased
 * @param erased the member's own data was erased on request: name, birth year and phone are gone
 * @param facts  the current value of each fact recorded for them
 */
public record Member(long id, long householdId, String fullName, Integer birthYear, boolean adult, Gender gender,
                     String phone, boolean erased, Map<Fact, Integer> facts) {

    public Member {
        facts = Map.copyOf(facts);
    }

    public int fact(Fact fact) {
        return facts.getOrDefault(fact, 0);
    }

    public boolean hasAllBasicSkills() {
        return Fact.BASIC_SKILLS.stream().allMatch(f -> fact(f) == 1);
    }
}

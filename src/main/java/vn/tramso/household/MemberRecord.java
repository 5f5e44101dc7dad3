package vn.tramso.household;

import java.util.List;

/**
 * Everything kept about a member, as shown to them on request (PDP Law 91/2025): their details,
 * their household and every fact recorded about them.
 */
public record MemberRecord(Member member, Household household, String villageName, List<FactRecord> facts) {

    public MemberRecord {
        facts = List.copyOf(facts);
    }
}

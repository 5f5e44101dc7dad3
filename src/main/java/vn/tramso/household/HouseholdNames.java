package vn.tramso.household;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features' lists show of a household or a member they point at: a help session's
 * member, a concern's household. They keep the ids and ask here, one call per list, instead of
 * joining household's tables (docs/decisions/010-one-owner-per-table.md). Only names and codes:
 * the asker has already checked the place of the records that point at them.
 */
@Service
@Transactional(readOnly = true)
public class HouseholdNames {

    private final HouseholdStore households;
    private final MemberStore members;

    HouseholdNames(HouseholdStore households, MemberStore members) {
        this.households = households;
        this.members = members;
    }

    /** The names of these members by id; an erased member has none and is left out. */
    public Map<Long, String> members(Collection<Long> memberIds) {
        return members.names(memberIds.stream().filter(Objects::nonNull).distinct().toList());
    }

    /** The codes of these households by id. */
    public Map<Long, String> codes(Collection<Long> householdIds) {
        return households.codes(householdIds.stream().filter(Objects::nonNull).distinct().toList());
    }
}

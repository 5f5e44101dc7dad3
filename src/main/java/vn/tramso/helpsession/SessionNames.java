package vn.tramso.helpsession;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.tramso.account.StaffDirectory;
import vn.tramso.household.HouseholdNames;

/**
 * The names on sessions and their journal: a session keeps its volunteer's account id and its
 * member's id, and the names come from account and household, one call each per list
 * (docs/decisions/010-one-owner-per-table.md).
 */
@Component
class SessionNames {

    private final StaffDirectory staff;
    private final HouseholdNames households;

    SessionNames(StaffDirectory staff, HouseholdNames households) {
        this.staff = staff;
        this.households = households;
    }

    List<HelpSession> sessions(List<HelpSession> sessions) {
        if (sessions.isEmpty()) {
            return sessions;
        }
        Map<Long, String> volunteers = staff.names(sessions.stream().map(HelpSession::volunteerId).toList());
        Map<Long, String> members = households.members(sessions.stream().map(HelpSession::memberId).filter(Objects::nonNull).toList());
        return sessions.stream().map(s -> s.named(volunteers, members)).toList();
    }

    List<SessionChange> changes(List<SessionChange> changes) {
        Map<Long, String> names = staff.names(changes.stream().map(SessionChange::changedById).toList());
        return changes.stream().map(c -> c.named(names)).toList();
    }
}

package vn.tramso.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts as other features show them: who logged a session, recorded a concern, looks
 * after a household. Those features keep account ids and ask here for the names, a whole list's in
 * one call, instead of joining {@code user_account} (docs/decisions/010-one-owner-per-table.md). A
 * staff member's name is shown on records the asker already checked the place of, so this checks none.
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final AccountStore store;

    StaffDirectory(AccountStore store) {
        this.store = store;
    }

    /**
     * The display names of these accounts, in one query, iterated in the order the database sorts
     * names (a list sorted by volunteer keeps the order its SQL gave it); an unknown id is left out.
     */
    public Map<Long, String> names(Collection<Long> accountIds) {
        return store.names(accountIds.stream().filter(Objects::nonNull).distinct().toList());
    }

    /** The village's enabled volunteer accounts, by name: its "1+10" team. */
    public List<StaffName> volunteersOf(long villageId) {
        return store.volunteersOf(villageId);
    }

    /** Whether the account is an enabled volunteer of the village. */
    public boolean isVolunteerOf(long accountId, long villageId) {
        return store.volunteerOf(accountId, villageId);
    }
}

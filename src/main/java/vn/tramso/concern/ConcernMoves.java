package vn.tramso.concern;

import static vn.tramso.concern.ConcernRefusedException.Reason.CHANGED_MEANWHILE;
import static vn.tramso.concern.ConcernRefusedException.Reason.NOT_ALLOWED_NOW;
import static vn.tramso.concern.ConcernRefusedException.Reason.TOO_MANY;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import vn.tramso.base.QuotaStore;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.Village;

/**
 * How a concern is written: added with the due time of its commune for its category, then moved
 * from status to status, each move a guarded update from the status it was read in, appended to the
 * journal in the same transaction (the caller's).
 */
@Component
class ConcernMoves {

    private final ConcernStore store;
    private final ConcernDueDays dueDays;
    private final QuotaStore quotas;
    private final Clock clock;

    ConcernMoves(ConcernStore store, ConcernDueDays dueDays, QuotaStore quotas, Clock clock) {
        this.store = store;
        this.dueDays = dueDays;
        this.quotas = quotas;
        this.clock = clock;
    }

    /** Adds a concern, already checked, recorded by {@code by} ({@code null}: the kiosk); returns its id. */
    long add(NewConcern c, Village village, Long by) {
        LocalDateTime now = now();
        LocalDateTime due = now.plusDays(dueDays.of(village.communeId()).get(c.category()));
        long id = store.insert(c, by, due, now);
        store.event(id, now, by, null, ConcernStatus.NEW, null);
        return id;
    }

    /**
     * Adds a concern typed at a kiosk, already checked, and forwards it to the commune at once (nobody
     * of the team heard it to forward it): at most {@link Concerns#KIOSK_PER_HOUR} an hour per kiosk.
     */
    long addFromKiosk(NewConcern c, Village village, long kioskId) {
        if (!quotas.take("kiosk-concerns", String.valueOf(kioskId), now().withMinute(0).withSecond(0), Concerns.KIOSK_PER_HOUR)) {
            throw new ConcernRefusedException(TOO_MANY);
        }
        long id = add(c, village, null);
        store.move(id, ConcernStatus.NEW, ConcernStatus.FORWARDED, ConcernStore.Changes.NONE);
        store.event(id, now(), null, ConcernStatus.NEW, ConcernStatus.FORWARDED, null);
        return id;
    }

    /**
     * Moves the concern, as it was read, to another status by the signed-in staff member.
     *
     * @throws ConcernRefusedException when its status does not lead there, or someone moved it meanwhile
     */
    void move(Concern c, ConcernStatus to, ConcernStore.Changes changes, String note) {
        if (!c.status().next().contains(to)) {
            throw new ConcernRefusedException(NOT_ALLOWED_NOW);
        }
        if (!store.move(c.id(), c.status(), to, changes)) {
            throw new ConcernRefusedException(CHANGED_MEANWHILE);
        }
        store.event(c.id(), now(), StaffUser.require().id(), c.status(), to, note);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}

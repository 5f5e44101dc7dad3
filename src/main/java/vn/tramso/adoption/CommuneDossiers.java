package vn.tramso.adoption;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.PlaceLevel;

/**
 * The commune's own administrative dossiers per month, entered by its leader (or the province)
 * from the commune's records: how many it received and how many of those online. They feed
 * {@link Indicator#COMMUNE_DOSSIERS_ONLINE}, summed over months and communes before dividing.
 */
@Service
public class CommuneDossiers {

    /** A month's figures as entered. */
    public record Month(int received, int online) {
    }

    static final int MAX = 1_000_000;

    private final DossierStore store;
    private final Targets targets;
    private final Clock clock;

    CommuneDossiers(DossierStore store, Targets targets, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.clock = clock;
    }

    /** Whether the signed-in staff member enters the figures of this place (a commune of theirs). */
    public boolean mayEnter(Area area) {
        return area.level() == PlaceLevel.COMMUNE && targets.mayTarget(area);
    }

    /** What was entered for the month, if anything. */
    public Optional<Month> of(Area commune, LocalDate month) {
        check(commune);
        return store.of(commune.id(), month.withDayOfMonth(1));
    }

    /**
     * Enters (or corrects) a month's figures.
     *
     * @throws AccessDeniedException unless the commune is the signed-in leader's, or in their province
     * @throws DossiersRefusedException for a month not yet over, or counts that cannot be
     */
    public void set(Area commune, LocalDate month, int received, int online) {
        check(commune);
        LocalDate first = month.withDayOfMonth(1);
        if (!first.isBefore(LocalDate.now(clock).withDayOfMonth(1).plusMonths(1))) {
            throw new DossiersRefusedException(DossiersRefusedException.Reason.FUTURE_MONTH);
        }
        if (received < 0 || online < 0 || received > MAX) {
            throw new DossiersRefusedException(DossiersRefusedException.Reason.OUT_OF_RANGE);
        }
        if (online > received) {
            throw new DossiersRefusedException(DossiersRefusedException.Reason.MORE_ONLINE_THAN_RECEIVED);
        }
        store.set(commune.id(), first, received, online, StaffUser.require().id(), LocalDateTime.now(clock).withNano(0));
    }

    private void check(Area commune) {
        if (!mayEnter(commune)) {
            throw new AccessDeniedException("no dossier figures for " + commune.level() + " " + commune.id());
        }
    }
}

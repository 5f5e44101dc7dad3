package vn.tramso.concern;

import static vn.tramso.concern.ConcernRefusedException.Reason.BAD_DUPLICATE;
import static vn.tramso.concern.ConcernRefusedException.Reason.NOT_A_LEADER;
import static vn.tramso.concern.ConcernRefusedException.Reason.NO_ANSWER;
import static vn.tramso.concern.ConcernRefusedException.Reason.NO_REFERRAL;
import static vn.tramso.concern.ConcernRefusedException.Reason.ORIGINAL_OPEN;
import static vn.tramso.concern.ConcernRefusedException.Reason.TEXT_TOO_LONG;
import static vn.tramso.concern.ConcernRefusedException.Reason.UNKNOWN;
import static vn.tramso.concern.ConcernTexts.blankToNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.household.Households;
import vn.tramso.place.CommuneId;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.KioskDevices;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.Village;
import vn.tramso.place.VillageId;

/**
 * The concerns diary. The village's team records and forwards concerns and tells residents the
 * answers; the commune (a leader, or a province admin or admin above it) takes them in hand,
 * answers, refers them elsewhere or marks duplicates. Every change is a guarded move from the
 * status it was read in, appended to the journal in the same transaction ({@link ConcernMoves}). Once
 * closed, the resident's phone is no longer needed and is forgotten. A change that lost a write
 * conflict runs again in a new transaction ({@link RetryOnWriteConflict}).
 */
@Service
public class Concerns {

    public static final int DEFAULT_DUE_DAYS = 7;
    public static final int MAX_TEXT = 500;
    public static final int KIOSK_PER_HOUR = 10;

    private final ConcernStore store;
    private final ConcernMoves moves;
    private final ConcernDueDays dueDays;
    private final ConcernAnswerSms sms;
    private final ConcernNames names;
    private final PlaceScope scope;
    private final Households households;
    private final KioskDevices devices;
    private final Places places;

    Concerns(ConcernStore store, ConcernMoves moves, ConcernDueDays dueDays, ConcernAnswerSms sms, ConcernNames names,
             PlaceScope scope, Households households, KioskDevices devices, Places places) {
        this.store = store;
        this.moves = moves;
        this.dueDays = dueDays;
        this.sms = sms;
        this.names = names;
        this.scope = scope;
        this.households = households;
        this.devices = devices;
        this.places = places;
    }

    /** Records a concern heard by the signed-in staff member; its due time is the commune's for the category. */
    @RetryOnWriteConflict
    @Transactional
    public long record(NewConcern concern) {
        Village village = scope.village(new VillageId(concern.villageId()));
        if (concern.householdId() != null && households.household(concern.householdId()).villageId() != village.id()) {
            throw new ConcernRefusedException(UNKNOWN);
        }
        return moves.add(ConcernTexts.checked(concern), village, StaffUser.require().id());
    }

    /**
     * Records a concern a resident typed at an enrolled kiosk: for the kiosk's village, with no
     * name, and forwarded to the commune at once (nobody of the team heard it to forward it). At
     * most {@link #KIOSK_PER_HOUR} an hour per kiosk, so a prank cannot flood the diary.
     */
    @RetryOnWriteConflict
    @Transactional
    public long recordAtKiosk(long deviceId, ConcernCategory category, String text, String contactPhone) {
        KioskAccess kiosk = devices.access(deviceId).orElseThrow(() -> new ConcernRefusedException(UNKNOWN));
        Village village = places.village(kiosk.villageId()).orElseThrow(() -> new ConcernRefusedException(UNKNOWN));
        return moves.addFromKiosk(ConcernTexts.checked(new NewConcern(village.id(), category, text, ConcernSource.KIOSK, null, null,
                contactPhone)), village, kiosk.kioskId());
    }

    /** Sends it to the commune: the village's team or the commune itself. */
    @RetryOnWriteConflict
    @Transactional
    public void forward(long id) {
        moves.move(stored(id), ConcernStatus.FORWARDED, ConcernStore.Changes.NONE, null);
    }

    /** The commune has taken it in hand. */
    @RetryOnWriteConflict
    @Transactional
    public void start(long id, String note) {
        moves.move(leaderOf(id), ConcernStatus.IN_PROGRESS, ConcernStore.Changes.NONE, blankToNull(note));
    }

    /**
     * The commune's answer, to be brought back to the resident; when they gave a phone and
     * {@code sms} is asked, also sent to them by SMS through the outbox.
     */
    @RetryOnWriteConflict
    @Transactional
    public void answer(long id, String answer, boolean sms) {
        Concern c = leaderOf(id);
        String text = blankToNull(answer);
        if (text == null) {
            throw new ConcernRefusedException(NO_ANSWER);
        }
        if (text.length() > 1000) {
            throw new ConcernRefusedException(TEXT_TOO_LONG);
        }
        LocalDateTime now = moves.now();
        moves.move(c, ConcernStatus.ANSWERED, ConcernStore.Changes.answer(text, now), text);
        if (sms && c.contactPhone() != null) {
            this.sms.send(c, text, now, scope.village(new VillageId(c.villageId())).communeId());
        }
    }

    /** The SMS that carries an answer to the concern's resident, as the outbox gets it: what the answer screen counts the parts of. */
    public static String answerSms(Concern c, String answer) {
        return ConcernAnswerSms.text(c, answer);
    }

    /** Not the commune's competence: the resident is told where to go instead. */
    @RetryOnWriteConflict
    @Transactional
    public void refer(long id, String referredTo) {
        Concern c = leaderOf(id);
        String where = blankToNull(referredTo);
        if (where == null || where.length() > 160) {
            throw new ConcernRefusedException(NO_REFERRAL);
        }
        moves.move(c, ConcernStatus.NOT_COMPETENT, ConcernStore.Changes.referral(where, moves.now()), where);
    }

    /**
     * The same as an earlier concern of the same commune, which carries on in its place. The
     * resident who raised the duplicate still expects to hear back: once the original is answered
     * the duplicate waits to be passed on like it, and is closed (its phone forgotten) when told.
     */
    @RetryOnWriteConflict
    @Transactional
    public void duplicate(long id, long originalId) {
        Concern c = leaderOf(id);
        Concern original = stored(originalId);
        if (originalId == id || original.duplicateOf() != null
                || scope.village(new VillageId(original.villageId())).communeId()
                        != scope.village(new VillageId(c.villageId())).communeId()) {
            throw new ConcernRefusedException(BAD_DUPLICATE);
        }
        moves.move(c, ConcernStatus.DUPLICATE, ConcernStore.Changes.duplicateOf(originalId), "#" + originalId);
    }

    /**
     * The resident has been told the answer (or where to go): the loop is closed and their phone
     * forgotten, with the SMS of the answer (deleted from the outbox once it has gone).
     */
    @RetryOnWriteConflict
    @Transactional
    public void told(long id, String note) {
        Concern c = stored(id);
        if (!canTell(c)) {
            throw new ConcernRefusedException(ORIGINAL_OPEN);
        }
        moves.move(c, ConcernStatus.CLOSED, ConcernStore.Changes.closed(moves.now()), blankToNull(note));
        sms.forget(id);
    }

    /** Whether the resident can be told now: a duplicate's only once its original has its answer (or referral). */
    public boolean canTell(Concern c) {
        return c.duplicateOf() == null || store.byId(c.duplicateOf()).map(o -> ConcernStatus.ANSWERED_ONES.contains(o.status()))
                .orElse(false);
    }

    public Concern concern(long id) {
        return names.concern(stored(id));
    }

    public List<ConcernEvent> journal(long id) {
        stored(id);
        return names.events(store.events(id));
    }

    /**
     * The concerns of a village the signed-in staff member covers (or of all they cover when
     * {@code villageId} is null), optionally of one category and status; overdue first.
     */
    public List<Concern> list(Long villageId, ConcernCategory category, ConcernStatus status) {
        List<Long> villages = villageId == null ? scope.villages().stream().map(Village::id).toList()
                : List.of(scope.village(new VillageId(villageId)).id());
        if (villages.isEmpty()) {
            return List.of();
        }
        return names.concerns(store.list(ConcernStore.Criteria.in(villages, category, status), moves.now()));
    }

    /**
     * Answers of the signed-in member's village waiting to be brought back to the resident, with the
     * duplicates whose original has been answered (their resident is told the original's answer).
     */
    public List<Concern> toPassOn(long villageId) {
        scope.village(new VillageId(villageId));
        return names.concerns(store.list(ConcernStore.Criteria.toPassOn(villageId), moves.now()));
    }

    /** The commune's due time per category, in days (7 where it has not set one), for those who keep the commune. */
    public Map<ConcernCategory, Integer> dueDays(long communeId) {
        scope.commune(new CommuneId(communeId));
        return dueDays.of(communeId);
    }

    /** Sets the commune's due time for a category: its leader, or a province admin or admin above it. */
    @RetryOnWriteConflict
    @Transactional
    public void setDueDays(long communeId, ConcernCategory category, int days) {
        scope.commune(new CommuneId(communeId));
        dueDays.set(communeId, category, days);
    }

    /** A concern of a village the signed-in staff member covers, as stored (without the names it shows). */
    private Concern stored(long id) {
        Concern c = store.byId(id).orElseThrow(() -> new ConcernRefusedException(UNKNOWN));
        scope.village(new VillageId(c.villageId()));
        return c;
    }

    private Concern leaderOf(long id) {
        Concern c = stored(id);
        if (StaffUser.require().role() == Role.VOLUNTEER) {
            throw new ConcernRefusedException(NOT_A_LEADER);
        }
        return c;
    }
}

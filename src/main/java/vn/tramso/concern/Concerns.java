package vn.tramso.concern;

import static vn.tramso.concern.ConcernRefusedException.Reason.BAD_DUPLICATE;
import static vn.tramso.concern.ConcernRefusedException.Reason.ORIGINAL_OPEN;
import static vn.tramso.concern.ConcernRefusedException.Reason.BAD_PHONE;
import static vn.tramso.concern.ConcernRefusedException.Reason.CHANGED_MEANWHILE;
import static vn.tramso.concern.ConcernRefusedException.Reason.NOT_ALLOWED_NOW;
import static vn.tramso.concern.ConcernRefusedException.Reason.NOT_A_LEADER;
import static vn.tramso.concern.ConcernRefusedException.Reason.NO_ANSWER;
import static vn.tramso.concern.ConcernRefusedException.Reason.NO_REFERRAL;
import static vn.tramso.concern.ConcernRefusedException.Reason.NO_TEXT;
import static vn.tramso.concern.ConcernRefusedException.Reason.TEXT_NUMBERS;
import static vn.tramso.concern.ConcernRefusedException.Reason.TEXT_TOO_LONG;
import static vn.tramso.concern.ConcernRefusedException.Reason.TOO_MANY;
import static vn.tramso.concern.ConcernRefusedException.Reason.UNKNOWN;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.Formats;
import vn.tramso.base.Messages;
import vn.tramso.base.People;
import vn.tramso.base.QuotaStore;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.StaffUser;
import vn.tramso.household.HouseholdService;
import vn.tramso.notification.Message;
import vn.tramso.notification.MessageKind;
import vn.tramso.notification.Outbox;
import vn.tramso.notification.SmsCost;
import vn.tramso.place.CommuneId;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.KioskDevices;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.PlaceService;
import vn.tramso.place.ProvinceId;
import vn.tramso.place.Village;
import vn.tramso.place.VillageId;

/**
 * The concerns diary. The village's team records and forwards concerns and tells residents the
 * answers; the commune (a leader, or a province admin or admin above it) takes them in hand,
 * answers, refers them elsewhere or marks duplicates. Every change is a guarded move from the
 * status it was read in, appended to the journal in the same transaction. Once closed, the
 * resident's phone is no longer needed and is forgotten. A change that lost a write conflict runs again in a new
 * transaction ({@link RetryOnWriteConflict}).
 */
@Service
public class Concerns {

    public static final int DEFAULT_DUE_DAYS = 7;
    public static final int MAX_TEXT = 500;
    public static final int KIOSK_PER_HOUR = 10;

    private final ConcernStore store;
    private final PlaceScope scope;
    private final HouseholdService households;
    private final Outbox outbox;
    private final KioskDevices devices;
    private final PlaceService places;
    private final QuotaStore quotas;
    private final Clock clock;

    Concerns(ConcernStore store, PlaceScope scope, HouseholdService households, Outbox outbox, KioskDevices devices,
             PlaceService places, QuotaStore quotas, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.households = households;
        this.outbox = outbox;
        this.devices = devices;
        this.places = places;
        this.quotas = quotas;
        this.clock = clock;
    }

    /** Records a concern heard by the signed-in staff member; its due time is the commune's for the category. */
    @RetryOnWriteConflict
    @Transactional
    public long record(NewConcern concern) {
        Village village = scope.village(new VillageId(concern.villageId()));
        if (concern.householdId() != null && households.household(concern.householdId()).villageId() != village.id()) {
            throw new ConcernRefusedException(UNKNOWN);
        }
        return insert(checked(concern), village, StaffUser.require().id());
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
        NewConcern c = checked(new NewConcern(village.id(), category, text, ConcernSource.KIOSK, null, null, contactPhone));
        if (!quotas.take("kiosk-concerns", String.valueOf(kiosk.kioskId()), now().withMinute(0).withSecond(0), KIOSK_PER_HOUR)) {
            throw new ConcernRefusedException(TOO_MANY);
        }
        long id = insert(c, village, null);
        store.move(id, ConcernStatus.NEW, ConcernStatus.FORWARDED, ConcernStore.Changes.NONE);
        store.event(id, now(), null, ConcernStatus.NEW, ConcernStatus.FORWARDED, null);
        return id;
    }

    /** Sends it to the commune: the village's team or the commune itself. */
    @RetryOnWriteConflict
    @Transactional
    public void forward(long id) {
        move(concern(id), ConcernStatus.FORWARDED, ConcernStore.Changes.NONE, null);
    }

    /** The commune has taken it in hand. */
    @RetryOnWriteConflict
    @Transactional
    public void start(long id, String note) {
        Concern c = leaderOf(id);
        move(c, ConcernStatus.IN_PROGRESS, ConcernStore.Changes.NONE, blankToNull(note));
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
        LocalDateTime now = now();
        move(c, ConcernStatus.ANSWERED, ConcernStore.Changes.answer(text, now), text);
        if (sms && c.contactPhone() != null) {
            String date = Formats.date(c.createdAt().toLocalDate());
            outbox.enqueue(null, answerKey(id), new Message(MessageKind.CONCERN_ANSWERED, c.contactPhone(), answerSms(c, text),
                            Map.of("date", date, "answer", text.length() > 400 ? text.substring(0, 397) + "..." : text)),
                    now, c.villageId(), scope.village(new VillageId(c.villageId())).communeId());
        }
    }

    /** The SMS that carries an answer to the concern's resident, as the outbox gets it: what the answer screen counts the parts of. */
    public static String answerSms(Concern c, String answer) {
        String body = Messages.vi("concern.sms", Formats.date(c.createdAt().toLocalDate()), answer.strip());
        return body.length() > SmsCost.MAX_LENGTH ? body.substring(0, SmsCost.MAX_LENGTH - 3) + "..." : body;
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
        move(c, ConcernStatus.NOT_COMPETENT, ConcernStore.Changes.referral(where, now()), where);
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
        Concern original = concern(originalId);
        if (originalId == id || original.duplicateOf() != null
                || scope.village(new VillageId(original.villageId())).communeId()
                        != scope.village(new VillageId(c.villageId())).communeId()) {
            throw new ConcernRefusedException(BAD_DUPLICATE);
        }
        move(c, ConcernStatus.DUPLICATE, ConcernStore.Changes.duplicateOf(originalId), "#" + originalId);
    }

    /**
     * The resident has been told the answer (or where to go): the loop is closed and their phone
     * forgotten, with the SMS of the answer (deleted from the outbox once it has gone).
     */
    @RetryOnWriteConflict
    @Transactional
    public void told(long id, String note) {
        Concern c = concern(id);
        if (!canTell(c)) {
            throw new ConcernRefusedException(ORIGINAL_OPEN);
        }
        move(c, ConcernStatus.CLOSED, ConcernStore.Changes.closed(now()), blankToNull(note));
        outbox.forget(answerKey(id));
    }

    /** Whether the resident can be told now: a duplicate's only once its original has its answer (or referral). */
    public boolean canTell(Concern c) {
        return c.duplicateOf() == null || store.byId(c.duplicateOf()).map(o -> ConcernStatus.ANSWERED_ONES.contains(o.status()))
                .orElse(false);
    }

    private static String answerKey(long concernId) {
        return "concern-" + concernId + "-answer";
    }

    public Concern concern(long id) {
        Concern c = store.byId(id).orElseThrow(() -> new ConcernRefusedException(UNKNOWN));
        scope.village(new VillageId(c.villageId()));
        return c;
    }

    public List<ConcernEvent> journal(long id) {
        concern(id);
        return store.events(id);
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
        return store.list(ConcernStore.Criteria.in(villages, category, status), now());
    }

    /**
     * Answers of the signed-in member's village waiting to be brought back to the resident, with the
     * duplicates whose original has been answered (their resident is told the original's answer).
     */
    public List<Concern> toPassOn(long villageId) {
        scope.village(new VillageId(villageId));
        return store.list(ConcernStore.Criteria.toPassOn(villageId), now());
    }

    /** Open, overdue and closed concerns per village and category of a commune: what the dashboards show. */
    public List<ConcernCount> counts(long communeId, long provinceId) {
        scope.commune(new CommuneId(communeId), new ProvinceId(provinceId));
        return store.counts(communeId, now());
    }

    /** The commune's due time per category, in days (7 where it has not set one), for those who keep the commune. */
    public Map<ConcernCategory, Integer> dueDays(long communeId, long provinceId) {
        scope.commune(new CommuneId(communeId), new ProvinceId(provinceId));
        return dueDaysOf(communeId);
    }

    private Map<ConcernCategory, Integer> dueDaysOf(long communeId) {
        Map<ConcernCategory, Integer> set = store.dueDays(communeId);
        Map<ConcernCategory, Integer> days = new EnumMap<>(ConcernCategory.class);
        for (ConcernCategory category : ConcernCategory.values()) {
            days.put(category, set.getOrDefault(category, DEFAULT_DUE_DAYS));
        }
        return days;
    }

    /** Sets the commune's due time for a category: its leader, or a province admin or admin above it. */
    @RetryOnWriteConflict
    @Transactional
    public void setDueDays(long communeId, long provinceId, ConcernCategory category, int days) {
        scope.commune(new CommuneId(communeId), new ProvinceId(provinceId));
        if (days < 1 || days > 90) {
            throw new IllegalArgumentException("due days " + days);
        }
        store.setDueDays(communeId, category, days);
    }

    long insert(NewConcern c, Village village, Long by) {
        LocalDateTime now = now();
        LocalDateTime due = now.plusDays(dueDaysOf(village.communeId()).get(c.category()));
        long id = store.insert(c, by, due, now);
        store.event(id, now, by, null, ConcernStatus.NEW, null);
        return id;
    }

    static NewConcern checked(NewConcern c) {
        String text = blankToNull(c.text());
        if (text == null || c.category() == null || c.source() == null) {
            throw new ConcernRefusedException(NO_TEXT);
        }
        if (text.length() > MAX_TEXT) {
            throw new ConcernRefusedException(TEXT_TOO_LONG);
        }
        if (People.holdsLongNumber(text)) {
            throw new ConcernRefusedException(TEXT_NUMBERS);
        }
        String phone = blankToNull(c.contactPhone()) == null ? null
                : People.phone(c.contactPhone()).orElseThrow(() -> new ConcernRefusedException(BAD_PHONE));
        return new NewConcern(c.villageId(), c.category(), text, c.source(), c.householdId(), c.sessionId(), phone);
    }

    private Concern leaderOf(long id) {
        Concern c = concern(id);
        if (StaffUser.require().role() == Role.VOLUNTEER) {
            throw new ConcernRefusedException(NOT_A_LEADER);
        }
        return c;
    }

    private void move(Concern c, ConcernStatus to, ConcernStore.Changes changes, String note) {
        if (!c.status().next().contains(to)) {
            throw new ConcernRefusedException(NOT_ALLOWED_NOW);
        }
        if (!store.move(c.id(), c.status(), to, changes)) {
            throw new ConcernRefusedException(CHANGED_MEANWHILE);
        }
        store.event(c.id(), now(), StaffUser.require().id(), c.status(), to, note);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}

package vn.tramso.rating;

import static vn.tramso.rating.RatingRefusedException.Reason.BAD_SCORE;
import static vn.tramso.rating.RatingRefusedException.Reason.COMMENT_NUMBERS;
import static vn.tramso.rating.RatingRefusedException.Reason.COMMENT_TOO_LONG;
import static vn.tramso.rating.RatingRefusedException.Reason.EXPIRED;
import static vn.tramso.rating.RatingRefusedException.Reason.NOT_HELPED_YET;
import static vn.tramso.rating.RatingRefusedException.Reason.NOT_YOUR_SESSION;
import static vn.tramso.rating.RatingRefusedException.Reason.TOO_LATE;
import static vn.tramso.rating.RatingRefusedException.Reason.TOO_MANY;
import static vn.tramso.rating.RatingRefusedException.Reason.UNKNOWN_LINK;
import static vn.tramso.rating.RatingRefusedException.Reason.USED;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.Hashes;
import vn.tramso.base.People;
import vn.tramso.base.QuotaStore;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.KioskDevices;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.PlaceService;
import vn.tramso.place.Village;
import vn.tramso.place.VillageId;

/**
 * Issues rating links and takes residents' answers. A link is single use and expires
 * {@link #LINK_LIFE} after the day of help; a ticket's link opens only once its help is done. One
 * help is rated once, whichever way the resident comes. Only the volunteer who logged a session
 * offers its rating, within {@link #OFFER_WINDOW}, and the account that did is kept with the link.
 * Answers through the kiosk and the public QR code are limited per kiosk and village per hour.
 * Staff see totals, never who answered; answers given on a staff device never make a volunteer's
 * average. A link or an answer that lost a write conflict is made again in a new transaction
 * ({@link RetryOnWriteConflict}).
 */
@Service
public class Ratings {

    /** A link works until this long after the end of the day of help, whenever it was made. */
    public static final Duration LINK_LIFE = Duration.ofDays(7);
    /**
     * A session's rating is offered (the receipt's QR code, the device handed over, the kiosk
     * invitation) only by the volunteer who logged it, and only until this long after the session
     * ended: the resident is still there. Later, or by anyone else, it would be staff answering in
     * the resident's place.
     */
    public static final Duration OFFER_WINDOW = Duration.ofHours(3);
    /** How long a volunteer's invitation waits on the kiosk for the resident to walk over. */
    public static final Duration KIOSK_INVITE_LIFE = Duration.ofMinutes(30);
    /** How long the resident has to answer on the device handed to them. */
    public static final Duration HAND_OVER_LIFE = Duration.ofMinutes(15);
    /** A volunteer's average shows only from this many answers, so no single answer can be told. */
    public static final int MIN_FOR_AVERAGE = 5;
    /** The path of a link's page; the token follows (before decision 012: {@code danh-gia/}, still served). */
    public static final String LINK_PATH = "rating/";
    /** The path of the public QR code's page; the village's key follows (before decision 012: {@code danh-gia/chung/}). */
    public static final String PUBLIC_PATH = "rating/public/";
    static final int KIOSK_PER_HOUR = 30;
    static final int PUBLIC_PER_HOUR = 30;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,43}");

    private final RatingStore store;
    private final PlaceService places;
    private final PlaceScope scope;
    private final KioskDevices devices;
    private final QuotaStore quotas;
    private final Clock clock;

    Ratings(RatingStore store, PlaceService places, PlaceScope scope, KioskDevices devices, QuotaStore quotas, Clock clock) {
        this.store = store;
        this.places = places;
        this.scope = scope;
        this.devices = devices;
        this.quotas = quotas;
        this.clock = clock;
    }

    /**
     * A link for the QR code on a ticket, to rate its help on the resident's own phone. Each call
     * makes a new token (only its hash is kept); whichever is used first rates the help.
     *
     * @return the page's path, {@code rating/<token>}
     */
    @RetryOnWriteConflict
    @Transactional
    public String linkForBooking(long bookingId) {
        RatingStore.BookingFacts booking = store.booking(bookingId).orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        String token = Hashes.randomToken(16);
        store.insertLink(Hashes.sha256(token), booking.villageId(), bookingId, null, RatingStore.Way.PHONE,
                StaffUser.current().map(StaffUser::id).orElse(null), now(), expiry(booking.serviceDate()));
        return LINK_PATH + token;
    }

    /**
     * A link for the QR code on a session's receipt.
     *
     * @throws RatingRefusedException when the signed-in staff member did not log the session, or it ended more than
     *                                {@link #OFFER_WINDOW} ago
     */
    @RetryOnWriteConflict
    @Transactional
    public String linkForSession(long sessionId) {
        RatingStore.SessionFacts session = offered(sessionId);
        String token = Hashes.randomToken(16);
        store.insertLink(Hashes.sha256(token), session.villageId(), null, sessionId, RatingStore.Way.PHONE,
                session.volunteerId(), now(), expiry(session.startedAt().toLocalDate()));
        return LINK_PATH + token;
    }

    /**
     * Opens the hand-over of the volunteer's own device to the resident, who answers within
     * {@link #HAND_OVER_LIFE}; the volunteer's account is kept with it.
     *
     * @return the hand-over's id, for {@link #rateHandedOver}
     * @throws RatingRefusedException as for {@link #linkForSession}
     */
    @RetryOnWriteConflict
    @Transactional
    public long handOver(long sessionId) {
        return openOnDevice(sessionId, RatingStore.Way.HAND_OVER, HAND_OVER_LIFE);
    }

    /**
     * Invites the resident of a session to rate it on the village's kiosk, for the next half hour.
     *
     * @throws RatingRefusedException as for {@link #linkForSession}
     */
    @RetryOnWriteConflict
    @Transactional
    public long inviteAtKiosk(long sessionId) {
        return openOnDevice(sessionId, RatingStore.Way.KIOSK, KIOSK_INVITE_LIFE);
    }

    /** A link answered on a device in the room (no token travels), open for {@code life}, kept with who opened it. */
    private long openOnDevice(long sessionId, RatingStore.Way way, Duration life) {
        RatingStore.SessionFacts session = offered(sessionId);
        LocalDateTime now = now();
        return store.insertLink(Hashes.sha256(Hashes.randomToken(16)), session.villageId(), null, sessionId, way,
                session.volunteerId(), now, now.plus(life));
    }

    /** The invitations the village's kiosk shows now, oldest first. */
    public List<KioskInvite> kioskInvites(long villageId) {
        return store.kioskInvites(villageId, now());
    }

    /**
     * What a link's page shows before asking.
     *
     * @throws RatingRefusedException when the link is unknown, used, expired, or its help not done yet
     */
    public RatingInvite open(String token) {
        RatingLink link = usable(token);
        return invite(link.villageId());
    }

    /** Takes the answer given through a link on the resident's own phone, and uses the link up. */
    @RetryOnWriteConflict
    @Transactional
    public void rate(String token, RatingAnswer answer) {
        RatingAnswer a = checked(answer);
        save(usable(token), RatingChannel.OWN_PHONE, a);
    }

    /** Takes the answer given on the device the signed-in volunteer handed over ({@link #handOver}). */
    @RetryOnWriteConflict
    @Transactional
    public void rateHandedOver(long handOverId, RatingAnswer answer) {
        RatingAnswer a = checked(answer);
        long me = StaffUser.require().id();
        RatingLink link = store.link(handOverId).filter(l -> l.handOver() && Long.valueOf(me).equals(l.issuedBy()))
                .orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        save(checkedLink(link), RatingChannel.STAFF_DEVICE, a);
    }

    /** Takes the answer to a volunteer's invitation on the kiosk. */
    @RetryOnWriteConflict
    @Transactional
    public void rateInvite(long deviceId, long inviteId, RatingAnswer answer) {
        RatingAnswer a = checked(answer);
        KioskAccess kiosk = devices.access(deviceId).orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        RatingLink link = store.link(inviteId).filter(l -> l.atKiosk() && l.villageId() == kiosk.villageId())
                .orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        save(checkedLink(link), RatingChannel.KIOSK, a);
    }

    /** Takes an answer about the cultural house in general, given on its kiosk. */
    @RetryOnWriteConflict
    @Transactional
    public void rateAtKiosk(long deviceId, RatingAnswer answer) {
        RatingAnswer a = checked(answer);
        KioskAccess kiosk = devices.access(deviceId).orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        if (!quotas.take("kiosk-ratings", String.valueOf(kiosk.kioskId()), hour(), KIOSK_PER_HOUR)) {
            throw new RatingRefusedException(TOO_MANY);
        }
        store.insertRating(kiosk.villageId(), RatingChannel.KIOSK, null, null, a, now());
    }

    /** The path of the village's public QR code, made the first time it is asked for. */
    @RetryOnWriteConflict
    @Transactional
    public String publicLink(long villageId) {
        Optional<String> key = store.publicKey(villageId);
        if (key.isEmpty()) {
            store.insertPublicKey(villageId, Hashes.randomToken(12), now());
            key = store.publicKey(villageId);
        }
        return PUBLIC_PATH + key.orElseThrow();
    }

    /** What the public QR code's page shows before asking. */
    public RatingInvite openPublic(String key) {
        return invite(publicVillage(key));
    }

    /** Takes an answer given through the village's public QR code. */
    @RetryOnWriteConflict
    @Transactional
    public void ratePublic(String key, RatingAnswer answer) {
        RatingAnswer a = checked(answer);
        long village = publicVillage(key);
        if (!quotas.take("public-ratings", String.valueOf(village), hour(), PUBLIC_PER_HOUR)) {
            throw new RatingRefusedException(TOO_MANY);
        }
        store.insertRating(village, RatingChannel.PUBLIC_QR, null, null, a, now());
    }

    /** The signed-in volunteer's own figures, once at least {@link #MIN_FOR_AVERAGE} answers residents gave themselves are about their help. */
    public Optional<RatingTotals> myTotals() {
        return store.byVolunteer(null, StaffUser.require().id(), MIN_FOR_AVERAGE).stream().findFirst()
                .filter(VolunteerRatings::hasAverage).map(VolunteerRatings::residents);
    }

    /** Answers per village the signed-in staff member covers, from the day {@code from} to today. */
    public List<VillageRatings> villages(LocalDate from) {
        List<Village> villages = scope.villages();
        Map<Long, Map<RatingChannel, RatingTotals>> rows = store.byVillage(ids(villages), from.atStartOfDay(),
                now().toLocalDate().plusDays(1).atStartOfDay());
        return villages.stream().map(v -> {
            Map<RatingChannel, RatingTotals> channels = rows.getOrDefault(v.id(), Map.of());
            Map<RatingChannel, Long> counts = new EnumMap<>(RatingChannel.class);
            channels.forEach((c, t) -> counts.put(c, t.count()));
            RatingTotals all = channels.values().stream().reduce(RatingTotals.NONE, RatingTotals::plus);
            return new VillageRatings(v.id(), v.name(), all, counts);
        }).toList();
    }

    /** The volunteers of the covered villages with at least {@link #MIN_FOR_AVERAGE} answers, over all time. */
    public List<VolunteerRatings> volunteers() {
        return store.byVolunteer(ids(scope.villages()), null, MIN_FOR_AVERAGE);
    }

    /** The latest low scores in the covered villages since {@code from}, with what residents said. */
    public List<LowRating> lowRatings(LocalDate from, int limit) {
        return store.low(ids(scope.villages()), from.atStartOfDay(), limit);
    }

    private void save(RatingLink link, RatingChannel channel, RatingAnswer a) {
        LocalDateTime now = now();
        if (!store.use(link.id(), now)) {
            throw new RatingRefusedException(USED);
        }
        try {
            store.insertRating(link.villageId(), channel, link.bookingId(), link.sessionId(), a, now);
        } catch (DuplicateKeyException ratedMeanwhile) {
            throw new RatingRefusedException(USED);
        }
    }

    private RatingLink usable(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new RatingRefusedException(UNKNOWN_LINK);
        }
        RatingLink link = store.linkByHash(Hashes.sha256(token)).filter(l -> !l.atKiosk() && !l.handOver())
                .orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        return checkedLink(link);
    }

    private RatingLink checkedLink(RatingLink link) {
        if (link.usedAt() != null || store.rated(link.bookingId(), link.sessionId())) {
            throw new RatingRefusedException(USED);
        }
        if (!link.expiresAt().isAfter(now())) {
            throw new RatingRefusedException(EXPIRED);
        }
        if (link.bookingId() != null && !store.booking(link.bookingId()).map(b -> "DONE".equals(b.state())).orElse(false)) {
            throw new RatingRefusedException(NOT_HELPED_YET);
        }
        if (link.sessionId() != null && store.session(link.sessionId()).isEmpty()) {
            throw new RatingRefusedException(UNKNOWN_LINK); // the session was deleted as a mistake
        }
        return link;
    }

    /** Only what the score asks for is kept: reasons and text after a low score, nothing else. */
    static RatingAnswer checked(RatingAnswer a) {
        if (a.score() < 1 || a.score() > 5) {
            throw new RatingRefusedException(BAD_SCORE);
        }
        if (!a.low()) {
            return new RatingAnswer(a.doneToday(), a.score(), Set.of(), null);
        }
        if (a.comment() != null && a.comment().length() > RatingAnswer.MAX_COMMENT) {
            throw new RatingRefusedException(COMMENT_TOO_LONG);
        }
        if (People.holdsLongNumber(a.comment())) {
            throw new RatingRefusedException(COMMENT_NUMBERS);
        }
        return a;
    }

    /** The session whose rating the signed-in staff member may offer now: they logged it, and it ended lately. */
    private RatingStore.SessionFacts offered(long sessionId) {
        RatingStore.SessionFacts session = store.session(sessionId).orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        scope.village(new VillageId(session.villageId()));
        if (session.volunteerId() != StaffUser.require().id()) {
            throw new RatingRefusedException(NOT_YOUR_SESSION);
        }
        if (now().isAfter(session.endedAt().plus(OFFER_WINDOW))) {
            throw new RatingRefusedException(TOO_LATE);
        }
        return session;
    }

    /** A link's end: {@link #LINK_LIFE} after the end of the day of help, not after the day it was made. */
    private static LocalDateTime expiry(LocalDate helpDay) {
        return helpDay.plusDays(1).atStartOfDay().plus(LINK_LIFE);
    }

    private long publicVillage(String key) {
        if (key == null || !TOKEN.matcher(key).matches()) {
            throw new RatingRefusedException(UNKNOWN_LINK);
        }
        return store.villageOfPublicKey(key).filter(v -> places.village(v).filter(x -> !x.retired()).isPresent())
                .orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
    }

    private RatingInvite invite(long villageId) {
        Village village = places.village(villageId).orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        return new RatingInvite(village.id(), village.culturalHouse());
    }

    private static List<Long> ids(Collection<Village> villages) {
        return villages.stream().map(Village::id).toList();
    }

    private LocalDateTime hour() {
        return now().truncatedTo(ChronoUnit.HOURS);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}

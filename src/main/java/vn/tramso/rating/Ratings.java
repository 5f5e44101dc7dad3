package vn.tramso.rating;

import static vn.tramso.rating.RatingRefusedException.Reason.UNKNOWN_LINK;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.Hashes;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.KioskDevices;

/**
 * Issues rating links and takes residents' answers. A link is single use and expires
 * {@link #LINK_LIFE} after the day of help; a ticket's link opens only once its help is done. One
 * help is rated once, whichever way the resident comes. Only the volunteer who logged a session
 * offers its rating, within {@link #OFFER_WINDOW}, and the account that did is kept with the link
 * ({@link RatingOffers}). Answers through the kiosk and the public QR code are limited per kiosk and
 * village per hour ({@link RatingAnswers}). Staff see totals, never who answered; answers given on a
 * staff device never make a volunteer's average ({@link RatingFigures}). Bookings and sessions are
 * asked of their owners through {@link RatedBookings} and {@link RatedSessions}
 * (docs/decisions/011-calls-and-events-between-features.md). A link or an answer that lost a write
 * conflict is made again in a new transaction ({@link RetryOnWriteConflict}).
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

    private final RatingStore store;
    private final RatingOffers offers;
    private final RatingAnswers answers;
    private final RatingFigures figures;
    private final RatedHelp help;
    private final KioskDevices devices;
    private final Clock clock;

    Ratings(RatingStore store, RatingOffers offers, RatingAnswers answers, RatingFigures figures, RatedHelp help,
            KioskDevices devices, Clock clock) {
        this.store = store;
        this.offers = offers;
        this.answers = answers;
        this.figures = figures;
        this.help = help;
        this.devices = devices;
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
        return offers.forBooking(bookingId);
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
        return offers.forSession(sessionId);
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
        return offers.onDevice(sessionId, RatingStore.Way.HAND_OVER, HAND_OVER_LIFE);
    }

    /**
     * Invites the resident of a session to rate it on the village's kiosk, for the next half hour.
     *
     * @throws RatingRefusedException as for {@link #linkForSession}
     */
    @RetryOnWriteConflict
    @Transactional
    public long inviteAtKiosk(long sessionId) {
        return offers.onDevice(sessionId, RatingStore.Way.KIOSK, KIOSK_INVITE_LIFE);
    }

    /** The invitations the village's kiosk shows now, oldest first. */
    public List<KioskInvite> kioskInvites(long villageId) {
        return help.kioskInvites(villageId, now());
    }

    /**
     * What a link's page shows before asking.
     *
     * @throws RatingRefusedException when the link is unknown, used, expired, or its help not done yet
     */
    public RatingInvite open(String token) {
        return answers.invite(answers.usable(token).villageId());
    }

    /** Takes the answer given through a link on the resident's own phone, and uses the link up. */
    @RetryOnWriteConflict
    @Transactional
    public void rate(String token, RatingAnswer answer) {
        RatingAnswer a = RatingAnswers.checked(answer);
        answers.save(answers.usable(token), RatingChannel.OWN_PHONE, a);
    }

    /** Takes the answer given on the device the signed-in volunteer handed over ({@link #handOver}). */
    @RetryOnWriteConflict
    @Transactional
    public void rateHandedOver(long handOverId, RatingAnswer answer) {
        RatingAnswer a = RatingAnswers.checked(answer);
        long me = StaffUser.require().id();
        RatingLink link = store.link(handOverId).filter(l -> l.handOver() && Long.valueOf(me).equals(l.issuedBy()))
                .orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        answers.save(answers.checkedLink(link), RatingChannel.STAFF_DEVICE, a);
    }

    /** Takes the answer to a volunteer's invitation on the kiosk. */
    @RetryOnWriteConflict
    @Transactional
    public void rateInvite(long deviceId, long inviteId, RatingAnswer answer) {
        RatingAnswer a = RatingAnswers.checked(answer);
        KioskAccess kiosk = devices.access(deviceId).orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        RatingLink link = store.link(inviteId).filter(l -> l.atKiosk() && l.villageId() == kiosk.villageId())
                .orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        answers.save(answers.checkedLink(link), RatingChannel.KIOSK, a);
    }

    /** Takes an answer about the cultural house in general, given on its kiosk. */
    @RetryOnWriteConflict
    @Transactional
    public void rateAtKiosk(long deviceId, RatingAnswer answer) {
        RatingAnswer a = RatingAnswers.checked(answer);
        KioskAccess kiosk = devices.access(deviceId).orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        answers.saveGeneral(kiosk.villageId(), RatingChannel.KIOSK, "kiosk-ratings", String.valueOf(kiosk.kioskId()),
                KIOSK_PER_HOUR, a);
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
        return answers.invite(answers.publicVillage(key));
    }

    /** Takes an answer given through the village's public QR code. */
    @RetryOnWriteConflict
    @Transactional
    public void ratePublic(String key, RatingAnswer answer) {
        RatingAnswer a = RatingAnswers.checked(answer);
        long village = answers.publicVillage(key);
        answers.saveGeneral(village, RatingChannel.PUBLIC_QR, "public-ratings", String.valueOf(village), PUBLIC_PER_HOUR, a);
    }

    /** The signed-in volunteer's own figures, once at least {@link #MIN_FOR_AVERAGE} answers residents gave themselves are about their help. */
    public Optional<RatingTotals> myTotals() {
        return figures.mine();
    }

    /** Answers per village the signed-in staff member covers, from the day {@code from} to today. */
    public List<VillageRatings> villages(LocalDate from) {
        return figures.villages(from);
    }

    /** The volunteers of the covered villages with at least {@link #MIN_FOR_AVERAGE} answers, over all time, by name. */
    public List<VolunteerRatings> volunteers() {
        return figures.volunteers();
    }

    /** The latest low scores in the covered villages since {@code from}, with what residents said. */
    public List<LowRating> lowRatings(LocalDate from, int limit) {
        return figures.low(from, limit);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}

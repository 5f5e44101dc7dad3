package vn.tramso.rating;

import static vn.tramso.rating.RatingRefusedException.Reason.BAD_SCORE;
import static vn.tramso.rating.RatingRefusedException.Reason.COMMENT_NUMBERS;
import static vn.tramso.rating.RatingRefusedException.Reason.COMMENT_TOO_LONG;
import static vn.tramso.rating.RatingRefusedException.Reason.EXPIRED;
import static vn.tramso.rating.RatingRefusedException.Reason.NOT_HELPED_YET;
import static vn.tramso.rating.RatingRefusedException.Reason.TOO_MANY;
import static vn.tramso.rating.RatingRefusedException.Reason.UNKNOWN_LINK;
import static vn.tramso.rating.RatingRefusedException.Reason.USED;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import vn.tramso.base.Hashes;
import vn.tramso.base.People;
import vn.tramso.base.QuotaStore;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * How an answer is taken: through a link that is unused, unexpired, of help that is done and not
 * rated yet, which it uses up; or through the village's kiosk or public QR code, limited per kiosk
 * and village per hour. Only what the score asks for is kept.
 */
@Component
class RatingAnswers {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,43}");

    private final RatingStore store;
    private final RatedHelp help;
    private final Places places;
    private final QuotaStore quotas;
    private final Clock clock;

    RatingAnswers(RatingStore store, RatedHelp help, Places places, QuotaStore quotas, Clock clock) {
        this.store = store;
        this.help = help;
        this.places = places;
        this.quotas = quotas;
        this.clock = clock;
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

    /** The link of a token from the resident's phone, if it may be answered now. */
    RatingLink usable(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new RatingRefusedException(UNKNOWN_LINK);
        }
        RatingLink link = store.linkByHash(Hashes.sha256(token)).filter(l -> !l.atKiosk() && !l.handOver())
                .orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        return checkedLink(link);
    }

    /** The link, if it may be answered now: unused, unexpired, its help done, not rated yet, its session not deleted. */
    RatingLink checkedLink(RatingLink link) {
        if (link.usedAt() != null || help.rated(link.bookingId(), link.sessionId())) {
            throw new RatingRefusedException(USED);
        }
        if (!link.expiresAt().isAfter(now())) {
            throw new RatingRefusedException(EXPIRED);
        }
        if (link.bookingId() != null && !help.booking(link.bookingId()).map(RatedBookings.Facts::done).orElse(false)) {
            throw new RatingRefusedException(NOT_HELPED_YET);
        }
        if (link.sessionId() != null && help.session(link.sessionId()).isEmpty()) {
            throw new RatingRefusedException(UNKNOWN_LINK); // the session was deleted as a mistake
        }
        return link;
    }

    /** Uses the link up and saves the answer about its help; a link or a help answered meanwhile is refused. */
    void save(RatingLink link, RatingChannel channel, RatingAnswer a) {
        LocalDateTime now = now();
        if (!store.use(link.id(), now)) {
            throw new RatingRefusedException(USED);
        }
        try {
            help.save(link.villageId(), channel, link.bookingId(), link.sessionId(), a, now);
        } catch (DuplicateKeyException ratedMeanwhile) {
            throw new RatingRefusedException(USED);
        }
    }

    /** Saves an answer about the village's cultural house in general, within the hour's {@code limit} for {@code key}. */
    void saveGeneral(long villageId, RatingChannel channel, String quota, String key, int limit, RatingAnswer a) {
        if (!quotas.take(quota, key, now().truncatedTo(ChronoUnit.HOURS), limit)) {
            throw new RatingRefusedException(TOO_MANY);
        }
        help.save(villageId, channel, null, null, a, now());
    }

    /** The village of a public QR code's key, while the village is in use. */
    long publicVillage(String key) {
        if (key == null || !TOKEN.matcher(key).matches()) {
            throw new RatingRefusedException(UNKNOWN_LINK);
        }
        return store.villageOfPublicKey(key).filter(v -> places.village(v).filter(x -> !x.retired()).isPresent())
                .orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
    }

    /** What a page shows before asking: the village's cultural house. */
    RatingInvite invite(long villageId) {
        Village village = places.village(villageId).orElseThrow(() -> new RatingRefusedException(UNKNOWN_LINK));
        return new RatingInvite(village.id(), village.culturalHouse());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}

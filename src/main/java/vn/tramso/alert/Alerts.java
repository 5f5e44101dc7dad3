package vn.tramso.alert;

import static vn.tramso.alert.AlertRefusedException.Reason.BAD_PERIOD;
import static vn.tramso.alert.AlertRefusedException.Reason.BAD_PICTURE;
import static vn.tramso.alert.AlertRefusedException.Reason.NO_COMMUNE;
import static vn.tramso.alert.AlertRefusedException.Reason.NO_TEXT;
import static vn.tramso.alert.AlertRefusedException.Reason.NO_TITLE;
import static vn.tramso.alert.AlertRefusedException.Reason.TOO_LONG;
import static vn.tramso.alert.AlertRefusedException.Reason.UNKNOWN;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.account.StaffDirectory;
import vn.tramso.base.SvgChecker;
import vn.tramso.base.SvgRefusedException;
import vn.tramso.base.security.StaffUser;
import vn.tramso.notification.Outbox;
import vn.tramso.place.CommuneId;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * Publishes and withdraws scam alerts. A leader publishes for their commune; a province admin for
 * any communes of their province; an admin for any. An alert lasts at most 90 days. A withdrawal
 * cancels the alert's waiting messages in the outbox in the same transaction
 * (docs/decisions/011-calls-and-events-between-features.md); its author is named through account's API.
 */
@Service
public class Alerts {

    public static final Duration LONGEST = Duration.ofDays(90);

    private final AlertStore store;
    private final PlaceScope scope;
    private final Places places;
    private final ApplicationEventPublisher events;
    private final Outbox outbox;
    private final StaffDirectory staff;
    private final Clock clock;

    Alerts(AlertStore store, PlaceScope scope, Places places, ApplicationEventPublisher events, Outbox outbox,
           StaffDirectory staff, Clock clock) {
        this.store = store;
        this.staff = staff;
        this.outbox = outbox;
        this.scope = scope;
        this.places = places;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes an alert to the kiosks of the communes; open kiosks show it once the transaction commits.
     *
     * @param picture an SVG file's text, or {@code null}; checked like a guide's illustration and kept as rebuilt
     * @throws AlertRefusedException (publishing nothing) when a field is missing, the period is wrong or the picture unsafe
     */
    @Transactional
    public long publish(String title, String text, LocalDateTime from, LocalDateTime to, Collection<Long> communeIds,
                        String picture) {
        String t = clean(title);
        String body = clean(text);
        if (t == null) {
            throw new AlertRefusedException(NO_TITLE);
        }
        if (body == null) {
            throw new AlertRefusedException(NO_TEXT);
        }
        if (t.length() > 120 || body.length() > 500) {
            throw new AlertRefusedException(TOO_LONG);
        }
        LocalDateTime start = from == null ? now() : from.withNano(0);
        if (to == null || !to.isAfter(start) || !to.isAfter(now()) || to.isAfter(start.plus(LONGEST))) {
            throw new AlertRefusedException(BAD_PERIOD);
        }
        if (communeIds == null || communeIds.isEmpty()) {
            throw new AlertRefusedException(NO_COMMUNE);
        }
        String pictureSvg = picture(picture);
        for (long communeId : communeIds) {
            places.commune(communeId).orElseThrow(() -> new AlertRefusedException(NO_COMMUNE));
            scope.commune(new CommuneId(communeId));
        }
        long id = store.insert(t, body, pictureSvg, start, to.withNano(0), StaffUser.require().id(), now(),
                new LinkedHashSet<>(communeIds));
        events.publishEvent(new AlertsChanged());
        return id;
    }

    /** Takes an alert off every kiosk now; only whoever covers all its communes may. */
    @Transactional
    public void withdraw(long id) {
        ScamAlert alert = alert(id);
        for (long communeId : alert.communeIds()) {
            scope.commune(new CommuneId(communeId));
        }
        store.withdraw(id, now());
        outbox.cancelWaiting(AlertMessages.prefix(id)); // its messages not sent yet stop with it: a wrong text withdrawn at night must not go at 07:00
        events.publishEvent(new AlertsChanged());
    }

    /** The alerts for any commune the signed-in staff member covers, newest first (at most 100). */
    public List<ScamAlert> mine() {
        Set<Long> communes = new LinkedHashSet<>();
        scope.villages().forEach(v -> communes.add(v.communeId()));
        if (communes.isEmpty()) {
            return List.of();
        }
        return named(store.alerts(AlertStore.Criteria.forCommunes(communes)));
    }

    /**
     * The alerts showing now at the kiosks of a village, newest first; without their authors' names,
     * which no kiosk shows (every open kiosk asks this, so it asks account for nothing).
     */
    public List<ScamAlert> showing(long villageId) {
        Village village = places.village(villageId).orElseThrow();
        return store.alerts(AlertStore.Criteria.showingIn(village.communeId(), now())).stream().map(a -> a.named(null)).toList();
    }

    ScamAlert alert(long id) {
        return named(store.byId(id).stream().toList()).stream().findFirst().orElseThrow(() -> new AlertRefusedException(UNKNOWN));
    }

    /** The alerts with their authors' names, asked of account's API in one call. */
    private List<ScamAlert> named(List<AlertStore.Stored> alerts) {
        Map<Long, String> names = staff.names(alerts.stream().map(AlertStore.Stored::createdBy).toList());
        return alerts.stream().map(a -> a.named(names.get(a.createdBy()))).toList();
    }

    /** The picture rebuilt from the SVG allowlist, or null for none. */
    private static String picture(String svg) {
        if (svg == null || svg.isBlank()) {
            return null;
        }
        try {
            return SvgChecker.sanitise(svg);
        } catch (SvgRefusedException refused) {
            throw new AlertRefusedException(BAD_PICTURE, refused.line() > 0
                    ? "dòng " + refused.line() + ": " + refused.getMessage() : refused.getMessage());
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}

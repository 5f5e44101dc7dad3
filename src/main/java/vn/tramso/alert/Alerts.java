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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.SvgChecker;
import vn.tramso.base.SvgRefusedException;
import vn.tramso.base.security.StaffUser;
import vn.tramso.notification.Outbox;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.PlaceService;
import vn.tramso.place.Village;

/**
 * Publishes and withdraws scam alerts. A leader publishes for their commune; a province admin for
 * any communes of their province; an admin for any. An alert lasts at most 90 days.
 */
@Service
public class Alerts {

    public static final Duration LONGEST = Duration.ofDays(90);

    private final JdbcClient jdbc;
    private final PlaceScope scope;
    private final PlaceService places;
    private final ApplicationEventPublisher events;
    private final Outbox outbox;
    private final Clock clock;

    Alerts(JdbcClient jdbc, PlaceScope scope, PlaceService places, ApplicationEventPublisher events, Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.jdbc = jdbc;
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
            long provinceId = places.commune(communeId).orElseThrow(() -> new AlertRefusedException(NO_COMMUNE)).provinceId();
            scope.commune(communeId, provinceId);
        }
        long id = jdbc.sql("""
                        INSERT INTO scam_alert (title, text, picture_svg, valid_from, valid_to, created_by, created_at)
                        VALUES (:title, :text, :picture, :from, :to, :by, :now) RETURNING id
                        """)
                .param("title", t).param("picture", pictureSvg).param("text", body).param("from", start).param("to", to.withNano(0))
                .param("by", StaffUser.require().id()).param("now", now()).query(Long.class).single();
        for (long communeId : new LinkedHashSet<>(communeIds)) {
            jdbc.sql("INSERT INTO scam_alert_commune (alert_id, commune_id) VALUES (:a, :c)").param("a", id).param("c", communeId)
                    .update();
        }
        events.publishEvent(new AlertsChanged());
        return id;
    }

    /** Takes an alert off every kiosk now; only whoever covers all its communes may. */
    @Transactional
    public void withdraw(long id) {
        ScamAlert alert = alert(id);
        for (long communeId : alert.communeIds()) {
            scope.commune(communeId, places.commune(communeId).orElseThrow().provinceId());
        }
        jdbc.sql("UPDATE scam_alert SET withdrawn_at = :now WHERE id = :id AND withdrawn_at IS NULL").param("id", id)
                .param("now", now()).update();
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
        return alerts("a.id IN (SELECT alert_id FROM scam_alert_commune WHERE commune_id IN (:communes))",
                Map.of("communes", communes));
    }

    /** The alerts showing now at the kiosks of a village, newest first. */
    public List<ScamAlert> showing(long villageId) {
        Village village = places.village(villageId).orElseThrow();
        LocalDateTime now = now();
        return alerts("""
                a.withdrawn_at IS NULL AND a.valid_from <= :now AND a.valid_to > :now
                AND a.id IN (SELECT alert_id FROM scam_alert_commune WHERE commune_id = :commune)""",
                Map.of("now", now, "commune", village.communeId()));
    }

    ScamAlert alert(long id) {
        return alerts("a.id = :id", Map.of("id", id)).stream().findFirst().orElseThrow(() -> new AlertRefusedException(UNKNOWN));
    }

    private List<ScamAlert> alerts(String where, Map<String, Object> params) {
        var spec = jdbc.sql("""
                SELECT a.id, a.title, a.text, a.valid_from, a.valid_to, u.display_name, a.withdrawn_at IS NOT NULL, a.picture_svg
                FROM scam_alert a JOIN user_account u ON u.id = a.created_by WHERE """ + " " + where
                + " ORDER BY a.valid_from DESC, a.id DESC LIMIT 100");
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        List<Object[]> rows = spec.query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getString(6), rs.getBoolean(7), rs.getString(8)}).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> communes = new HashMap<>();
        jdbc.sql("SELECT alert_id, commune_id FROM scam_alert_commune WHERE alert_id IN (:ids)")
                .param("ids", rows.stream().map(r -> (Long) r[0]).toList())
                .query(rs -> {
                    communes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return rows.stream().map(r -> new ScamAlert((Long) r[0], (String) r[1], (String) r[2], (LocalDateTime) r[3],
                (LocalDateTime) r[4], (String) r[5], (Boolean) r[6], communes.getOrDefault((Long) r[0], List.of()), (String) r[7])).toList();
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

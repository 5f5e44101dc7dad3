package vn.tramso.alert;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of scam alerts ({@code scam_alert}), the communes each is for ({@code scam_alert_commune}) and
 * which kiosks have read each aloud on their attract screen ({@code alert_reading}).
 */
@Repository
class AlertStore {

    /** Which alerts to list: each criterion, when given, narrows the list; at most 100, newest first. */
    record Criteria(Long id, Set<Long> communeIds, LocalDateTime showingAt, LocalDateTime notEndedAt) {

        static Criteria byId(long id) {
            return new Criteria(id, null, null, null);
        }

        /** The alerts for any of these communes (at least one). */
        static Criteria forCommunes(Set<Long> communeIds) {
            return new Criteria(null, Set.copyOf(communeIds), null, null);
        }

        /** The alerts for the commune that are not withdrawn and whose period holds {@code now}. */
        static Criteria showingIn(long communeId, LocalDateTime now) {
            return new Criteria(null, Set.of(communeId), now, null);
        }

        /** Every alert, of any commune, not withdrawn and not ended at {@code now}: showing, or still to start. */
        static Criteria notEndedAt(LocalDateTime now) {
            return new Criteria(null, null, null, now);
        }
    }

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds an alert for the communes; returns its id. */
    long insert(String title, String text, String pictureSvg, LocalDateTime from, LocalDateTime to, long createdBy,
                LocalDateTime createdAt, Collection<Long> communeIds) {
        long id = jdbc.sql("""
                        INSERT INTO scam_alert (title, text, picture_svg, valid_from, valid_to, created_by, created_at)
                        VALUES (:title, :text, :picture, :from, :to, :by, :now) RETURNING id
                        """)
                .param("title", title).param("picture", pictureSvg).param("text", text).param("from", from).param("to", to)
                .param("by", createdBy).param("now", createdAt).query(Long.class).single();
        for (long communeId : communeIds) {
            jdbc.sql("INSERT INTO scam_alert_commune (alert_id, commune_id) VALUES (:a, :c)").param("a", id).param("c", communeId)
                    .update();
        }
        return id;
    }

    /** Withdraws the alert at {@code at}, unless it was withdrawn already. */
    void withdraw(long id, LocalDateTime at) {
        jdbc.sql("UPDATE scam_alert SET withdrawn_at = :now WHERE id = :id AND withdrawn_at IS NULL").param("id", id)
                .param("now", at).update();
    }

    Optional<Stored> byId(long id) {
        return alerts(Criteria.byId(id)).stream().findFirst();
    }

    /** An alert as stored: its author is an account id, which {@link Alerts} names through account's API. */
    record Stored(long id, String title, String text, LocalDateTime validFrom, LocalDateTime validTo, long createdBy,
                  boolean withdrawn, List<Long> communeIds, String pictureSvg) {

        ScamAlert named(String author) {
            return new ScamAlert(id, title, text, validFrom, validTo, author, withdrawn, communeIds, pictureSvg);
        }
    }

    /** The alerts that meet the criteria, newest first, at most 100. */
    List<Stored> alerts(Criteria criteria) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (criteria.id() != null) {
            where.add("a.id = :id");
            params.put("id", criteria.id());
        }
        if (criteria.showingAt() != null) {
            where.add("a.withdrawn_at IS NULL AND a.valid_from <= :now AND a.valid_to > :now");
            params.put("now", criteria.showingAt());
        }
        if (criteria.notEndedAt() != null) {
            where.add("a.withdrawn_at IS NULL AND a.valid_to > :notEnded");
            params.put("notEnded", criteria.notEndedAt());
        }
        if (criteria.communeIds() != null) {
            where.add("a.id IN (SELECT alert_id FROM scam_alert_commune WHERE commune_id IN (:communes))");
            params.put("communes", criteria.communeIds());
        }
        var spec = jdbc.sql("""
                SELECT a.id, a.title, a.text, a.valid_from, a.valid_to, a.created_by, a.withdrawn_at IS NOT NULL, a.picture_svg
                FROM scam_alert a
                """ + (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where))
                + " ORDER BY a.valid_from DESC, a.id DESC LIMIT 100");
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        List<Stored> rows = spec.query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getLong(6), rs.getBoolean(7),
                List.of(), rs.getString(8))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> communes = new HashMap<>();
        jdbc.sql("SELECT alert_id, commune_id FROM scam_alert_commune WHERE alert_id IN (:ids)")
                .param("ids", rows.stream().map(Stored::id).toList())
                .query(rs -> {
                    communes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return rows.stream().map(r -> new Stored(r.id(), r.title(), r.text(), r.validFrom(), r.validTo(), r.createdBy(), r.withdrawn(),
                List.copyOf(communes.getOrDefault(r.id(), List.of())), r.pictureSvg())).toList();
    }

    /** Of these alerts, those the kiosk has read aloud already. */
    Set<Long> readAt(String kioskCode, Collection<Long> alertIds) {
        if (alertIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT alert_id FROM alert_reading WHERE kiosk_code = :kiosk AND alert_id IN (:ids)")
                .param("kiosk", kioskCode).param("ids", alertIds).query(Long.class).list());
    }

    /** Records that the kiosk reads the alert now; false when it was recorded already (by another screen or node). */
    boolean markRead(long alertId, String kioskCode, LocalDateTime at) {
        return jdbc.sql("INSERT IGNORE INTO alert_reading (alert_id, kiosk_code, read_at) VALUES (:a, :k, :at)")
                .param("a", alertId).param("k", kioskCode).param("at", at).update() == 1;
    }
}

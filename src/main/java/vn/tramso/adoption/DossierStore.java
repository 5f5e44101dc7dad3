package vn.tramso.adoption;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the communes' own dossiers per month ({@code commune_dossier_month}), as their leaders enter them. */
@Repository
class DossierStore {

    private final JdbcClient jdbc;

    DossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What was entered for the commune and month (its first day), if anything. */
    Optional<CommuneDossiers.Month> of(long communeId, LocalDate month) {
        return jdbc.sql("SELECT received, online FROM commune_dossier_month WHERE commune_id = :c AND month = :m")
                .param("c", communeId).param("m", month)
                .query((rs, n) -> new CommuneDossiers.Month(rs.getInt(1), rs.getInt(2))).optional();
    }

    /** Enters the commune's figures for the month (its first day), or replaces those entered before. */
    void set(long communeId, LocalDate month, int received, int online, long by, LocalDateTime at) {
        jdbc.sql("""
                        INSERT INTO commune_dossier_month (commune_id, month, received, online, entered_by, entered_at)
                        VALUES (:c, :m, :r, :o, :by, :now)
                        ON DUPLICATE KEY UPDATE received = VALUES(received), online = VALUES(online),
                            entered_by = VALUES(entered_by), entered_at = VALUES(entered_at)""")
                .param("c", communeId).param("m", month).param("r", received).param("o", online)
                .param("by", by).param("now", at).update();
    }
}

package vn.tramso.place;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Places (province → commune → village) and the kiosks that stand in them. */
@Service
@Transactional(readOnly = true)
public class PlaceService {

    private static final String KIOSK_PLACE = """
            SELECT k.code AS kiosk_code, v.code AS village_code, v.name AS village_name,
                   v.cultural_house_name AS cultural_house, c.name AS commune_name, p.name AS province_name,
                   k.active AS active
            FROM kiosk k
            JOIN village v ON v.id = k.village_id
            JOIN commune c ON c.id = v.commune_id
            JOIN province p ON p.id = c.province_id
            """;

    static final String VILLAGE = """
            SELECT v.id, v.code, v.name, v.cultural_house_name, v.commune_id, c.province_id, v.kind,
                   v.cultural_house_address, v.retired_at IS NOT NULL AS retired
            FROM village v JOIN commune c ON c.id = v.commune_id""";
    public static final Pattern KIOSK_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+){0,5}");

    private final JdbcClient jdbc;

    PlaceService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Village> village(String code) {
        return jdbc.sql(VILLAGE + " WHERE v.code = :code").param("code", code).query(PlaceService::village).optional();
    }

    public Optional<Commune> commune(Long id) {
        return id == null ? Optional.empty() : jdbc.sql("""
                        SELECT id, province_id, code, name, kind, retired_at IS NOT NULL FROM commune WHERE id = :id
                        """).param("id", id)
                .query((rs, n) -> new Commune(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        CommuneKind.valueOf(rs.getString(5)), rs.getBoolean(6)))
                .optional();
    }

    public Optional<Province> province(Long id) {
        return id == null ? Optional.empty() : jdbc.sql("SELECT id, code, name, retired_at IS NOT NULL FROM province WHERE id = :id")
                .param("id", id).query((rs, n) -> new Province(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }

    public Optional<Village> village(long id) {
        return jdbc.sql(VILLAGE + " WHERE v.id = :id").param("id", id).query(PlaceService::village).optional();
    }

    /** Villages whose cultural house has a kiosk: where bookings are taken. */
    public List<Village> villagesWithKiosk() {
        return jdbc.sql(VILLAGE + " WHERE v.retired_at IS NULL AND v.id IN (SELECT village_id FROM kiosk WHERE active) ORDER BY v.name")
                .query(PlaceService::village).list();
    }

    /** Every village in use (not retired), by name. */
    public List<Village> villages() {
        return jdbc.sql(VILLAGE + " WHERE v.retired_at IS NULL ORDER BY v.name").query(PlaceService::village).list();
    }

    public Optional<KioskPlace> kioskPlace(String kioskCode) {
        return jdbc.sql(KIOSK_PLACE + " WHERE k.code = :code AND k.active")
                .param("code", kioskCode)
                .query((rs, n) -> new KioskPlace(rs.getString("kiosk_code"), rs.getString("village_code"),
                        rs.getString("village_name"), rs.getString("cultural_house"), rs.getString("commune_name"),
                        rs.getString("province_name")))
                .optional();
    }

    public List<KioskOverview> kiosks() {
        return jdbc.sql(KIOSK_PLACE + " ORDER BY p.name, c.name, v.name")
                .query((rs, n) -> new KioskOverview(rs.getString("kiosk_code"), rs.getString("cultural_house"),
                        rs.getString("commune_name"), rs.getString("province_name"), rs.getBoolean("active")))
                .list();
    }

    static Village village(ResultSet rs, int row) throws SQLException {
        return new Village(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6),
                VillageKind.valueOf(rs.getString(7)), rs.getString(8), rs.getBoolean(9));
    }
}

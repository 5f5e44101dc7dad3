package vn.tramso.admin;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to places (province → commune → village) and the kiosks that stand in them. */
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

    private final JdbcClient jdbc;

    PlaceService(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}

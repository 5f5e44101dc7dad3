package vn.tramso.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;

/** Flyway migrations and place queries on real MariaDB. */
@IntegrationTest
class PlacesAndMigrationsTest {

    @Autowired
    Places places;
    @Autowired
    JdbcClient jdbc;

    @Test
    void migrations_build_the_places_kiosks_users_and_booking_tables() throws IOException {
        assertThat(jdbc.sql("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")
                .query(String.class).list()).as("every migration file ran, in order").containsExactlyElementsOf(migrationVersions());
        assertThat(jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")
                .query(String.class).list()).contains("province", "commune", "village", "kiosk", "user_account",
                        "duty_slot", "duty_closure", "slot_load", "ticket_counter", "booking", "notification");
    }

    private static List<String> migrationVersions() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        }
    }

    @Test
    void a_kiosk_knows_its_cultural_house_commune_and_province() {
        assertThat(places.kioskPlace("tra-phuong")).hasValue(new KioskPlace("tra-phuong", "HY-HQ-TRA-PHUONG",
                "Thôn Trà Phương", "Nhà văn hóa thôn Trà Phương", "Xã Hồng Quang", "Tỉnh Hưng Yên"));
        assertThat(places.kioskPlace("khong-co")).isEmpty();
    }

    @Test
    void the_kiosk_list_is_ordered_by_province_then_commune() {
        assertThat(places.kiosks()).extracting(KioskOverview::code).containsSubsequence("van-la", "tra-phuong");
    }

    @Test
    void a_village_code_is_unique_and_vietnamese_names_are_kept_exactly() {
        // SQL on purpose here and below: the schema's own constraints are under test (places are made by TestPlaces)
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO village (commune_id, code, name, kind, cultural_house_name)
                SELECT commune_id, code, 'Thôn khác', 'THON', 'Nhà văn hóa' FROM village WHERE code = 'HY-HQ-TRA-PHUONG'
                """).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql("SELECT name FROM village WHERE code = 'HN-HV-VAN-LA'").query(String.class).single())
                .isEqualTo("Thôn Vân La");
    }

    @Test
    void after_the_2025_reform_there_is_no_district_level() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE() AND column_name LIKE '%district%'")
                .query(Integer.class).single()).isZero();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO commune (province_id, code, name, kind)
                SELECT id, 'HY-X', 'Huyện X', 'HUYEN' FROM province WHERE code = 'HY'
                """).update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}

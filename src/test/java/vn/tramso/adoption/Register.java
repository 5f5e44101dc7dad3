package vn.tramso.adoption;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes an adoption test's own records straight into the tables: a commune of the demo province
 * (Hưng Yên), its villages, households, members and their facts, each with the dates the test gives.
 */
final class Register {

    private final JdbcClient jdbc;

    Register(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long commune(String code) {
        return jdbc.sql("""
                        INSERT INTO commune (province_id, code, name, kind)
                        VALUES ((SELECT id FROM province WHERE code = 'HY'), :code, :name, 'XA') RETURNING id""")
                .param("code", code).param("name", "Xã " + code).query(Long.class).single();
    }

    long village(long commune, String code) {
        return jdbc.sql("""
                        INSERT INTO village (commune_id, code, name, kind, cultural_house_name)
                        VALUES (:c, :code, :name, 'THON', :house) RETURNING id""")
                .param("c", commune).param("code", code).param("name", "Thôn " + code).param("house", "Nhà văn hóa " + code)
                .query(Long.class).single();
    }

    long household(long village, String code, LocalDate lastVisit, LocalDateTime created) {
        return jdbc.sql("""
                        INSERT INTO household (village_id, code, last_visit_on, created_at, updated_at)
                        VALUES (:v, :c, :visit, :at, :at) RETURNING id""")
                .param("v", village).param("c", code).param("visit", lastVisit).param("at", created).query(Long.class).single();
    }

    long member(long household, boolean adult, LocalDateTime created) {
        return jdbc.sql("""
                        INSERT INTO household_member (household_id, full_name, adult, created_at, updated_at)
                        VALUES (:h, :name, :adult, :at, :at) RETURNING id""")
                .param("h", household).param("name", "Người " + System.nanoTime()).param("adult", adult).param("at", created)
                .query(Long.class).single();
    }

    void fact(long member, String kind, int value, LocalDate asOf, LocalDateTime recorded) {
        jdbc.sql("""
                        INSERT INTO member_fact (member_id, kind, value, as_of, source, recorded_at)
                        VALUES (:m, :k, :v, :d, 'VOLUNTEER', :at)""")
                .param("m", member).param("k", kind).param("v", value).param("d", asOf).param("at", recorded).update();
    }
}

package vn.tramso.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;

/**
 * The schema runs on a Galera cluster (docs/decisions/008-two-app-nodes-on-galera.md): Galera
 * replicates InnoDB tables only, and a table without a primary key replicates its deletes and
 * updates row by row with a full scan on every other node (or not at all). A new migration that
 * breaks either rule fails here, not in a province's cluster.
 */
@IntegrationTest
class GaleraReadySchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_table_is_innodb() {
        assertThat(jdbc.sql("""
                SELECT CONCAT(table_name, ' (', engine, ')') FROM information_schema.tables
                WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'""")
                .query(String.class).list()).isEmpty();
    }

    @Test
    void every_table_has_a_primary_key() {
        assertThat(jdbc.sql("""
                SELECT t.table_name FROM information_schema.tables t
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND NOT EXISTS (
                    SELECT 1 FROM information_schema.table_constraints c
                    WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')""")
                .query(String.class).list()).isEmpty();
    }
}

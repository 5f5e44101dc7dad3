package vn.tramso.base.db;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.dialect.JdbcDialect;
import org.springframework.data.jdbc.core.dialect.JdbcMariaDbDialect;
import org.springframework.data.relational.core.sql.IdentifierProcessing;
import org.springframework.data.relational.core.sql.IdentifierProcessing.LetterCasing;
import org.springframework.data.relational.core.sql.IdentifierProcessing.Quoting;

/**
 * Spring Data JDBC's dialect, said rather than read from a connection: the production build's Spring AOT
 * processing (issue 23, docs/benchmarks.md "Start-up, side by side") would otherwise open the database at build
 * time to learn it, and the build has none. The same dialect Spring Data finds on MariaDB: back-quoted names,
 * their case kept (MariaDB on Linux reports mixed-case identifiers: {@code lower_case_table_names=0}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseDialect {

    @Bean
    JdbcDialect jdbcDialect() {
        return new JdbcMariaDbDialect(IdentifierProcessing.create(new Quoting("`"), LetterCasing.AS_IS));
    }
}

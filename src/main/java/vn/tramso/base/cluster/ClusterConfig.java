package vn.tramso.base.cluster;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** This node's {@link NodeSignals}, named by {@link ClusterSettings}. */
@Configuration
@EnableConfigurationProperties(ClusterSettings.class)
class ClusterConfig {

    @Bean
    NodeSignals nodeSignals(JdbcClient jdbc, PlatformTransactionManager transactions, ClusterSettings settings) {
        return new NodeSignals(jdbc, transactions, settings.node());
    }
}

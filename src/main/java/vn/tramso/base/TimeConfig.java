package vn.tramso.base;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One clock for the whole app, in the villages' time zone; tests replace it. Scheduled jobs are
 * on; each feature's jobs can be switched off with {@code tramso.scheduling.enabled=false}.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(AppSettings.class)
class TimeConfig {

    @Bean
    Clock clock(AppSettings settings) {
        return Clock.system(settings.zone());
    }
}

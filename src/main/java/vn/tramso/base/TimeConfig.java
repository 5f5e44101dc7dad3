package vn.tramso.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One clock for the whole app, in the villages' time zone; tests replace it. Scheduled jobs are
 * on; each feature's jobs can be switched off with {@code tramso.scheduling.enabled=false}.
 */
@Configuration
@EnableScheduling
class TimeConfig {

    @Bean
    Clock clock(@Value("${tramso.zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        return Clock.system(zone);
    }
}

package vn.tramso.base;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param zone the villages' time zone: the app's clock, days and scheduled jobs (env {@code TRAMSO_ZONE}) */
@ConfigurationProperties("tramso")
public record AppSettings(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {
}

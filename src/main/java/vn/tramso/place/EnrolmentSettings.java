package vn.tramso.place;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How kiosk browsers are enrolled.
 *
 * @param codeValidity  how long an enrolment code can be used (once)
 * @param localBrowsers enrol any browser on this machine (127.0.0.1) without a code: only for the
 *                      demo run ({@code application-demo.properties}), never behind a reverse proxy
 */
@ConfigurationProperties("tramso.kiosk.enrolment")
public record EnrolmentSettings(@DefaultValue("24h") Duration codeValidity, @DefaultValue("false") boolean localBrowsers) {
}

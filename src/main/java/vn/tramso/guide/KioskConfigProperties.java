package vn.tramso.guide;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where kiosk-config lives and which kiosk "/" opens.
 *
 * @param dir          the kiosk-config folder (env {@code TRAMSO_KIOSK_DIR})
 * @param defaultKiosk the kiosk shown at "/" (env {@code TRAMSO_KIOSK_DEFAULT_KIOSK})
 */
@ConfigurationProperties("tramso.kiosk")
public record KioskConfigProperties(@DefaultValue("kiosk-config") Path dir,
                                    @DefaultValue("tra-phuong") String defaultKiosk) {
}

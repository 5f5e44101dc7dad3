package vn.tramso.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the kiosk's steps are read aloud.
 *
 * @param espeak the espeak-ng program (env {@code TRAMSO_VOICE_ESPEAK}); when it cannot be run there is no audio
 * @param dir    where the made audio files are kept (env {@code TRAMSO_VOICE_DIR}); made again if deleted
 * @param speed  words per minute
 */
@ConfigurationProperties("tramso.voice")
public record VoiceProperties(@DefaultValue("espeak-ng") String espeak,
                              @DefaultValue("data/voice") Path dir,
                              @DefaultValue("140") int speed) {
}

package vn.tramso.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the kiosk's steps are read aloud.
 *
 * @param espeak  the espeak-ng program (env {@code TRAMSO_VOICE_ESPEAK}); when it cannot be run there is no audio
 * @param dir     where the made audio files are kept (env {@code TRAMSO_VOICE_DIR}); made again if deleted
 * @param speed   words per minute
 * @param opusenc the opusenc program (Debian's opus-tools; env {@code TRAMSO_VOICE_OPUSENC}); when it cannot be run
 *                the files are kept as WAV, about 14 times larger (docs/benchmarks.md "Step audio")
 */
@ConfigurationProperties("tramso.voice")
public record VoiceProperties(@DefaultValue("espeak-ng") String espeak,
                              @DefaultValue("data/voice") Path dir,
                              @DefaultValue("140") int speed,
                              @DefaultValue("opusenc") String opusenc) {

    @ConstructorBinding
    public VoiceProperties {
    }

    /** With opusenc looked for under its usual name. */
    public VoiceProperties(String espeak, Path dir, int speed) {
        this(espeak, dir, speed, "opusenc");
    }
}

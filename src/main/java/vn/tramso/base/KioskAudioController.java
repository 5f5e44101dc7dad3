package vn.tramso.base;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@link KioskAudio}'s files with the Content-Type of their extension ({@link AudioKind}: Ogg Opus,
 * WAV, or a recorded voice's kind), kept by browsers for a year ({@code immutable}: the name is the hash
 * of voice, speed and text, or of a recording's bytes), never sniffed as another type.
 * An unknown name gets 404. No session is read or made.
 */
@RestController
class KioskAudioController {

    private final KioskAudio audio;

    KioskAudioController(KioskAudio audio) {
        this.audio = audio;
    }

    @GetMapping(KioskAudio.PATH + "{name}")
    void file(@PathVariable String name, HttpServletResponse response) throws IOException {
        Optional<Path> file = audio.file(name);
        if (file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, KioskAssetController.CACHE);
        response.setHeader(HttpHeaders.PRAGMA, null);
        response.setHeader(HttpHeaders.EXPIRES, null);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(AudioKind.of(name).orElseThrow().contentType());
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }
}

package vn.tramso.alert;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hands a leader an alert's loudspeaker file ({@link LoudspeakerFiles}) as an attachment. Only for a
 * signed-in staff session (SecurityConfig sends anyone else to the sign-in page); a commune not theirs
 * gets 403 and no file; a file that cannot be made (no espeak-ng) 404. The browser keeps no copy.
 */
@RestController
class LoudspeakerController {

    private final LoudspeakerFiles files;

    LoudspeakerController(LoudspeakerFiles files) {
        this.files = files;
    }

    @GetMapping(LoudspeakerFiles.PATH + "{alertId}/{communeId}.wav")
    void file(@PathVariable long alertId, @PathVariable long communeId, HttpServletResponse response) throws IOException {
        Optional<LoudspeakerFiles.LoudspeakerFile> file;
        try {
            file = files.file(alertId, communeId);
        } catch (AccessDeniedException refused) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.get().fileName()).build().toString());
        response.setContentType("audio/wav");
        response.setContentLengthLong(Files.size(file.get().path()));
        Files.copy(file.get().path(), response.getOutputStream());
    }
}

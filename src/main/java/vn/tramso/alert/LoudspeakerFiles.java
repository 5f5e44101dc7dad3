package vn.tramso.alert;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.tramso.base.KioskAudio;
import vn.tramso.base.Text;
import vn.tramso.place.Commune;
import vn.tramso.place.CommuneId;
import vn.tramso.place.PlaceScope;

/**
 * An alert as an audio file for a commune's loudspeaker ("loa phát thanh", issue 24): "Thông báo của
 * Ủy ban nhân dân xã …", then the alert twice, as uncompressed WAV for the loudspeaker's PC, at
 * {@value #PATH}{@code <alert id>/<commune id>.wav} ({@link LoudspeakerController}). Only for a
 * commune the alert is for, and only to the staff member whose place covers that commune: its
 * leader, its province's admin, an admin (never a volunteer); anyone else gets the project's refusal
 * for a place not theirs ({@link AccessDeniedException}, 403) and never another commune's file
 * (docs/security.md).
 */
@Service
public class LoudspeakerFiles {

    public static final String PATH = "/alert-audio/";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** @param fileName the date the alert starts, its title's and its commune's names without tones: "2027-02-01-gia-danh-cong-an-xa-hong-quang.wav" */
    public record LoudspeakerFile(String fileName, Path path) {
    }

    private final AlertStore store;
    private final AlertVoices voices;
    private final PlaceScope scope;
    private final KioskAudio audio;
    private final Clock clock;

    LoudspeakerFiles(AlertStore store, AlertVoices voices, PlaceScope scope, KioskAudio audio, Clock clock) {
        this.store = store;
        this.voices = voices;
        this.scope = scope;
        this.audio = audio;
        this.clock = clock;
    }

    /** Whether files can be made at all (espeak-ng on this machine); without it the download is not offered. */
    public boolean available() {
        return audio.available();
    }

    /** Where the browser gets the alert's file for the commune. */
    public static String address(long alertId, long communeId) {
        return PATH + alertId + "/" + communeId + ".wav";
    }

    /**
     * The alert's announcement for the commune: made at the first download (about 0.1 s), then kept;
     * empty when it cannot be made, or the alert was withdrawn or has ended (its {@code validTo} is not
     * after now): a warning no longer in force must not go out on the loudspeaker.
     *
     * @throws AccessDeniedException when nobody is signed in, the alert is unknown or not for the commune, or the
     *                               commune is not the signed-in staff member's
     */
    public Optional<LoudspeakerFile> file(long alertId, long communeId) {
        ScamAlert alert = store.byId(alertId).map(a -> a.named(null))
                .orElseThrow(() -> new AccessDeniedException("No alert " + alertId));
        if (!alert.communeIds().contains(communeId)) {
            throw new AccessDeniedException("Alert " + alertId + " is not for commune " + communeId);
        }
        Commune commune = scope.commune(new CommuneId(communeId));
        if (alert.withdrawn() || !LocalDateTime.now(clock).isBefore(alert.validTo())) {
            return Optional.empty();
        }
        return voices.loudspeaker(alert, commune).map(path -> new LoudspeakerFile(
                String.join("-", DAY.format(alert.validFrom()), slug(alert.title(), 50), slug(commune.name(), 30)) + ".wav", path));
    }

    /** "Giả danh công an!" → "gia-danh-cong-an": a file name any loudspeaker PC accepts. */
    static String slug(String text, int longest) {
        String s = Text.withoutTones(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        s = s.length() <= longest ? s : s.substring(0, longest).replaceAll("-[^-]*$|-$", "");
        return s.isEmpty() ? "canh-bao" : s;
    }
}

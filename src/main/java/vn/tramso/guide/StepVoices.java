package vn.tramso.guide;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tramso.base.KioskAudio;

/**
 * Every guide step read aloud in its kiosk's voice: the audio is made when kiosk-config loads or
 * reloads (never on a resident's tap), from the step's Vietnamese title, text, warning and tip after
 * {@link SpeechText}. A step whose audio could not be made has none, and its "Nghe" button is hidden.
 * Made in the background, one load after the other, so the node starts and serves its first kiosk
 * screen without waiting for espeak-ng (about 2 s for the shipped guides on a fresh disk; issue 23's
 * start-up): until a step's file is ready its button stays hidden. A step with a recorded human voice
 * ({@code audio:} in its guide) plays that instead, whatever the kiosk's voice. After each load the
 * files no step uses any more are deleted once they have been out of use for {@link KioskAudio#GRACE}.
 */
@Component
public class StepVoices {

    private static final Logger log = LoggerFactory.getLogger(StepVoices.class);

    private final KioskAudio audio;
    private final ExecutorService maker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("step-voices").factory());
    private volatile CompletableFuture<Void> prepared;
    /** The address of each step's audio in each voice, of the content prepared last: a screen only looks it up. */
    private volatile Map<Reading, String> ready = Map.of();

    private record Reading(String voice, GuideStep step) {
    }

    StepVoices(GuideCatalog catalog, KioskAudio audio) {
        this.audio = audio;
        prepareLater(catalog.content());
        catalog.onLoad(this::prepareLater);
    }

    /** Done when the audio of the content loaded last has been made (or could not be). */
    public CompletableFuture<Void> prepared() {
        return prepared;
    }

    @PreDestroy
    void stop() {
        maker.shutdownNow();
    }

    private void prepareLater(KioskContent content) {
        prepared = CompletableFuture.runAsync(() -> prepare(content), maker).whenComplete((done, failure) -> {
            if (failure != null) {
                log.error("kiosk voice: the steps' audio could not be made", failure);
            }
        });
    }

    /** The address of the step's audio in the kiosk's voice, when it was made. */
    public Optional<String> url(KioskSettings kiosk, GuideStep step) {
        return Optional.ofNullable(ready.get(new Reading(kiosk.voice(), step)));
    }

    /** What espeak-ng reads for a step. */
    static String said(GuideStep step, Pronunciations pronunciations) {
        StringBuilder s = new StringBuilder(sentence(step.title().vi())).append(' ').append(sentence(step.text().vi()));
        if (step.warning() != null) {
            s.append(" Lưu ý: ").append(sentence(step.warning().vi()));
        }
        if (step.tip() != null) {
            s.append(" Mẹo: ").append(sentence(step.tip().vi()));
        }
        return SpeechText.of(s.toString(), pronunciations);
    }

    private void prepare(KioskContent content) {
        Map<Reading, String> made = new HashMap<>();
        Map<Path, Optional<String>> published = new HashMap<>();
        int failed = 0;
        Set<String> voices = new HashSet<>();
        for (KioskSettings kiosk : content.kiosks().values()) {
            voices.add(kiosk.voice());
            for (Guide guide : content.guidesOf(kiosk)) {
                for (GuideStep step : guide.steps()) {
                    Optional<String> address = Optional.ofNullable(step.recording())
                            .flatMap(recording -> published.computeIfAbsent(recording, audio::publish))
                            .or(() -> audio.prepare(kiosk.voice(), said(step, content.pronunciations())));
                    if (address.isPresent()) {
                        made.put(new Reading(kiosk.voice(), step), address.get());
                    } else if (audio.available()) {
                        failed++;
                    }
                }
            }
        }
        Set<String> before = new HashSet<>(ready.values());
        before.removeAll(made.values());
        ready = Map.copyOf(made);
        audio.retire(before);
        int swept = audio.sweep(made.values(), KioskAudio.GRACE);
        log.info("kiosk voice: {} step readings ready in voices {}{}{}", made.size(), voices,
                failed == 0 ? "" : ", " + failed + " could not be made", swept == 0 ? "" : ", " + swept + " unused files deleted");
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.matches(".*[.!?…:]$") ? t : t + ".";
    }
}

package vn.tramso.guide;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * ({@code audio:} in its guide) plays that instead, whatever the kiosk's voice.
 * <p>
 * The folder is shared with the alerts read aloud and, in a cluster, with the other nodes, so files are
 * deleted by when they were last used ({@link KioskAudio#sweep}): each load marks the steps' files as used
 * (and those it left out, so a kiosk still showing an old step keeps it a day), and so does a pass every
 * {@link #KEEP_FRESH} (half of {@link KioskAudio#GRACE}) while no load comes. After each reload and each
 * such pass, the files nobody used for {@link KioskAudio#GRACE} are deleted; never at start-up, when the
 * alerts' first pass may not have marked theirs yet (after the whole cluster was stopped for a day).
 */
@Component
public class StepVoices {

    private static final Logger log = LoggerFactory.getLogger(StepVoices.class);

    /** How often the steps' files are marked as used while no load comes: half the grace. */
    static final Duration KEEP_FRESH = KioskAudio.GRACE.dividedBy(2);

    private final KioskAudio audio;
    private final ScheduledExecutorService maker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("step-voices").factory());
    private volatile CompletableFuture<Void> prepared;
    /** Whether a load ran already: the first one (at start-up) deletes nothing. */
    private boolean loaded;
    /** The address of each step's audio in each voice, of the content prepared last: a screen only looks it up. */
    private volatile Map<Reading, String> ready = Map.of();

    private record Reading(String voice, GuideStep step) {
    }

    StepVoices(GuideCatalog catalog, KioskAudio audio) {
        this.audio = audio;
        prepareLater(catalog.content());
        catalog.onLoad(this::prepareLater);
        maker.scheduleWithFixedDelay(this::keepFresh, KEEP_FRESH.toMinutes(), KEEP_FRESH.toMinutes(), TimeUnit.MINUTES);
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
        audio.touch(before);
        int swept = loaded ? audio.sweep(made.values(), KioskAudio.GRACE) : 0;
        loaded = true;
        log.info("kiosk voice: {} step readings ready in voices {}{}{}", made.size(), voices,
                failed == 0 ? "" : ", " + failed + " could not be made", swept == 0 ? "" : ", " + swept + " unused files deleted");
    }

    /** Marks the steps' files as used now, then deletes those nobody used for the grace (every {@link #KEEP_FRESH}). */
    private void keepFresh() {
        try {
            Collection<String> used = ready.values();
            audio.touch(used);
            int swept = audio.sweep(used, KioskAudio.GRACE);
            if (swept > 0) {
                log.info("kiosk voice: {} files nobody used for {} deleted", swept, KioskAudio.GRACE);
            }
        } catch (RuntimeException e) { // the next pass tries again
            log.warn("kiosk voice: the voice folder could not be kept", e);
        }
    }

    /** Runs {@link #keepFresh} now, after any load under way (tests). */
    CompletableFuture<Void> keepFreshNow() {
        return CompletableFuture.runAsync(this::keepFresh, maker);
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.matches(".*[.!?…:]$") ? t : t + ".";
    }
}

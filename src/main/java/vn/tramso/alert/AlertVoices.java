package vn.tramso.alert;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tramso.base.KioskAudio;
import vn.tramso.base.Messages;
import vn.tramso.guide.GuideCatalog;
import vn.tramso.guide.KioskContent;
import vn.tramso.guide.KioskSettings;
import vn.tramso.guide.Pronunciations;
import vn.tramso.guide.SpeechText;
import vn.tramso.place.Commune;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * Scam alerts read aloud (issue 24), through the steps' normaliser and the commune's pronunciation
 * list ({@link SpeechText}, kiosk-config/pronunciation.yaml), asked of guide's API (decision 011,
 * rule 1: guide owns kiosk-config). For every alert not withdrawn and not ended: its kiosk reading in
 * each voice the kiosks use ({@link KioskAudio#prepare}).
 * <p>
 * Made in the background, one pass after the other, when an alert is published or withdrawn (on each
 * node, at its signal), at start, and every minute (so a changed pronunciation list or kiosk voice
 * counts from the next pass); never on a resident's tap. A file already on disk is not made again, but
 * marked as used, so no node's sweep of the shared voice folder deletes it (base.VoiceSweep).
 * When a pass makes a reading that was not ready, open kiosk screens are told ({@link AlertVoicesMade}).
 */
@Component
class AlertVoices {

    private static final Logger log = LoggerFactory.getLogger(AlertVoices.class);
    /** The voice of a kiosk or commune with no voice of its own in kiosk-config. */
    static final String DEFAULT_VOICE = "vi";

    private final AlertStore store;
    private final KioskAudio audio;
    private final GuideCatalog catalog;
    private final Places places;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExecutorService maker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("alert-voices").factory());
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile CompletableFuture<Void> passed = CompletableFuture.completedFuture(null);
    /** The address of each alert's kiosk reading in each voice, as of the last pass. */
    private volatile Map<Reading, String> ready = Map.of();

    private record Reading(long alertId, String voice) {
    }

    AlertVoices(AlertStore store, KioskAudio audio, GuideCatalog catalog, Places places, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.audio = audio;
        this.catalog = catalog;
        this.places = places;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        refresh();
    }

    @PreDestroy
    void stop() {
        maker.shutdownNow();
    }

    /** Asks for a pass over every alert; at most one waits (it reads every alert anew). Without espeak-ng, nothing. */
    void refresh() {
        if (!audio.available() || !queued.compareAndSet(false, true)) {
            return;
        }
        passed = CompletableFuture.runAsync(() -> {
            queued.set(false);
            pass();
        }, maker).whenComplete((done, failure) -> {
            if (failure != null) {
                log.error("alert voice: the alerts' audio could not be made", failure);
            }
        });
    }

    /** Done when the pass asked for last has run (tests). */
    CompletableFuture<Void> passed() {
        return passed;
    }

    /** The address of the alert's reading in the voice of the kiosk, once made. */
    Optional<String> kioskReading(long alertId, String kioskId) {
        String voice = catalog.kiosk(kioskId).map(KioskSettings::voice).orElse(DEFAULT_VOICE);
        return Optional.ofNullable(ready.get(new Reading(alertId, voice)));
    }

    /**
     * The loudspeaker announcement of the alert for the commune ({@link KioskAudio#loudspeaker}): the
     * commune's preface, then the alert twice, in the voice of the commune's kiosks. Made when a leader
     * first asks, then kept: 0.06-0.11 s for a 34-second announcement (1.5 MB of WAV), where making it
     * ahead for every commune of a province-wide alert would fill each node's disk with files few download
     * (docs/benchmarks.md). Never on a resident's tap.
     */
    Optional<Path> loudspeaker(ScamAlert alert, Commune commune) {
        KioskContent content = catalog.content();
        return audio.loudspeaker(voiceOf(commune.id(), content), announcement(alert, commune, content.pronunciations()));
    }

    private void pass() {
        List<AlertStore.Stored> alerts = store.alerts(AlertStore.Criteria.notEndedAt(LocalDateTime.now(clock)));
        KioskContent content = catalog.content();
        TreeSet<String> voices = new TreeSet<>(List.of(DEFAULT_VOICE));
        content.kiosks().values().forEach(k -> voices.add(k.voice()));
        Map<Reading, String> made = new HashMap<>();
        int failed = 0;
        for (AlertStore.Stored stored : alerts) {
            ScamAlert alert = stored.named(null);
            String said = kioskText(alert, content.pronunciations());
            for (String voice : voices) {
                Optional<String> address = audio.prepare(voice, said);
                address.ifPresent(a -> made.put(new Reading(alert.id(), voice), a));
                failed += address.isEmpty() ? 1 : 0;
            }
        }
        boolean news = !ready.keySet().containsAll(made.keySet());
        ready = Map.copyOf(made);
        if (news) {
            log.info("alert voice: {} alerts read aloud in voices {}{}", alerts.size(), voices, failed == 0 ? "" : ", " + failed + " files could not be made");
            events.publishEvent(new AlertVoicesMade());
        }
    }

    /** What a kiosk reads: "Cảnh báo lừa đảo", the title, the text. */
    static String kioskText(ScamAlert alert, Pronunciations pronunciations) {
        return SpeechText.of(Messages.vi("alert-voice.kiosk", sentence(alert.title()), sentence(alert.text())), pronunciations);
    }

    /** What the loudspeaker says: the commune's preface, the alert, and the alert again, as loudspeaker announcements do. */
    static String announcement(ScamAlert alert, Commune commune, Pronunciations pronunciations) {
        String name = commune.name().isEmpty() ? "" : commune.name().substring(0, 1).toLowerCase(Locale.ROOT) + commune.name().substring(1);
        return SpeechText.of(Messages.vi("alert-voice.loudspeaker", name, sentence(alert.title()), sentence(alert.text())), pronunciations);
    }

    /** The voice of the commune's kiosks (the first by kiosk id), or the default one; asks place only when kiosks' voices differ. */
    private String voiceOf(long communeId, KioskContent content) {
        List<KioskSettings> kiosks = content.kiosks().values().stream().sorted(Comparator.comparing(KioskSettings::id)).toList();
        List<String> used = kiosks.stream().map(KioskSettings::voice).distinct().toList();
        if (used.size() <= 1) {
            return used.isEmpty() ? DEFAULT_VOICE : used.getFirst();
        }
        Set<String> villages = places.villagesWithKiosk().stream().filter(v -> v.communeId() == communeId).map(Village::code)
                .collect(Collectors.toSet());
        return kiosks.stream().filter(k -> villages.contains(k.villageCode())).map(KioskSettings::voice).findFirst().orElse(DEFAULT_VOICE);
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.matches("(?s).*[.!?…:]$") ? t : t + ".";
    }
}

package vn.tramso.guide;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Serves the current kiosk-config content. Content is loaded at start-up (a bad file stops the
 * start with a message naming the file, line and field) and again on {@link #reload()}: a bad
 * reload is refused and the last good content keeps serving.
 */
@Service
@EnableConfigurationProperties(KioskConfigProperties.class)
public class GuideCatalog {

    private static final Logger log = LoggerFactory.getLogger(GuideCatalog.class);

    private final KioskConfigProperties properties;
    private final Clock clock;
    private final AtomicReference<KioskContent> content = new AtomicReference<>();
    private final AtomicReference<ReloadResult> lastReload = new AtomicReference<>();
    private final List<Consumer<KioskContent>> onLoad = new CopyOnWriteArrayList<>();

    GuideCatalog(KioskConfigProperties properties, Clock clock) throws InvalidContentException {
        this.properties = properties;
        this.clock = clock;
        KioskContent initial = ContentLoader.load(properties.dir());
        content.set(initial);
        lastReload.set(new ReloadResult(clock.instant(), List.of(), initial.kiosks().size(), initial.guides().size()));
        log.info("kiosk-config loaded from {}: {} kiosks, {} guides", properties.dir().toAbsolutePath(),
                initial.kiosks().size(), initial.guides().size());
    }

    /** Loads kiosk-config again; serves the new content only if every file is good. */
    public synchronized ReloadResult reload() {
        ReloadResult result;
        try {
            KioskContent fresh = ContentLoader.load(properties.dir());
            content.set(fresh);
            onLoad.forEach(listener -> tell(listener, fresh));
            result = new ReloadResult(clock.instant(), List.of(), fresh.kiosks().size(), fresh.guides().size());
            log.info("kiosk-config reloaded: {} kiosks, {} guides", result.kiosks(), result.guides());
        } catch (InvalidContentException e) {
            KioskContent current = content.get();
            result = new ReloadResult(clock.instant(), e.problems(), current.kiosks().size(), current.guides().size());
            log.warn("kiosk-config reload refused, last good content still served:\n{}", e.getMessage());
        }
        lastReload.set(result);
        return result;
    }

    /** A listener's failure is its own: the new content is served and the reload reported as it went. */
    private static void tell(Consumer<KioskContent> listener, KioskContent fresh) {
        try {
            listener.accept(fresh);
        } catch (RuntimeException e) {
            log.error("kiosk-config reloaded, but a part that follows it failed", e);
        }
    }

    /** Called with the new content after each reload that succeeded. */
    void onLoad(Consumer<KioskContent> listener) {
        onLoad.add(listener);
    }

    public ReloadResult lastReload() {
        return lastReload.get();
    }

    public KioskContent content() {
        return content.get();
    }

    public Optional<KioskSettings> kiosk(String id) {
        return content().kiosk(id);
    }

}

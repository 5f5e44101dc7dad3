package vn.tramso.adoption;

import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.tramso.base.security.SecurityContexts;
import vn.tramso.base.security.StaffUser;

/**
 * Upward reports written in the background (a province's thousand villages), so the leader's
 * screen shows how far the file has come and offers it when ready, and may be left meanwhile.
 * Two are written at a time; the files live in the temporary folder for {@link #KEPT} and are
 * offered only to whoever asked for them. Kept in this app node's memory: with several nodes the
 * screen comes back to the same node (Vaadin needs sticky sessions anyway).
 */
@Service
public class ReportExports {

    static final Duration KEPT = Duration.ofHours(2);
    private static final Logger LOG = LoggerFactory.getLogger(ReportExports.class);

    private final Adoption adoption;
    private final Clock clock;
    private final Map<String, ReportExport> exports = new ConcurrentHashMap<>();
    private final ExecutorService writers = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().name("report-export-", 1).factory());

    ReportExports(Adoption adoption, Clock clock) {
        this.adoption = adoption;
        this.clock = clock;
    }

    /**
     * Starts writing the place's report for the period, as the signed-in staff member; the same
     * report already under way for them is returned instead of a second one.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the place is not in their branch
     */
    public ReportExport start(Area area, Period period, ReportFiles.Format format) {
        Area checked = adoption.area(area.level(), area.id());
        Optional<ReportExport> running = mine().stream().filter(e -> e.area().equals(checked) && e.period().equals(period)
                && e.format() == format && (e.state() == ReportExport.State.WAITING || e.state() == ReportExport.State.WRITING)).findFirst();
        if (running.isPresent()) {
            return running.get();
        }
        ReportExport export = new ReportExport(UUID.randomUUID().toString(), StaffUser.require().username(), checked, period, format,
                LocalDateTime.now(clock));
        exports.put(export.id(), export);
        writers.execute(SecurityContexts.bind(() -> write(export)));
        return export;
    }

    /** The signed-in staff member's exports of the last hours, newest first. */
    public List<ReportExport> mine() {
        String me = StaffUser.require().username();
        return exports.values().stream().filter(e -> e.owner().equals(me))
                .sorted(Comparator.comparing(ReportExport::startedAt).reversed()).toList();
    }

    /** An export of the signed-in staff member; nobody else's. */
    public Optional<ReportExport> find(String id) {
        String me = StaffUser.require().username();
        return Optional.ofNullable(exports.get(id)).filter(e -> e.owner().equals(me));
    }

    private void write(ReportExport export) {
        try {
            Report report = adoption.report(export.area(), export.period());
            export.writing(0, report.rows().size() + 1);
            Path file = Files.createTempFile("tram-so-report-", "." + export.format().extension());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                export.format().write(report, out, export::writing);
            }
            export.ready(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Report export {} of {} failed", export.id(), export.area().name(), e);
            export.failed();
        }
    }

    /** Forgets exports older than {@link #KEPT} and deletes their files. */
    @Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
    void forgetOld() {
        LocalDateTime before = LocalDateTime.now(clock).minus(KEPT);
        exports.values().removeIf(e -> {
            if (e.startedAt().isBefore(before) && e.state() != ReportExport.State.WRITING && e.state() != ReportExport.State.WAITING) {
                delete(e);
                return true;
            }
            return false;
        });
    }

    @PreDestroy
    void stop() {
        writers.shutdownNow();
        exports.values().forEach(ReportExports::delete);
    }

    private static void delete(ReportExport export) {
        if (export.file() != null) {
            try {
                Files.deleteIfExists(export.file());
            } catch (IOException e) {
                LOG.warn("Could not delete {}", export.file(), e);
            }
        }
    }
}

package vn.tramso.adoption;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An upward report being written in the background for whoever asked for it: how far it has come,
 * and the file once it is ready. Kept by {@link ReportExports} for a few hours.
 */
public final class ReportExport {

    public enum State {
        WAITING, WRITING, READY, FAILED
    }

    private final String id;
    private final String owner;
    private final Area area;
    private final Period period;
    private final ReportFiles.Format format;
    private final LocalDateTime startedAt;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = State.WAITING;
    private volatile int done;
    private volatile int total;
    private volatile Path file;

    ReportExport(String id, String owner, Area area, Period period, ReportFiles.Format format, LocalDateTime startedAt) {
        this.id = id;
        this.owner = owner;
        this.area = area;
        this.period = period;
        this.format = format;
        this.startedAt = startedAt;
    }

    public String id() {
        return id;
    }

    String owner() {
        return owner;
    }

    public Area area() {
        return area;
    }

    public Period period() {
        return period;
    }

    public ReportFiles.Format format() {
        return format;
    }

    LocalDateTime startedAt() {
        return startedAt;
    }

    public State state() {
        return state;
    }

    /** Rows (villages and the total) written so far. */
    public int done() {
        return done;
    }

    /** Rows to write, once the figures are read; 0 before. */
    public int total() {
        return total;
    }

    public String fileName() {
        return ReportFiles.fileName(area, period, format.extension());
    }

    /** The finished file; only when {@link #state()} is READY. */
    public InputStream open() throws IOException {
        if (state != State.READY) {
            throw new IllegalStateException("export " + id + " is " + state);
        }
        return Files.newInputStream(file);
    }

    public long size() throws IOException {
        return Files.size(file);
    }

    /** Runs the listener (on the export's thread) whenever the export moves on; the screen pushes it. */
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells the screens at each whole percent, not at each of a province's thousand rows. */
    void writing(int done, int total) {
        boolean tell = state != State.WRITING || percent(done, total) != percent(this.done, this.total);
        this.state = State.WRITING;
        this.done = done;
        this.total = total;
        if (tell) {
            changed();
        }
    }

    private static long percent(int done, int total) {
        return total == 0 ? 0 : done * 100L / total;
    }

    void ready(Path file) {
        this.file = file;
        this.state = State.READY;
        changed();
    }

    void failed() {
        this.state = State.FAILED;
        changed();
    }

    Path file() {
        return file;
    }

    /** Tells the screens watching; one that has gone away meanwhile does not stop the file. */
    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException gone) {
                listeners.remove(listener);
            }
        }
    }
}

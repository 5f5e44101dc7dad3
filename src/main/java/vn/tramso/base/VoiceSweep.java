package vn.tramso.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link KioskAudio}'s folder to what the content uses: a file's modification time says when it was
 * made or last left out of the content, and a file out of use for longer than the grace is deleted.
 */
final class VoiceSweep {

    private static final Logger log = LoggerFactory.getLogger(VoiceSweep.class);

    private VoiceSweep() {
    }

    static void retire(Path dir, Pattern served, Set<String> names) {
        FileTime now = FileTime.from(Instant.now());
        for (String name : names) {
            Path file = dir.resolve(name);
            try {
                if (served.matcher(name).matches() && Files.isRegularFile(file)) {
                    Files.setLastModifiedTime(file, now);
                }
            } catch (IOException e) {
                log.warn("could not mark {} as retired: {}", file, e.getMessage());
            }
        }
    }

    /** The names deleted: files {@code ours} says are the voice's, not kept, unchanged for longer than {@code grace}. */
    static Set<String> sweep(Path dir, Predicate<String> ours, Set<String> keep, Duration grace) {
        Set<String> deleted = new HashSet<>();
        if (!Files.isDirectory(dir)) {
            return deleted;
        }
        Instant before = Instant.now().minus(grace);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (ours.test(name) && !keep.contains(name) && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
                    deleted.add(name);
                }
            }
        } catch (IOException e) {
            log.warn("could not sweep {}: {}", dir.toAbsolutePath(), e.getMessage());
        }
        return deleted;
    }
}

package vn.tramso.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * Keeps {@link KioskAudio}'s folder to what is used: a file's modification time says when it was last
 * made, found or touched by a user, and a file unused for longer than the grace is deleted. Every user of
 * the folder (the steps at each load and every half grace: guide.StepVoices; the alerts every minute:
 * alert.AlertVoices), on whichever node shares the folder, keeps its files fresher than the grace; so a
 * file older than that is used by no part and no node, and a sweep needs to know nothing of the others'
 * files, before or after a restart.
 */
final class VoiceSweep {

    private static final Logger log = LoggerFactory.getLogger(VoiceSweep.class);

    private VoiceSweep() {
    }

    /** Marks the files of these names (of the served pattern, in the folder) as used now. */
    static void touch(Path dir, Pattern served, Set<String> names) {
        names.stream().filter(name -> served.matcher(name).matches()).map(dir::resolve).filter(Files::isRegularFile).forEach(VoiceSweep::touch);
    }

    /**
     * Marks the file as used now; false when it is gone (a sweep deleted it meanwhile: make it again). A file
     * that cannot be marked (a read-only folder) still counts as there.
     */
    static boolean touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            log.warn("could not mark {} as used: {}", file, e.getMessage());
            return true;
        }
    }

    /** The names deleted: files {@code ours} says are the voice's, not kept, unused for longer than {@code grace}. */
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

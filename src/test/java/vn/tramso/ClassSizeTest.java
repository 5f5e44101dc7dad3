package vn.tramso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of the app over {@value #MOST} lines unless its comment says why (issue 22): a class that
 * long has usually grown a second reason to change. The reason is a sentence in the class's comment
 * starting "{@value #REASON}".
 */
class ClassSizeTest {

    static final int MOST = 250;
    static final String REASON = "Longer than 250 lines because";

    @Test
    void no_class_is_longer_than_250_lines_without_a_reason_in_its_comment() {
        assertThat(longClasses()).as("classes over %d lines (split them, or say why in the class comment: \"%s …\")", MOST, REASON)
                .isEmpty();
    }

    static List<String> longClasses() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(ClassSizeTest::tooLong).map(Path::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean tooLong(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.size() > MOST && lines.stream().noneMatch(l -> l.contains(REASON));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

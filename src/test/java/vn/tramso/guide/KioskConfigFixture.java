package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the real kiosk-config in a temporary folder, to break one file at a time. */
final class KioskConfigFixture {

    static final Path SHIPPED = Path.of("kiosk-config");

    final Path root;

    KioskConfigFixture(Path tempDir) {
        this.root = tempDir.resolve("kiosk-config");
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path source : files.toList()) {
                Path target = root.resolve(SHIPPED.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    KioskConfigFixture write(String file, String content) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the first occurrence of {@code from} in the file, failing if it is not there. */
    KioskConfigFixture replace(String file, String from, String to) {
        String text = read(file);
        assertThat(text).as("fixture text in " + file).contains(from);
        return write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** The 1-based line of the first line containing {@code text}. */
    int lineOf(String file, String text) {
        List<String> lines = read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    List<ContentProblem> problems() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> ContentLoader.load(root));
        assertThat(e).as("kiosk-config should be refused").isNotNull();
        return e.problems();
    }
}

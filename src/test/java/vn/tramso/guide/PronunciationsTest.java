package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commune's pronunciation list in kiosk-config: loaded with the rest, refused like the rest. */
class PronunciationsTest {

    private static final String FILE = "pronunciation.yaml";

    @TempDir
    Path temp;
    KioskConfigFixture config;

    @BeforeEach
    void copyShippedConfig() {
        config = new KioskConfigFixture(temp);
    }

    @Test
    void the_shipped_list_says_the_names_in_the_guides_as_people_say_them() throws Exception {
        Pronunciations list = ContentLoader.load(config.root).pronunciations();

        assertThat(list.words()).containsKeys("VNeID", "CCCD", "OTP", "QR", "eKYC");
    }

    @Test
    void the_commune_adds_a_word_of_its_own() throws Exception {
        config.write(FILE, config.read(FILE) + "  - word: HTX\n    say: hợp tác xã\n");

        assertThat(ContentLoader.load(config.root).pronunciations().words()).containsEntry("HTX", "hợp tác xã");
    }

    @Test
    void without_the_file_the_list_is_empty() throws Exception {
        java.nio.file.Files.delete(config.root.resolve(FILE));

        assertThat(ContentLoader.load(config.root).pronunciations().words()).isEmpty();
    }

    @Test
    void a_malformed_entry_is_refused_naming_the_file_line_and_field() {
        config.replace(FILE, "say: căn cước công dân", "say: căn cước <b>công dân</b>");
        int line = config.lineOf(FILE, "<b>");

        List<ContentProblem> problems = config.problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.field()).isEqualTo("words[2].say");
            assertThat(p.message()).contains("cách đọc");
        });
    }

    @Test
    void a_word_listed_twice_and_a_missing_say_are_refused() {
        config.write(FILE, "words:\n  - word: OTP\n    say: ô tê pê\n  - word: OTP\n    say: ô tê\n  - word: QR\n");

        assertThat(config.problems()).extracting(ContentProblem::field, ContentProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("words[2].word", 4),
                        org.assertj.core.groups.Tuple.tuple("words[3].say", 6));
    }
}

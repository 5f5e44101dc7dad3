package vn.tramso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tramso.base.ui.VietnameseTones.Tone.HOI;
import static vn.tramso.base.ui.VietnameseTones.Tone.HUYEN;
import static vn.tramso.base.ui.VietnameseTones.Tone.NANG;
import static vn.tramso.base.ui.VietnameseTones.Tone.NGA;
import static vn.tramso.base.ui.VietnameseTones.Tone.SAC;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTonesTest {

    @ParameterizedTest
    @CsvSource({
            "NGUYÊN, NGA, NGUYỄN",   // the vowel with a hat takes it
            "TRUONG, HUYEN, TRUÒNG", // no hats typed: last vowel before the final consonant
            "TRƯƠNG, HUYEN, TRƯỜNG", // ươ takes it on ơ
            "HOA, HUYEN, HÒA",       // two final vowels: the first
            "THUY, SAC, THÚY",
            "NGOAI, HUYEN, NGOÀI",   // three: the middle
            "QUY, SAC, QUÝ",         // qu is a consonant
            "GIANG, NANG, GIẠNG",    // gi is a consonant
            "GI, HUYEN, GÌ",
            "LAN, HOI, LẢN",
            "Thi, NANG, Thị",        // keeps the letter case
            "VĂN, SAC, VẮN"})
    void puts_the_tone_where_a_reader_expects(String word, VietnameseTones.Tone tone, String expected) {
        assertThat(VietnameseTones.apply(word, tone)).isEqualTo(expected);
    }

    @Test
    void applies_to_the_last_word_only_and_replaces_or_removes_a_tone() {
        assertThat(VietnameseTones.apply("NGUYỄN THI", NANG)).isEqualTo("NGUYỄN THỊ");
        assertThat(VietnameseTones.apply("NGUYỄN", SAC)).isEqualTo("NGUYẾN");
        assertThat(VietnameseTones.apply("NGUYỄN", NGA)).as("the same tone again takes it off").isEqualTo("NGUYÊN");
        assertThat(VietnameseTones.apply("NGUYỄN ", HOI)).as("nothing after the space yet").isEqualTo("NGUYỄN ");
        assertThat(VietnameseTones.apply("", HOI)).isEmpty();
        assertThat(VietnameseTones.apply("BCD", SAC)).as("no vowel").isEqualTo("BCD");
    }
}

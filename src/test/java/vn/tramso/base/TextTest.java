package vn.tramso.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Tones and marks off, đ as d, whether the text came composed or as letters and combining marks. */
class TextTest {

    @Test
    void tones_marks_and_the_crossed_d_go_and_nothing_else_changes() {
        assertThat(Text.withoutTones("Đình Dù, thôn Trà Phương")).isEqualTo("Dinh Du, thon Tra Phuong");
        assertThat(Text.withoutTones("NGUYỄN THỊ ÁNH đào")).isEqualTo("NGUYEN THI ANH dao");
        assertThat(Text.withoutTones(Normalizer.normalize("Hồng Quang", Normalizer.Form.NFD))).isEqualTo("Hong Quang");
        assertThat(Text.withoutTones("A1 - b2")).isEqualTo("A1 - b2");
    }
}

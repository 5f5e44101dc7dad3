package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What espeak-ng is given to read for a step's text: one test per rule. */
class SpeechTextTest {

    private static final Pronunciations WORDS = new Pronunciations(Map.of("VNeID", "vê en e ai đi", "OTP", "ô tê pê",
            "CH Play", "xi hát plây", "113", "một một ba"));

    private static String said(String text) {
        return SpeechText.of(text, WORDS);
    }

    @Test
    void a_date_is_read_as_day_month_and_year_without_leading_zeros() {
        assertThat(said("Hạn chót 25/03/2025.")).isEqualTo("Hạn chót ngày 25 tháng 3 năm 2025.");
        assertThat(said("Từ 1/7/2024, dùng VNeID.")).startsWith("Từ ngày 1 tháng 7 năm 2024,");
        assertThat(said("Họp ngày 05/09")).as("no year, 'ngày' written already").isEqualTo("Họp ngày 5 tháng 9");
        assertThat(said("Tỉ lệ 45/60")).as("not a date: read as a fraction").isEqualTo("Tỉ lệ 45 trên 60");
    }

    @Test
    void a_word_in_the_pronunciation_list_is_said_as_people_say_it_only_as_a_whole_word() {
        assertThat(said("Mở VNeID, nhập OTP.")).isEqualTo("Mở vê en e ai đi, nhập ô tê pê.");
        assertThat(said("Tải từ CH Play.")).as("a word of two parts").isEqualTo("Tải từ xi hát plây.");
        assertThat(said("OTPs và VNeIDx")).as("inside a longer word: left alone").isEqualTo("OTPs và VNeIDx");
        assertThat(said("Gọi 113 ngay")).as("a short number people say digit by digit").isEqualTo("Gọi một một ba ngay");
    }

    @Test
    void a_phone_number_is_read_digit_by_digit_with_a_pause_at_each_space_or_dot() {
        assertThat(said("Gọi 0900 000 001.")).isEqualTo("Gọi không chín không không, không không không, không không một.");
        assertThat(said("Gọi 0912.345.678")).isEqualTo("Gọi không chín một hai, ba bốn năm, sáu bảy tám");
        assertThat(said("Số +84 912")).isEqualTo("Số cộng tám bốn, chín một hai");
    }

    @Test
    void a_code_of_five_digits_or_more_is_read_digit_by_digit() {
        assertThat(said("Mã 482913 hết hạn.")).isEqualTo("Mã bốn tám hai chín một ba hết hạn.");
    }

    @Test
    void a_small_number_a_year_and_money_with_dots_are_read_as_numbers() {
        assertThat(said("Nhập 12 số, năm 2025")).isEqualTo("Nhập 12 số, năm 2025");
        assertThat(said("Mất 1.500.000 đồng")).isEqualTo("Mất 1500000 đồng");
    }

    @Test
    void common_symbols_are_read_as_words() {
        assertThat(said("Giảm 50% phí")).isEqualTo("Giảm 50 phần trăm phí");
        assertThat(said("Hỏi & đáp")).isEqualTo("Hỏi và đáp");
        assertThat(said("1 + 1 = 2")).isEqualTo("1 cộng 1 bằng 2");
        assertThat(said("km/h")).isEqualTo("km trên h");
        assertThat(said("Cài đặt -> Bảo mật")).isEqualTo("Cài đặt , Bảo mật");
    }
}

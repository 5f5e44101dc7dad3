package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
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

    @Test
    void a_day_and_month_without_a_year_is_a_date_only_where_a_date_is_said() {
        assertThat(said("Tổng đài 24/7")).as("round the clock, not 24 July").isEqualTo("Tổng đài 24 trên 7");
        assertThat(said("bước 2/3")).isEqualTo("bước 2 trên 3");
        assertThat(said("Từ 1/7 đến 15/7")).isEqualTo("Từ ngày 1 tháng 7 đến ngày 15 tháng 7");
    }

    @Test
    void a_month_and_year_is_read_as_month_and_year() {
        assertThat(said("Từ tháng 7/2024")).isEqualTo("Từ tháng 7 năm 2024");
        assertThat(said("Hạn 01/2025.")).isEqualTo("Hạn tháng 1 năm 2025.");
    }

    @Test
    void a_web_address_has_its_dots_said() {
        assertThat(said("Vào dichvucong.gov.vn để nộp.")).isEqualTo("Vào dichvucong chấm gov chấm vê en để nộp.");
        assertThat(said("Chỉ dùng trang có đuôi .gov.vn")).isEqualTo("Chỉ dùng trang có đuôi chấm gov chấm vê en");
    }

    @Test
    void an_amount_before_its_unit_is_one_number_and_a_decimal_comma_is_said() {
        assertThat(said("Phí 50.000đ")).isEqualTo("Phí 50000 đồng");
        assertThat(said("Phí 50000 đồng")).as("five digits before 'đồng': money, not a code").isEqualTo("Phí 50000 đồng");
        assertThat(said("Mất 1,5 tỷ")).isEqualTo("Mất 1 phẩy 5 tỷ");
    }

    @Test
    void text_typed_in_decomposed_unicode_matches_the_list_as_typed_normally() {
        String decomposed = Normalizer.normalize("Mở VNeID trên điện thoại", Normalizer.Form.NFD);

        assertThat(said(decomposed)).isEqualTo("Mở vê en e ai đi trên điện thoại");
    }
}

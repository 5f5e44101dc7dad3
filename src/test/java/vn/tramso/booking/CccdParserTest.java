package vn.tramso.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tramso.booking.CccdParser.Read;
import vn.tramso.booking.CccdParser.Reason;
import vn.tramso.booking.CccdParser.Refused;

class CccdParserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** A made-up card: province 033 (Hưng Yên), woman born in the 1900s (1), 1956. */
    static final String CARD = "033156001234|123456789|Nguyễn Thị Lan|12031956|Nữ|Thôn Trà Phương, Hồng Quang, Hưng Yên|15082021";

    @Test
    void reads_name_birth_date_and_gender_of_a_well_formed_card() {
        CccdCard card = read(CARD);
        assertThat(card.fullName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1956, 3, 12));
        assertThat(card.female()).isTrue();
        assertThat(card.idNumber()).isEqualTo("033156001234");
        assertThat(card.toString()).doesNotContain("033156001234", "Lan");
    }

    @Test
    void tolerates_an_empty_old_number_and_missing_or_extra_trailing_fields() {
        assertThat(read("001089012345||Trần Văn Minh|01021989|Nam|Hà Nội").fullName()).isEqualTo("Trần Văn Minh");
        assertThat(read(CARD + "|extra").fullName()).isEqualTo("Nguyễn Thị Lan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"§", "<", ">", "\\", "#", "¦", "!"})
    void takes_whatever_a_scanner_typed_in_place_of_the_bar_as_the_separator(String separator) {
        assertThat(read(CARD.replace("|", separator)).fullName()).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void reads_a_name_in_decomposed_unicode_as_the_same_name() {
        String decomposed = java.text.Normalizer.normalize(CARD, java.text.Normalizer.Form.NFD);
        assertThat(read(decomposed).fullName()).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void a_man_born_in_the_2000s_has_2_as_the_fourth_digit() {
        assertThat(read("034205001111||Lê Văn An|05062005|Nam|Thái Bình|01012022").female()).isFalse();
        assertThat(CccdParser.parse("034105001111||Lê Văn An|05062005|Nam|Thái Bình|01012022", TODAY))
                .as("century digit says 1900s").isEqualTo(new Refused(Reason.DAMAGED));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "hello", "https://vneid.gov.vn", "TRAMSO-12345678", "12345678901|123456789|Ten|01011990|Nam|x",
            "0331560012345|Nguyễn Thị Lan|12031956|Nữ|x|y", "abc156001234|123456789|Nguyễn Thị Lan|12031956|Nữ|x"})
    void refuses_what_is_not_an_id_card(String payload) {
        assertThat(CccdParser.parse(payload, TODAY)).isEqualTo(new Refused(Reason.NOT_A_CARD));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "033156001234|123456789|Nguyễn Thị Lan|12031956|Nữ",                         // 5 fields
            "033156001234|1|2|3|4|5|6|7|8",                                             // 9 fields
            "033156001234|123456789|Nguyễn Thị Lan|31021956|Nữ|x|y",                     // 31 February
            "033156001234|123456789|Nguyễn Thị Lan|1203195|Nữ|x|y",                      // 7-digit date
            "033156001234|123456789|Nguyễn Thị Lan|12031957|Nữ|x|y",                     // year not in the number
            "033156001234|123456789|Nguyễn Thị Lan|12031956|Nam|x|y",                    // gender not in the number
            "033156001234|123456789|Nguyễn Thị Lan|12031956|Female|x|y",
            "033156001234|12345678X|Nguyễn Thị Lan|12031956|Nữ|x|y",                     // old number not digits
            "033156001234|123456789|Nguyễn Th1 Lan|12031956|Nữ|x|y",                     // digit in name
            "033156001234|123456789|<script>|12031956|Nữ|x|y",
            "033156001234|123456789|Nguyễn Thị Lan|12031956|Nữ|x\u0000y|z",              // control character
            "033156001234|123456789|Nguyễn\u202EThị Lan|12031956|Nữ|x|y",                // bidi override
            "033356001234|123456789|Nguyễn Thị Lan|12032056|Nữ|x|y"})                     // born in the future
    void refuses_a_damaged_or_forged_card(String payload) {
        assertThat(CccdParser.parse(payload, TODAY)).isEqualTo(new Refused(Reason.DAMAGED));
    }

    @Test
    void refuses_a_ten_kilobyte_payload_without_looking_into_it() {
        String huge = CARD + "|" + "A".repeat(10_000);
        assertThat(CccdParser.parse(huge, TODAY)).isEqualTo(new Refused(Reason.NOT_A_CARD));
        assertThat(CccdParser.parse(null, TODAY)).isEqualTo(new Refused(Reason.NOT_A_CARD));
    }

    /**
     * Thousands of random and mutated payloads: the parser never throws, and whatever it accepts
     * is a plausible card (12-digit number matching the birth year, a name of letters).
     */
    @Test
    void fuzz_never_throws_and_accepts_only_plausible_cards() {
        Random random = new Random(20261122);
        String alphabet = "0123456789|§<>\\ abcdĐđNguyễnThịLanNamNữ\u0000\u001b\n\t\u202e-,./";
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            String payload = switch (i % 3) {
                case 0 -> randomString(random, alphabet, random.nextInt(120));
                case 1 -> mutate(random, CARD, alphabet);
                default -> randomCard(random);
            };
            CccdParser.Result result = CccdParser.parse(payload, TODAY);
            if (result instanceof Read(CccdCard card)) {
                accepted++;
                assertThat(card.idNumber()).matches("[0-9]{12}");
                assertThat(Integer.parseInt(card.idNumber().substring(4, 6))).isEqualTo(card.birthDate().getYear() % 100);
                assertThat(card.fullName()).matches("[\\p{L} ]{2,80}");
                assertThat(card.birthDate()).isBefore(TODAY.plusDays(1));
            }
        }
        assertThat(accepted).as("the generator also makes valid cards").isGreaterThan(1000);
    }

    private static CccdCard read(String payload) {
        CccdParser.Result result = CccdParser.parse(payload, TODAY);
        assertThat(result).isInstanceOf(Read.class);
        return ((Read) result).card();
    }

    private static String randomString(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String mutate(Random random, String card, String alphabet) {
        StringBuilder s = new StringBuilder(card);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> s.deleteCharAt(at);
                default -> s.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return s.toString();
    }

    private static String randomCard(Random random) {
        int year = 1930 + random.nextInt(90);
        boolean female = random.nextBoolean();
        int code = (year / 100 - 19) * 2 + (female ? 1 : 0);
        String id = String.format("%03d%d%02d%06d", 1 + random.nextInt(96), code, year % 100, random.nextInt(1_000_000));
        String birth = String.format("%02d%02d%d", 1 + random.nextInt(28), 1 + random.nextInt(12), year);
        String[] names = {"Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng", "Phạm Thị Hồng Nhung", "Đỗ Đức"};
        return id + "|" + (random.nextBoolean() ? "" : "123456789") + "|" + names[random.nextInt(names.length)] + "|"
                + birth + "|" + (female ? "Nữ" : "Nam") + "|Thôn X, Xã Y|01012021";
    }
}

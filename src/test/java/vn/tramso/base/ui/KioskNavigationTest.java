package vn.tramso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tramso.base.Topic;

class KioskNavigationTest {

    @Test
    void step_numbers_are_positive_whole_numbers() {
        assertThat(KioskNavigation.parseStep("1")).hasValue(1);
        assertThat(KioskNavigation.parseStep("12")).hasValue(12);
        assertThat(KioskNavigation.parseStep("0")).isEmpty();
        assertThat(KioskNavigation.parseStep("-1")).isEmpty();
        assertThat(KioskNavigation.parseStep("2a")).isEmpty();
        assertThat(KioskNavigation.parseStep("")).isEmpty();
        assertThat(KioskNavigation.parseStep(null)).isEmpty();
        assertThat(KioskNavigation.parseStep("99999999999")).isEmpty();
        assertThat(KioskNavigation.parseStep("٣")).as("non-ASCII digit").isEmpty();
    }

    @Test
    void topics_are_read_by_their_slug() {
        assertThat(KioskNavigation.parseTopic("luadao")).contains(Topic.LUADAO);
        assertThat(KioskNavigation.parseTopic("LUADAO")).isEmpty();
        assertThat(KioskNavigation.parseTopic(null)).isEmpty();
    }

    @Test
    void locations_carry_kiosk_guide_and_step() {
        assertThat(KioskNavigation.attract("tra-phuong")).isEqualTo("kiosk/tra-phuong");
        assertThat(KioskNavigation.home("tra-phuong")).isEqualTo("kiosk/tra-phuong/home");
        assertThat(KioskNavigation.topic("van-la", Topic.DICHVUCONG)).isEqualTo("kiosk/van-la/topic/dichvucong");
        assertThat(KioskNavigation.step("van-la", "vneid-muc-2", 3)).isEqualTo("kiosk/van-la/guide/vneid-muc-2/3");
    }

    @Test
    void the_language_is_vietnamese_unless_the_url_asks_for_english() {
        assertThat(KioskNavigation.languageOf(QueryParameters.empty())).isEqualTo(Locale.of("vi"));
        assertThat(KioskNavigation.languageOf(QueryParameters.simple(Map.of("lang", "en")))).isEqualTo(Locale.of("en"));
        assertThat(KioskNavigation.languageOf(QueryParameters.simple(Map.of("lang", "fr")))).isEqualTo(Locale.of("vi"));
        assertThat(KioskNavigation.language(Locale.of("en")).getQueryString()).isEqualTo("lang=en");
        assertThat(KioskNavigation.language(Locale.of("vi")).getQueryString()).isEmpty();
    }
}

package vn.tramso.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guides shipped in kiosk-config: all there, all valid, faithful to the domain's safety rules. */
class ShippedContentTest {

    static KioskContent content;

    @BeforeAll
    static void load() throws Exception {
        content = ContentLoader.load(KioskConfigFixture.SHIPPED);
    }

    @Test
    void the_nine_guides_residents_need_are_shipped() {
        assertThat(content.guides().keySet()).contains("vneid-muc-1", "vneid-muc-2", "vneid-giay-to", "dvc-dang-nhap",
                "dvc-nop-ho-so", "dvc-tra-cuu", "so-suc-khoe", "thanh-toan-an-toan", "lua-dao");
    }

    @Test
    void level_two_starts_at_the_commune_police_and_activates_in_the_app() {
        Guide guide = content.guide("vneid-muc-2").orElseThrow();
        assertThat(guide.step(1).text().vi()).contains("Công an xã").contains("không đăng ký tại nhà");
        assertThat(guide.steps()).anySatisfy(s -> assertThat(s.text().vi()).contains("Kích hoạt tài khoản định danh điện tử"));
        assertThat(guide.steps()).anySatisfy(s -> assertThat(s.text().vi()).contains("8 đến 20 ký tự"));
        assertThat(guide.link()).isEqualTo("https://vneid.gov.vn");
    }

    @Test
    void every_step_touching_otp_or_passwords_says_never_to_share_them_not_even_with_a_helper() {
        content.guides().values().forEach(guide -> guide.steps().forEach(step -> {
            String said = (step.title().vi() + " " + step.text().vi()).toLowerCase(Locale.ROOT);
            if (said.contains("otp") || said.contains("mật khẩu") || said.contains("passcode")) {
                assertThat(step.warning()).as(guide.id() + ": " + step.title().vi()).isNotNull();
                assertThat(step.warning().vi()).as(guide.id() + ": " + step.title().vi())
                        .containsIgnoringCase("không").contains("người đang giúp bạn");
            }
        }));
    }

    @Test
    void every_guide_is_translated_to_english() {
        content.guides().values().forEach(guide -> {
            assertThat(guide.title().en()).as(guide.id()).isNotBlank();
            guide.steps().forEach(step -> assertThat(step.text().en()).as(guide.id() + " " + step.title().vi()).isNotBlank());
        });
    }

    @Test
    void the_demo_kiosk_shows_every_guide() {
        KioskSettings kiosk = content.kiosk("tra-phuong").orElseThrow();
        assertThat(content.guidesOf(kiosk)).hasSize(content.guides().size());
        assertThat(kiosk.idleTimeout().toSeconds()).isEqualTo(120);
    }
}

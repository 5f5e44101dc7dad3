package vn.tramso.guide.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tramso.ClientNavigation.path;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tramso.ClientNavigation;
import vn.tramso.IntegrationTest;
import vn.tramso.Screens;
import vn.tramso.TestPlaces;
import vn.tramso.base.KioskAssets;
import vn.tramso.guide.StepVoices;
import vn.tramso.base.QrFiles;
import vn.tramso.base.security.KioskSessions;
import vn.tramso.base.ui.IdleGuard;
import vn.tramso.base.ui.NotFoundView;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.KioskDevices;
import vn.tramso.place.Places;
import vn.tramso.place.TestKiosks;

/** The kiosk screens without a browser: what a resident sees and where each button leads. */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class KioskViewsTest extends SpringBrowserlessTest {

    private static final Class<Component> BOOK_HELP_VIEW = Screens.named("vn.tramso.booking.ui.BookHelpView");
    private static final Class<Component> KIOSK_ALERTS_VIEW = Screens.named("vn.tramso.alert.ui.KioskAlertsView");

    @Autowired
    TestKiosks kiosks;
    @Autowired
    KioskDevices devices;
    @Autowired
    TestPlaces places;
    @Autowired
    Places placeService;
    @Autowired
    KioskAssets assets;
    @Autowired
    StepVoices voices;

    @BeforeEach
    void atTheEnrolledKioskOfTraPhuong() {
        kiosks.openHere("tra-phuong");
    }

    @Test
    void a_step_shows_its_number_title_text_and_qr_code() {
        navigate("kiosk/tra-phuong/guide/vneid-muc-2/4", StepView.class);

        assertThat(text("step-counter")).isEqualTo("Bước 4 / 8");
        assertThat($(H1.class).single().getText()).isEqualTo("Nhập mã OTP");
        assertThat(text("step-warning")).contains("Không bao giờ nói mã OTP cho bất kỳ ai");
        Image qr = $(Image.class).withClassName("qr-code").single();
        assertThat(qr.getAlt()).contains("Mã QR mở trang chính thức");
        assertThat(QrFiles.read(assets, qr.getSrc())).as("the served QR code, read").contains("https://vneid.gov.vn");
        Image picture = $(Image.class).withClassName("step-picture").single();
        assertThat(picture.getAlt()).contains("Nhập mã OTP");
        assertThat(assets.file(picture.getSrc().substring(KioskAssets.PATH.length()))).as("the illustration, served")
                .hasValueSatisfying(svg -> assertThat(new String(svg, StandardCharsets.UTF_8)).startsWith("<svg"));
        assertThat(text("qr-link")).isEqualTo("vneid.gov.vn");
    }

    @Test
    void next_and_back_move_one_step_and_keep_the_url() {
        navigate("kiosk/tra-phuong/guide/vneid-muc-2/1", StepView.class);
        tap(button("next-button"));
        assertThat(path()).isEqualTo("kiosk/tra-phuong/guide/vneid-muc-2/2");
        assertThat(text("step-counter")).isEqualTo("Bước 2 / 8");

        tap(button("back-button"));
        tap(button("back-button"));
        assertThat(path()).as("back from step 1 leads to the topic's guides").isEqualTo("kiosk/tra-phuong/topic/vneid");
    }

    @Test
    void the_last_step_offers_done_which_leads_home() {
        navigate("kiosk/tra-phuong/guide/dvc-tra-cuu/4", StepView.class);
        assertThat($(Button.class).withClassName("next-button").all()).isEmpty();

        tap(button("done-button"));
        assertThat(path()).isEqualTo("kiosk/tra-phuong/home");
    }

    @Test
    void a_scam_guides_step_links_to_the_alerts_in_force_for_the_commune() {
        navigate("kiosk/tra-phuong/guide/lua-dao/5", StepView.class);
        tap(button("step-alerts"));
        assertThat(path()).isEqualTo("kiosk/tra-phuong/alerts");
        assertThat(getCurrentView()).isInstanceOf(KIOSK_ALERTS_VIEW);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Cảnh báo lừa đảo mới nhất");
        navigate("kiosk/tra-phuong/guide/lua-dao/4", StepView.class);
        assertThat($(Button.class).withClassName("step-alerts").all()).as("only the steps that say so").isEmpty();
    }

    @Test
    void a_step_number_out_of_range_opens_the_first_step() {
        navigate("kiosk/tra-phuong/guide/vneid-muc-2/99", StepView.class);
        assertThat(path()).isEqualTo("kiosk/tra-phuong/guide/vneid-muc-2/1");
    }

    @Test
    void a_guide_this_kiosk_does_not_show_leads_home() {
        kiosks.openHere("van-la");
        navigate("kiosk/van-la/guide/vneid-muc-1/1", HomeView.class);
        assertThat(path()).isEqualTo("kiosk/van-la/home");
    }

    @Test
    void the_home_screen_offers_only_topics_this_kiosk_has_guides_for() {
        kiosks.openHere("van-la");
        navigate("kiosk/van-la/home", HomeView.class);
        assertThat($(Button.class).withClassName("topic-tile").all())
                .extracting(b -> b.getClassNames().stream().filter(c -> c.startsWith("topic-") && !c.equals("topic-tile")).findFirst().orElseThrow())
                .containsExactly("topic-vneid", "topic-dichvucong", "topic-luadao");
    }

    @Test
    void a_topic_lists_its_guides_and_opens_the_first_step() {
        navigate("kiosk/tra-phuong/topic/dichvucong", GuideListView.class);
        List<Button> guides = $(Button.class).withClassName("guide-button").all();
        assertThat(guides).extracting(b -> b.getElement().getAttribute("data-guide"))
                .containsExactly("dvc-dang-nhap", "dvc-nop-ho-so", "dvc-tra-cuu");

        tap(guides.get(1));
        assertThat(path()).isEqualTo("kiosk/tra-phuong/guide/dvc-nop-ho-so/1");
    }

    @Test
    void english_is_one_tap_away_and_stays_in_the_url() {
        navigate("kiosk/tra-phuong/guide/vneid-muc-2/4", StepView.class);
        tap(button("language-switch"));

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("kiosk/tra-phuong/guide/vneid-muc-2/4?lang=en");
        assertThat(text("step-counter")).isEqualTo("Step 4 / 8");
        assertThat($(H1.class).single().getText()).isEqualTo("Enter the OTP code");

        tap(button("next-button"));
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getQueryString()).isEqualTo("lang=en");
    }

    @Test
    void a_step_has_a_listen_button_playing_its_audio_in_vietnamese_only() throws Exception {
        voices.prepared().get(2, java.util.concurrent.TimeUnit.MINUTES); // made in the background at start
        navigate("kiosk/tra-phuong/guide/vneid-muc-2/4", StepView.class);

        Button listen = button("listen-button");
        assertThat(text("listen-label")).isEqualTo("Nghe");
        assertThat(listen.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat($(Span.class).withClassName("listen-icon").single().getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("listen-options").single().getElement().getChildren()
                .filter(child -> "audio".equals(child.getTag())).map(child -> child.getAttribute("src")).toList())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).matches("/kiosk-audio/[0-9a-f]{64}\\.opus");
        assertThat(List.of(button("listen-slow").getText(), button("listen-softer").getText(), button("listen-louder").getText()))
                .as("the slower and volume choices beside it").containsExactly("Đọc chậm", "Nhỏ hơn", "To hơn");

        tap(button("language-switch"));
        assertThat($(Button.class).withClassName("listen-button").all()).as("the audio is Vietnamese: not on the English screen").isEmpty();
    }

    @Test
    void i_need_help_on_a_step_leads_to_booking_help_carrying_the_guide_and_step() {
        navigate("kiosk/tra-phuong/guide/vneid-muc-2/2", StepView.class);

        tap(button("help-button"));
        assertThat(path()).isEqualTo("kiosk/tra-phuong/book");
        QueryParameters query = UI.getCurrent().getActiveViewLocation().getQueryParameters();
        assertThat(query.getSingleParameter("guide")).contains("vneid-muc-2");
        assertThat(query.getSingleParameter("step")).contains("2");
    }

    @Test
    void home_offers_booking_help_and_finding_a_booking_and_the_contact_line() {
        navigate("kiosk/tra-phuong/home", HomeView.class);
        assertThat(text("kiosk-contact")).contains("0900 000 001");

        tap(button("my-booking-tile"));
        assertThat(path()).isEqualTo("kiosk/tra-phuong/my-booking");
        navigate("kiosk/tra-phuong/home", HomeView.class);
        tap(button("book-tile"));
        assertThat(path()).isEqualTo("kiosk/tra-phuong/book");
    }

    @Test
    void the_attract_screen_starts_on_a_touch_and_is_not_idle_guarded() {
        navigate("kiosk/tra-phuong", AttractView.class);
        assertThat($(IdleGuard.class).all()).isEmpty();

        tap(button("start-button"));
        assertThat(path()).isEqualTo("kiosk/tra-phuong/home");
        assertThat($(IdleGuard.class).all()).hasSize(1);
    }

    @Test
    void an_enrolled_kiosk_without_settings_in_kiosk_config_says_so_plainly() {
        places.kiosk("chua-cai-dat", placeService.village("HY-NQ-DINH-DU").orElseThrow().id());
        kiosks.openHere("chua-cai-dat");
        navigate("kiosk/chua-cai-dat", AttractView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Máy chưa được cài đặt");
    }

    @Test
    void a_browser_that_is_not_this_kiosk_sees_only_that_the_screen_is_not_registered() {
        VaadinSession.getCurrent().getSession().removeAttribute(KioskSessions.DEVICE_ATTRIBUTE);
        navigate("kiosk/tra-phuong/book", BOOK_HELP_VIEW);
        assertNotRegistered();

        kiosks.openHere("van-la");
        navigate("kiosk/tra-phuong/home", HomeView.class);
        assertNotRegistered();

        KioskAccess traPhuong = kiosks.openHere("tra-phuong");
        kiosks.asAdmin(() -> {
            devices.revoke(traPhuong.deviceId());
            return null;
        });
        navigate("kiosk/tra-phuong/guide/vneid-muc-2/1", StepView.class);
        assertNotRegistered();
    }

    private void assertNotRegistered() {
        assertThat($(H1.class).single().getText()).isEqualTo("Màn hình này chưa được đăng ký");
        assertThat($(Button.class).all()).extracting(b -> b.getClassNames().contains("staff-sign-in")).containsExactly(true);
        assertThat($(IdleGuard.class).all()).isEmpty();
    }

    @Test
    void a_mistyped_address_says_so_in_vietnamese_and_offers_the_start() {
        navigate("kiosk/tra-phuong/khong-co-trang-nay", NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Không có trang này");

        tap(button("notfound-start"));
        assertThat(path()).isEqualTo("kiosk/tra-phuong");
    }

    @Test
    void the_root_opens_the_default_kiosk() {
        navigate("", AttractView.class);
        assertThat(path()).isEqualTo("kiosk/tra-phuong");
    }

    private String text(String className) {
        return $(Span.class).withClassName(className).all().stream().findFirst()
                .map(s -> s.getElement().getTextRecursively())
                .orElseGet(() -> $(com.vaadin.flow.component.Component.class).withClassName(className).single()
                        .getElement().getTextRecursively());
    }

    private void tap(Button button) {
        test(button).click();
        ClientNavigation.follow();
    }

    private Button button(String className) {
        return $(Button.class).withClassName(className).single();
    }
}

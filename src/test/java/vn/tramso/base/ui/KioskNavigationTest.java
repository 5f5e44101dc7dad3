package vn.tramso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tramso.base.ui.AppRoutes.screen;
import static vn.tramso.base.ui.KioskNavigation.GUIDE;
import static vn.tramso.base.ui.KioskNavigation.INVITE;
import static vn.tramso.base.ui.KioskNavigation.KIOSK;
import static vn.tramso.base.ui.KioskNavigation.STEP;
import static vn.tramso.base.ui.KioskNavigation.TOPIC;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tramso.base.Topic;
import vn.tramso.base.ui.AppRoutes.Screen;
import vn.tramso.rating.Ratings;

/** Typed navigation between kiosk screens: what a URL holds, and that each one reaches a screen. */
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

    /**
     * Each location leads to the screen it names, with the parameters that screen reads, as Vaadin's
     * own router resolves it: the routes are registered from the {@code @Route} classes of the
     * compiled code, so a route renamed on a screen, or a path mistyped here, fails this test.
     */
    @Test
    void every_location_leads_to_its_screen() {
        assertThat(screen(KioskNavigation.attract("tra-phuong"))).isEqualTo(new Screen("AttractView", Map.of(KIOSK, "tra-phuong")));
        assertThat(screen(KioskNavigation.home("tra-phuong"))).isEqualTo(new Screen("HomeView", Map.of(KIOSK, "tra-phuong")));
        assertThat(screen(KioskNavigation.topic("van-la", Topic.DICHVUCONG)))
                .isEqualTo(new Screen("GuideListView", Map.of(KIOSK, "van-la", TOPIC, "dichvucong")));
        assertThat(screen(KioskNavigation.step("van-la", "vneid-muc-2", 3)))
                .isEqualTo(new Screen("StepView", Map.of(KIOSK, "van-la", GUIDE, "vneid-muc-2", STEP, "3")));
        assertThat(screen(KioskNavigation.book("van-la"))).isEqualTo(new Screen("BookHelpView", Map.of(KIOSK, "van-la")));
        assertThat(screen(KioskNavigation.concern("van-la"))).isEqualTo(new Screen("ConcernKioskView", Map.of(KIOSK, "van-la")));
        assertThat(screen(KioskNavigation.alerts("van-la"))).isEqualTo(new Screen("KioskAlertsView", Map.of(KIOSK, "van-la")));
        assertThat(screen(KioskNavigation.messages("van-la"))).isEqualTo(new Screen("KioskMessagesView", Map.of(KIOSK, "van-la")));
        assertThat(screen(KioskNavigation.rating("van-la"))).isEqualTo(new Screen("KioskRatingView", Map.of(KIOSK, "van-la")));
        assertThat(screen(KioskNavigation.myBooking("van-la"))).isEqualTo(new Screen("MyBookingView", Map.of(KIOSK, "van-la")));
        assertThat(screen("kiosk/van-la/nowhere")).as("a path no screen serves").isNull();
    }

    /**
     * Routes are English (decision 012); the Vietnamese paths of QR codes already printed and links
     * already sent stay route aliases of the same screens, with the same parameters, while every
     * link made now takes the English path.
     */
    @Test
    void the_vietnamese_paths_of_links_already_out_open_the_same_screens_as_the_english_ones() {
        Map<String, String> renamed = Map.of(
                "kiosk/van-la/gop-y", "kiosk/van-la/concern",
                "kiosk/van-la/danh-gia", "kiosk/van-la/rating",
                "kiosk/van-la/canh-bao", "kiosk/van-la/alerts",
                "danh-gia/Ab3_x-9Zk2LmQpR7tUvW1y", "rating/Ab3_x-9Zk2LmQpR7tUvW1y",
                "danh-gia/chung/key-of-tra-phuong", "rating/public/key-of-tra-phuong");
        renamed.forEach((old, now) -> {
            assertThat(screen(now)).as(now).isNotNull();
            assertThat(screen(old)).as(old + " opens what " + now + " opens").isEqualTo(screen(now));
            assertThat(AppRoutes.target(old)).as(old).isSameAs(AppRoutes.target(now));
        });
        assertThat(screen("rating/Ab3_x-9Zk2LmQpR7tUvW1y")).isEqualTo(new Screen("LinkRatingPage", Map.of("token", "Ab3_x-9Zk2LmQpR7tUvW1y")));
        assertThat(screen("rating/public/key-of-tra-phuong")).isEqualTo(new Screen("PublicRatingPage", Map.of("key", "key-of-tra-phuong")));
        assertThat(screen(Ratings.LINK_PATH + "Ab3_x-9Zk2LmQpR7tUvW1y").view()).as("the link of a ticket's QR code").isEqualTo("LinkRatingPage");
        assertThat(screen(Ratings.PUBLIC_PATH + "key-of-tra-phuong").view()).as("the kiosk's public QR code").isEqualTo("PublicRatingPage");
        assertThat(Ratings.LINK_PATH + Ratings.PUBLIC_PATH).doesNotContain("danh-gia");
        assertThat(KioskNavigation.concern("van-la")).as("a link made now").isEqualTo("kiosk/van-la/concern");
        assertThat(KioskNavigation.rating("van-la")).isEqualTo("kiosk/van-la/rating");
        assertThat(KioskNavigation.alerts("van-la")).isEqualTo("kiosk/van-la/alerts");
    }

    @Test
    void booking_from_a_step_and_rating_at_an_invitation_carry_their_query() {
        Location fromStep = new Location(KioskNavigation.book("van-la", "vneid-muc-2", 4));
        assertThat(screen(fromStep.getPath())).isEqualTo(new Screen("BookHelpView", Map.of(KIOSK, "van-la")));
        assertThat(fromStep.getQueryParameters().getParameters()).isEqualTo(Map.of(GUIDE, List.of("vneid-muc-2"), STEP, List.of("4")));

        Location invited = new Location(KioskNavigation.rating("van-la", 42));
        assertThat(screen(invited.getPath())).isEqualTo(new Screen("KioskRatingView", Map.of(KIOSK, "van-la")));
        assertThat(invited.getQueryParameters().getParameters()).isEqualTo(Map.of(INVITE, List.of("42")));
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

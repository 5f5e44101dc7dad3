package vn.tramso.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.tramso.ClientNavigation;
import vn.tramso.IntegrationTest;
import vn.tramso.Screens;
import vn.tramso.base.ui.IdleGuard;
import vn.tramso.place.TestKiosks;

/**
 * The live kiosk screens note a visit's usage on the server as a resident taps through them (no
 * browser: the screens driven as in guide.ui's KioskViewsTest).
 */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
class LiveUsageTest extends SpringBrowserlessTest {

    private static final Class<Component> ATTRACT = Screens.named("vn.tramso.guide.ui.AttractView");
    private static final Class<Component> STEP = Screens.named("vn.tramso.guide.ui.StepView");

    @Autowired
    TestKiosks kiosks;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void atTheEnrolledKioskOfTraPhuong() {
        kiosks.openHere("tra-phuong");
    }

    @Test
    void a_visit_through_a_guide_is_noted_step_by_step_with_one_anonymous_visit_id() {
        navigate("kiosk/tra-phuong", ATTRACT);
        tap(button("start-button"));
        String visit = visitId();
        navigate("kiosk/tra-phuong/guide/dvc-tra-cuu/1", STEP);
        tap(button("next-button"));
        listenPlayed();
        tap(button("next-button"));
        tap(button("next-button"));
        tap(button("done-button"));

        assertThat(events(visit)).as("times are kept to the second: within one, any order").containsExactlyInAnyOrder("VISIT_STARTED -/-",
                "GUIDE_OPENED dvc-tra-cuu/1", "STEP_REACHED dvc-tra-cuu/1", "QR_SHOWN dvc-tra-cuu/1",
                "STEP_REACHED dvc-tra-cuu/2", "QR_SHOWN dvc-tra-cuu/2", "LISTEN_PLAYED dvc-tra-cuu/2",
                "STEP_REACHED dvc-tra-cuu/3", "QR_SHOWN dvc-tra-cuu/3",
                "STEP_REACHED dvc-tra-cuu/4", "QR_SHOWN dvc-tra-cuu/4", "GUIDE_FINISHED dvc-tra-cuu/4");
        Element guard = $(IdleGuard.class).single().getElement(); // back home after Done, then walked away
        guard.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(guard, "kiosk-expired", JsonMapper.shared().createObjectNode()));
        assertThat(events(visit)).as("left outside any guide: not counted against the guide's last step")
                .contains("ABANDONED -/-").doesNotContain("ABANDONED dvc-tra-cuu/4");
        assertThat(jdbc.sql("SELECT DISTINCT kiosk_id FROM usage_event WHERE visit = :v").param("v", visit).query(String.class).list())
                .containsExactly("tra-phuong");
    }

    @Test
    void help_asked_from_a_step_and_the_idle_reset_note_where_the_visit_was_left() {
        navigate("kiosk/tra-phuong/guide/vneid-muc-2/3", STEP);
        String visit = visitId();
        tap(button("help-button"));
        assertThat(ClientNavigation.path()).isEqualTo("kiosk/tra-phuong/book");

        Element guard = $(IdleGuard.class).single().getElement();
        guard.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(guard, "kiosk-expired", JsonMapper.shared().createObjectNode()));

        assertThat(events(visit)).as("times are kept to the second: within one, any order").containsExactlyInAnyOrder("GUIDE_OPENED vneid-muc-2/3", "STEP_REACHED vneid-muc-2/3", "QR_SHOWN vneid-muc-2/3",
                "HELP_ASKED vneid-muc-2/3", "ABANDONED vneid-muc-2/3");
    }

    /** What the step's "Nghe" button dispatches once playback starts (the browser side is another part's). */
    private void listenPlayed() {
        Element step = getCurrentView().getElement();
        step.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(step, "kiosk-listen-played", JsonMapper.shared().createObjectNode()));
    }

    private static String visitId() {
        KioskVisits.Visit visit = VaadinSession.getCurrent().getAttribute(KioskVisits.Visit.class);
        assertThat(visit).as("a visit in the session").isNotNull();
        return visit.id.toString();
    }

    private List<String> events(String visit) {
        return jdbc.sql("SELECT kind, guide_id, step FROM usage_event WHERE visit = :v ORDER BY at")
                .param("v", visit)
                .query((rs, n) -> rs.getString(1) + " " + (rs.getString(2) == null ? "-" : rs.getString(2)) + "/"
                        + (rs.getObject(3) == null ? "-" : rs.getInt(3)))
                .list();
    }

    private void tap(Button button) {
        test(button).click();
        ClientNavigation.follow();
    }

    private Button button(String className) {
        return $(Button.class).withClassName(className).single();
    }
}

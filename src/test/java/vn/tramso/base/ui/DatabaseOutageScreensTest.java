package vn.tramso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.tramso.IntegrationTest;
import vn.tramso.Screens;
import vn.tramso.place.TestKiosks;

/**
 * A tap or a screen that cannot reach the database (Hikari gave up after its 3 s wait): a resident
 * at the kiosk and a volunteer at a form are told, in Vietnamese, that nothing was saved and what
 * to do, and nothing they were doing is thrown away.
 */
@IntegrationTest
@ViewPackages(packages = "vn.tramso")
@WithUserDetails("tnv.traphuong")
class DatabaseOutageScreensTest extends SpringBrowserlessTest {

    private static final Class<Component> BOOK_HELP_VIEW = Screens.named("vn.tramso.booking.ui.BookHelpView");
    private static final Class<Component> HELP_SESSION_VIEW = Screens.named("vn.tramso.helpsession.ui.HelpSessionView");

    @Autowired
    TestKiosks kiosks;
    @Autowired
    MeterRegistry meters;

    @Test
    void a_kiosk_tap_that_cannot_reach_the_database_covers_the_screen_with_the_message_and_try_again_brings_the_resident_back_to_the_same_step() {
        kiosks.openHere("tra-phuong");
        navigate("kiosk/tra-phuong/book", BOOK_HELP_VIEW);
        test($(Button.class).withClassName("topic-choice").first()).click(); // the booking's second step
        String before = screenText();
        double shown = busyShown("kiosk");

        tapFailsWith(new CannotCreateTransactionException("Could not open JDBC Connection for transaction", poolTimeout()));
        assertThat(busyShown("kiosk")).as("counted for the province's board").isEqualTo(shown + 1);

        DatabaseBusyDialog busy = $(DatabaseBusyDialog.class).single();
        String message = busy.getElement().getTextRecursively();
        assertThat(message).contains("Hệ thống đang bận", "CHƯA được lưu", "Thử lại", "0900 000 001");
        tapFailsWith(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout()));
        assertThat($(DatabaseBusyDialog.class).all()).as("a second failed tap adds no second message").hasSize(1);

        test($(Button.class).withClassName("outage-retry").single()).click();
        assertThat($(DatabaseBusyDialog.class).all()).isEmpty();
        assertThat(getCurrentView()).isInstanceOf(BOOK_HELP_VIEW);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("kiosk/tra-phuong/book");
        assertThat(screenText()).isEqualTo(before);
    }

    @Test
    void a_kiosk_screen_that_cannot_open_says_the_system_is_busy_and_opens_once_the_database_is_back() {
        kiosks.openHere("tra-phuong");
        navigate("kiosk/tra-phuong/book", BOOK_HELP_VIEW);
        Registration outage = UI.getCurrent().addBeforeEnterListener((BeforeEnterListener) e -> {
            if (e.getNavigationTarget() != DatabaseBusyView.class) { // every screen's first query fails
                throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout());
            }
        });

        UI.getCurrent().navigate("kiosk/tra-phuong/my-booking");

        assertThat(getCurrentView()).isInstanceOf(DatabaseBusyView.class);
        assertThat(screenText()).contains("Hệ thống đang bận", "CHƯA được lưu", "0900 000 001", "Thử lại")
                .doesNotContain("Exception");
        assertThat(((Component) getCurrentView()).getChildren().filter(IdleGuard.class::isInstance))
                .as("the idle reset still watches the kiosk (a hidden component)").hasSize(1);

        outage.remove();
        test(retryOn((Component) getCurrentView())).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("kiosk/tra-phuong/my-booking");
        assertThat(getCurrentView()).isNotInstanceOf(DatabaseBusyView.class);
        assertThat(screenText()).doesNotContain("Hệ thống đang bận");
    }

    @Test
    void a_staff_save_that_cannot_reach_the_database_says_so_in_a_notification_and_the_form_keeps_what_was_typed() {
        navigate(HELP_SESSION_VIEW);
        TextArea notes = $(TextArea.class).first();
        test(notes).setValue("Bà Hoa cần làm lại thẻ BHYT");
        double shown = busyShown("staff");

        tapFailsWith(new CannotCreateTransactionException("Could not open JDBC Connection for transaction", poolTimeout()));

        assertThat(test($(Notification.class).last()).getText()).contains("Hệ thống đang bận", "CHƯA được lưu", "vẫn còn");
        assertThat(getCurrentView()).isInstanceOf(HELP_SESSION_VIEW);
        assertThat(notes.getValue()).isEqualTo("Bà Hoa cần làm lại thẻ BHYT");
        assertThat($(DatabaseBusyDialog.class).all()).isEmpty();
        assertThat(busyShown("staff")).isEqualTo(shown + 1);
    }

    private double busyShown(String screen) {
        Counter counter = meters.find("tramso.busy_shown").tag("screen", screen).counter();
        return counter == null ? 0 : counter.count();
    }

    /** What Vaadin does with an exception thrown by a click listener: it hands it to the session's error handler. */
    private static void tapFailsWith(Exception thrown) {
        VaadinSession session = VaadinSession.getCurrent();
        ErrorEvent.findErrorHandler(session).error(new ErrorEvent(thrown));
    }

    private static SQLTransientConnectionException poolTimeout() {
        return new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms.");
    }

    /** The browserless locator refuses to search a page showing a subclass of Vaadin's InternalServerError view. */
    private static Button retryOn(Component screen) {
        return screen.getElement().getComponent().stream()
                .flatMap(c -> Stream.concat(Stream.of(c), descendants(c)))
                .filter(c -> c instanceof Button b && b.hasClassName("outage-retry")).map(Button.class::cast)
                .findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component c) {
        return c.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    private String screenText() {
        return getCurrentView().getElement().getTextRecursively();
    }
}

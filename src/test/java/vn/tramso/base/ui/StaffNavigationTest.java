package vn.tramso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tramso.base.ui.AppRoutes.screen;

import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Typed navigation to the staff screens (decision 012): each location reaches, through Vaadin's
 * router, the screen it names, with the query that screen reads.
 */
class StaffNavigationTest {

    @Test
    void every_location_leads_to_its_screen() {
        Map<String, String> screens = Map.ofEntries(
                Map.entry(StaffNavigation.home(), "StaffHomeView"),
                Map.entry(StaffNavigation.login(), "LoginView"),
                Map.entry(StaffNavigation.queue(), "QueueView"),
                Map.entry(StaffNavigation.schedule(), "ScheduleView"),
                Map.entry(StaffNavigation.newSession(), "HelpSessionView"),
                Map.entry(StaffNavigation.sessions(), "SessionsView"),
                Map.entry(StaffNavigation.myHouseholds(), "MyHouseholdsView"),
                Map.entry(StaffNavigation.households(), "HouseholdsView"),
                Map.entry(StaffNavigation.concerns(), "ConcernsView"),
                Map.entry(StaffNavigation.messageChoices(), "MessageChoicesView"),
                Map.entry(StaffNavigation.dashboard(), "DashboardView"),
                Map.entry(StaffNavigation.ratings(), "RatingsView"),
                Map.entry(StaffNavigation.alerts(), "AlertsView"),
                Map.entry(StaffNavigation.outbox(), "OutboxView"),
                Map.entry(StaffNavigation.places(), "PlacesView"),
                Map.entry(StaffNavigation.accounts(), "AccountsView"),
                Map.entry(StaffNavigation.kiosks(), "KiosksView"),
                Map.entry(StaffNavigation.admin(), "AdminView"),
                Map.entry(StaffNavigation.password(), "PasswordView"));
        screens.forEach((location, view) -> assertThat(screen(location)).as(location).isNotNull()
                .extracting(AppRoutes.Screen::view).isEqualTo(view));
    }

    @Test
    void a_session_from_a_booking_and_a_receipt_carry_what_their_screens_read() {
        Location fromBooking = new Location(StaffNavigation.sessionFor(42));
        assertThat(screen(fromBooking.getPath()).view()).isEqualTo("HelpSessionView");
        assertThat(fromBooking.getQueryParameters().getParameters()).isEqualTo(Map.of(StaffNavigation.BOOKING, List.of("42")));

        Location receipt = new Location(StaffNavigation.receipt(7, true));
        assertThat(screen(receipt.getPath()).view()).isEqualTo("SessionReceiptView");
        assertThat(receipt.getPath()).endsWith("/7");
        assertThat(receipt.getQueryParameters().getParameters()).isEqualTo(Map.of(StaffNavigation.FROM, List.of("queue")));
        assertThat(new Location(StaffNavigation.receipt(7, false)).getQueryParameters().getParameters()).isEmpty();
    }
}

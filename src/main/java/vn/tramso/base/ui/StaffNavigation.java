package vn.tramso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;

/**
 * Typed navigation to the staff screens, for the staff menu and for the screens of other
 * features. A feature's screens are package-private (decision 012), so another package reaches
 * them by a method here, never by their class or a path string of its own; within its own package
 * a screen may still navigate by class. {@code StaffNavigationTest} checks that every location
 * reaches the screen it names through Vaadin's router. Paths are English, like the kiosk's
 * ({@link KioskNavigation}).
 */
public final class StaffNavigation {

    /** On the session screen: the booking whose help is logged. */
    public static final String BOOKING = "booking";
    /** On the session screen: filled like the volunteer's last session. */
    public static final String SAME = "same";
    /** On the receipt: {@code queue} when the session was logged from the queue, where "done" returns. */
    public static final String FROM = "from";
    /** The place on the kiosk usage screen: {@code xa-<commune id>} or {@code thon-<village id>}. */
    public static final String USAGE_PLACE = "noi";

    private StaffNavigation() {
    }

    /** After sign-in: forwards to the area of the user's role. */
    public static String home() {
        return "staff";
    }

    public static String login() {
        return "login";
    }

    /** Today's queue at the volunteer's cultural house. */
    public static String queue() {
        return "volunteer";
    }

    public static String schedule() {
        return "volunteer/schedule";
    }

    /** Logging a help session from scratch (a home visit, a phone call). */
    public static String newSession() {
        return "volunteer/session";
    }

    /** Logging the help a booking got, filled from it; saving it finishes the booking. */
    public static String sessionFor(long bookingId) {
        return newSession() + "?" + BOOKING + "=" + bookingId;
    }

    public static String sessions() {
        return "volunteer/sessions";
    }

    /** A logged session's receipt, where the resident is asked to rate the help. */
    public static String receipt(long sessionId, boolean fromQueue) {
        return "volunteer/rating/" + sessionId + (fromQueue ? "?" + FROM + "=queue" : "");
    }

    public static String myHouseholds() {
        return "volunteer/my-households";
    }

    public static String households() {
        return "volunteer/households";
    }

    public static String concerns() {
        return "concerns";
    }

    public static String messageChoices() {
        return "message-choices";
    }

    public static String dashboard() {
        return "dashboard";
    }

    /** Kiosk usage: where residents get stuck in the guides (usage.ui). */
    public static String usage() {
        return "usage";
    }

    /** Kiosk usage of a commune (all its villages) or of one village. */
    public static String usage(boolean commune, long id) {
        return usage() + "?" + USAGE_PLACE + "=" + (commune ? "xa-" : "thon-") + id;
    }

    public static String ratings() {
        return "ratings";
    }

    public static String alerts() {
        return "alerts";
    }

    /** The messages sent to residents, and the commune's message settings. */
    public static String outbox() {
        return "messages";
    }

    public static String places() {
        return "admin/places";
    }

    public static String accounts() {
        return "staff/accounts";
    }

    public static String kiosks() {
        return "admin/kiosks";
    }

    public static String admin() {
        return "admin";
    }

    public static String password() {
        return "staff/password";
    }

    /** Navigates inside the app to a location of this class, its query included. */
    public static void go(String location) {
        Location parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
    }
}

package vn.tramso.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import vn.tramso.base.Topic;

/**
 * Typed navigation between kiosk screens. All of a resident's state lives in the URL (kiosk,
 * topic, guide, step, and {@code ?lang=en} when English was chosen), so back/forward and reload
 * work and nothing of it is kept on the server. Paths are English (decision 012); the Vietnamese
 * ones of links already printed or sent stay served as route aliases.
 */
public final class KioskNavigation {

    public static final String KIOSK = "kiosk";
    public static final String TOPIC = "topic";
    public static final String GUIDE = "guide";
    public static final String STEP = "step";
    public static final String LANG = "lang";
    /** A volunteer's invitation to rate, on the rating screen. */
    public static final String INVITE = "moi";

    private KioskNavigation() {
    }

    public static String attract(String kiosk) {
        return "kiosk/" + kiosk;
    }

    public static String home(String kiosk) {
        return attract(kiosk) + "/home";
    }

    public static String topic(String kiosk, Topic topic) {
        return attract(kiosk) + "/topic/" + topic.slug();
    }

    public static String step(String kiosk, String guide, int step) {
        return attract(kiosk) + "/guide/" + guide + "/" + step;
    }

    /** Booking help; from a guide step, the guide and step come along (its topic is preset). */
    public static String book(String kiosk) {
        return attract(kiosk) + "/book";
    }

    public static String book(String kiosk, String guide, int step) {
        return book(kiosk) + "?" + GUIDE + "=" + guide + "&" + STEP + "=" + step;
    }

    /** Sending a concern or wish to the commune ("Góp ý, kiến nghị"); before decision 012 {@code /gop-y}, still served. */
    public static String concern(String kiosk) {
        return attract(kiosk) + "/concern";
    }

    /** The scam alerts in force for the kiosk's commune, linked from a guide step; before decision 012 {@code /canh-bao}. */
    public static String alerts(String kiosk) {
        return attract(kiosk) + "/alerts";
    }

    /** Scam alerts by message: agreeing, withdrawing, or refusing every message. */
    public static String messages(String kiosk) {
        return attract(kiosk) + "/messages";
    }

    /** Rating the cultural house's service; before decision 012 {@code /danh-gia}. */
    public static String rating(String kiosk) {
        return attract(kiosk) + "/rating";
    }

    /** Rating the help a volunteer just logged, at their invitation. */
    public static String rating(String kiosk, long invite) {
        return rating(kiosk) + "?" + INVITE + "=" + invite;
    }

    /** Finding a booking by its code, to see, cancel or move it. */
    public static String myBooking(String kiosk) {
        return attract(kiosk) + "/my-booking";
    }

    /**
     * Navigates keeping the resident's language choice. The browser's router performs the
     * navigation, as for a link: a server-side {@code UI.navigate} with Vaadin's React router
     * sometimes replaced the current history entry instead of adding one, which broke the
     * browser's back button.
     */
    public static void go(String location, Locale locale) {
        String query = language(locale).getQueryString();
        String separator = location.contains("?") ? "&" : "?";
        UI.getCurrent().navigateToClient(query.isEmpty() ? location : location + separator + query);
    }

    public static QueryParameters language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? QueryParameters.simple(Map.of(LANG, "en")) : QueryParameters.empty();
    }

    /** The language asked for in the URL: English for {@code ?lang=en}, else Vietnamese. */
    public static Locale languageOf(QueryParameters query) {
        return query.getSingleParameter(LANG).filter("en"::equals).map(Locale::of).orElse(Locale.of("vi"));
    }

    /** A step number from the URL: a positive whole number, else empty. */
    public static OptionalInt parseStep(String value) {
        if (value == null || value.isEmpty() || value.length() > 3 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        int step = Integer.parseInt(value);
        return step >= 1 ? OptionalInt.of(step) : OptionalInt.empty();
    }

    public static Optional<Topic> parseTopic(String value) {
        return value == null ? Optional.empty() : Topic.fromSlug(value);
    }
}

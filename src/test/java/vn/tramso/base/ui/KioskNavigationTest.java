package vn.tramso.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tramso.base.ui.KioskNavigation.GUIDE;
import static vn.tramso.base.ui.KioskNavigation.INVITE;
import static vn.tramso.base.ui.KioskNavigation.KIOSK;
import static vn.tramso.base.ui.KioskNavigation.STEP;
import static vn.tramso.base.ui.KioskNavigation.TOPIC;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tramso.base.Topic;

/** Typed navigation between kiosk screens: what a URL holds, and that each one reaches a screen. */
class KioskNavigationTest {

    private static final ApplicationRouteRegistry ROUTES = routes();

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

    /** A screen as the router found it: its class's simple name and the route parameters it was given. */
    record Screen(String view, Map<String, String> parameters) {
    }

    /** The screen Vaadin's router opens for a path (no query), or {@code null} when none does. */
    private static Screen screen(String path) {
        NavigationRouteTarget target = ROUTES.getNavigationRouteTarget(path);
        if (!target.hasTarget()) {
            return null;
        }
        RouteParameters parameters = target.getRouteParameters();
        return new Screen(target.getRouteTarget().getTarget().getSimpleName(), parameters.getParameterNames().stream()
                .collect(Collectors.toMap(name -> name, name -> parameters.get(name).orElseThrow())));
    }

    /** Vaadin's route registry, holding every {@code @Route} of the application as the running app registers it. */
    private static ApplicationRouteRegistry routes() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new ContextInMemory());
        RouteConfiguration configuration = RouteConfiguration.forRegistry(registry);
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.tramso").stream()
                .filter(c -> c.isAnnotatedWith(Route.class))
                .forEach(c -> configuration.setAnnotatedRoute(c.reflect().asSubclass(Component.class)));
        return registry;
    }

    /** The little of a servlet context the route registry needs: somewhere to keep itself. */
    private static final class ContextInMemory implements VaadinContext {

        private final Map<Class<?>, Object> attributes = new HashMap<>();

        @Override
        public synchronized <T> T getAttribute(Class<T> type, Supplier<T> defaultValueSupplier) {
            if (defaultValueSupplier != null && !attributes.containsKey(type)) {
                attributes.put(type, defaultValueSupplier.get());
            }
            return type.cast(attributes.get(type));
        }

        @Override
        public synchronized <T> void setAttribute(Class<T> type, T value) {
            attributes.put(type, value);
        }

        @Override
        public synchronized void removeAttribute(Class<?> type) {
            attributes.remove(type);
        }

        @Override
        public Enumeration<String> getContextParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String getContextParameter(String name) {
            return null;
        }
    }
}

package vn.tramso.base.ui;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Vaadin's own router over every {@code @Route} class of the compiled code (their
 * {@code @RouteAlias}es included), as the running app registers them, without starting the app:
 * a renamed route, or a path mistyped in a navigation class, fails the tests that ask it.
 */
final class AppRoutes {

    private static final ApplicationRouteRegistry ROUTES = routes();

    private AppRoutes() {
    }

    /** A screen as the router found it: its class's simple name and the route parameters it was given. */
    record Screen(String view, Map<String, String> parameters) {

        static Screen of(String view) {
            return new Screen(view, Map.of());
        }
    }

    /** The screen Vaadin's router opens for a path (no query), or {@code null} when none does. */
    static Screen screen(String path) {
        NavigationRouteTarget target = ROUTES.getNavigationRouteTarget(path);
        if (!target.hasTarget()) {
            return null;
        }
        RouteParameters parameters = target.getRouteParameters();
        return new Screen(target.getRouteTarget().getTarget().getSimpleName(), parameters.getParameterNames().stream()
                .collect(Collectors.toMap(name -> name, name -> parameters.get(name).orElseThrow())));
    }

    /** The class a path opens, or {@code null}. */
    static Class<? extends Component> target(String path) {
        NavigationRouteTarget target = ROUTES.getNavigationRouteTarget(path);
        return target.hasTarget() ? target.getRouteTarget().getTarget() : null;
    }

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

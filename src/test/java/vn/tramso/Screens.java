package vn.tramso;

import com.vaadin.flow.component.Component;

/**
 * Another feature's screen, for a test that opens it or checks it is open: a feature's screens are
 * package-private (decision 012), so a test of another package names their class instead of
 * importing it. A renamed or moved screen fails the test at once.
 */
public final class Screens {

    private Screens() {
    }

    /** @param className the screen's full class name, e.g. {@code vn.tramso.booking.ui.QueueView} */
    @SuppressWarnings("unchecked")
    public static <T extends Component> Class<T> named(String className) {
        try {
            return (Class<T>) Class.forName(className).asSubclass(Component.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No screen " + className, e);
        }
    }
}

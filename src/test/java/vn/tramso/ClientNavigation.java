package vn.tramso;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/**
 * Kiosk buttons navigate through the browser's router ({@code UI.navigateToClient}); browserless
 * tests follow that navigation here, as the browser would.
 */
public final class ClientNavigation {

    private ClientNavigation() {
    }

    /** Performs the last navigation the server asked the browser for; fails if there was none. */
    public static void follow() {
        String url = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("vaadin-router-go"))
                .map(js -> String.valueOf(js.getInvocation().getParameters().getFirst()))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("the button led nowhere"));
        int query = url.indexOf('?');
        UI.getCurrent().navigate(query < 0 ? url : url.substring(0, query),
                query < 0 ? QueryParameters.empty() : QueryParameters.fromString(url.substring(query + 1)));
    }

    public static String path() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }
}

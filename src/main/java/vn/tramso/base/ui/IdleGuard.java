package vn.tramso.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;

/**
 * Watches for a resident walking away. After the kiosk's idle time without a touch it shows
 * {@link IdleWarning} with a countdown and a large "Continue" button; when the countdown runs out
 * the kiosk is wiped: the HTTP session (and every Vaadin UI in it) is dropped, browser storage is
 * cleared and the attract screen replaces the page. Timers run in the browser; the events reach
 * the server even while a modal dialog is open ({@code allowInert}).
 */
public class IdleGuard extends Div {

    static final String IDLE_EVENT = "kiosk-idle";
    static final String EXPIRED_EVENT = "kiosk-expired";

    private static final String ARM = """
            const g = window.__kioskIdle || (window.__kioskIdle = {});
            g.el = $0; g.ms = $1;
            if (!g.arm) {
              g.arm = () => {
                if (g.warning || !g.el) return;
                clearTimeout(g.t);
                g.t = setTimeout(() => { g.warning = true; g.el.dispatchEvent(new CustomEvent('kiosk-idle')); }, g.ms);
              };
              ['pointerdown', 'keydown', 'touchstart', 'wheel'].forEach(
                  type => document.addEventListener(type, () => g.arm(), {capture: true, passive: true}));
            }
            clearInterval(g.countdown);
            g.warning = false;
            g.arm();
            """;
    private static final String DISARM = """
            const g = window.__kioskIdle;
            if (g) { clearTimeout(g.t); clearInterval(g.countdown); g.warning = true; g.el = null; }
            """;
    /** Clears storage now and again as the page unloads: the router saves scroll positions on pagehide. */
    private static final String WIPE = """
            const clear = () => { try { sessionStorage.clear(); localStorage.clear(); } catch (e) { } };
            clear();
            window.addEventListener('pagehide', clear);
            location.replace($0);
            """;

    private final String kiosk;
    private final Duration idleTimeout;
    private final Duration warningTime;
    private IdleWarning warning;
    private boolean wiped;

    IdleGuard(String kiosk, Duration idleTimeout, Duration warningTime) {
        this.kiosk = kiosk;
        this.idleTimeout = idleTimeout;
        this.warningTime = warningTime;
        getStyle().set("display", "none");
        getElement().addEventListener(IDLE_EVENT, e -> warn()).allowInert();
        getElement().addEventListener(EXPIRED_EVENT, e -> wipe()).allowInert();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(ARM, getElement(), idleTimeout.toMillis());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPage().executeJs(DISARM);
        if (warning != null) {
            warning.close();
        }
    }

    private void warn() {
        warning = new IdleWarning(warningTime, this::resume);
        warning.open();
        warning.startCountdown(getElement());
    }

    private void resume() {
        warning.close();
        warning = null;
        getElement().executeJs(ARM, getElement(), idleTimeout.toMillis());
    }

    /**
     * Drops everything the previous resident saw or chose, and shows the attract screen. Listeners of
     * {@link KioskVisitWiped} hear of it first, while the session is still there.
     */
    private void wipe() {
        if (wiped) {
            return;
        }
        wiped = true;
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new KioskVisitWiped(ui, kiosk));
        ui.getPage().executeJs(WIPE, "/" + KioskNavigation.attract(kiosk));
        VaadinSession.getCurrent().getSession().invalidate();
    }
}

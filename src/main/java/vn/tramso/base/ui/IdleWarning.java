package vn.tramso.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.time.Duration;

/**
 * "Are you still there?" with a countdown of at least 20 seconds (WCAG 2.2.1) and one large
 * button to continue.
 */
class IdleWarning extends KioskDialog {

    /**
     * Counts against a deadline, so a throttled or late timer never stretches the countdown. The
     * end is announced once: a second "expired" reaching the server after the session was dropped
     * would open a new session without the kiosk's device, and the attract screen would say "not
     * registered" (seen when a tick fired again before the page unloaded).
     */
    private static final String COUNTDOWN = """
            const g = window.__kioskIdle; const deadline = Date.now() + $1 * 1000; const guard = $2;
            clearInterval(g.countdown);
            g.expired = false;
            g.countdown = setInterval(() => {
              const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
              $0.textContent = left;
              if (left <= 0 && !g.expired) {
                g.expired = true;
                clearInterval(g.countdown);
                guard.dispatchEvent(new CustomEvent('kiosk-expired'));
              }
            }, 250);
            """;

    private final Span seconds = new Span();
    private final Duration time;

    IdleWarning(Duration time, Runnable onContinue) {
        super("idle-warning", "idle.title");
        this.time = time;
        setModal(true);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        seconds.addClassName("idle-seconds");
        seconds.setText(String.valueOf(time.toSeconds()));
        Paragraph message = new Paragraph(new Span(getTranslation("idle.message.before") + " "), seconds,
                new Span(" " + getTranslation("idle.message.after")));
        Button resume = new Button(getTranslation("idle.continue"), e -> onContinue.run());
        resume.addClassNames("kiosk-button", "primary", "idle-continue");
        content(message, resume);
    }

    void startCountdown(Element guard) {
        seconds.getElement().executeJs(COUNTDOWN, seconds.getElement(), time.toSeconds(), guard);
    }
}

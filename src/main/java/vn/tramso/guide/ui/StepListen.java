package vn.tramso.guide.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.function.Function;

/**
 * A step read aloud, played in the browser with no round trip to the server: the large "Nghe" button
 * (a second tap stops; while it plays it shows a stop sign, "Dừng" and {@code aria-pressed}), and beside
 * it (above the row of buttons on a portrait screen), smaller and quieter than Back and Next, "Đọc chậm" (three quarters of the speed, the pitch kept) and
 * "Nhỏ hơn" / "To hơn" (three volume levels). The choices last for the visit only: they are kept in
 * {@code sessionStorage}, which the idle reset wipes ({@code base.ui.IdleGuard}). A kiosk set to
 * {@code read_aloud} plays each step as it opens. Opening another step stops the one playing. Each start
 * is told to the page as a {@code kiosk-listen-played} event on the button (for the usage figures).
 * Slower is the browser's {@code playbackRate} rather than a second file made slower by espeak-ng:
 * docs/benchmarks.md "Step audio".
 */
final class StepListen {

    static final double SLOW_RATE = 0.75;

    private static final String PLAYER = """
            const [audio, options, slow, softer, louder, label, listenText, stopText, readAloud, slowRate] = [$0, $1, $2, $3, $4, $5, $6, $7, $8, $9];
            const button = this;
            const v = window.__kioskVoice || (window.__kioskVoice = {});
            if (v.audio && v.audio !== audio) { v.audio.pause(); }
            v.audio = audio;
            const LEVELS = [0.4, 0.7, 1.0];
            const get = key => { try { return sessionStorage.getItem(key); } catch (e) { return null; } };
            const put = (key, value) => { try { sessionStorage.setItem(key, value); } catch (e) { } };
            let level = Number(get('tramso.voice.level') ?? 1);
            if (!LEVELS[level]) { level = 1; }
            let slowOn = get('tramso.voice.slow') === '1';
            const apply = () => {
              audio.volume = LEVELS[level];
              audio.preservesPitch = true;
              audio.defaultPlaybackRate = audio.playbackRate = slowOn ? slowRate : 1;
              slow.setAttribute('aria-pressed', String(slowOn));
              softer.setAttribute('aria-disabled', String(level === 0));
              louder.setAttribute('aria-disabled', String(level === LEVELS.length - 1));
              options.dataset.level = String(level);
            };
            const show = playing => {
              button.classList.toggle('playing', playing);
              button.setAttribute('aria-pressed', String(playing));
              label.textContent = playing ? stopText : listenText;
            };
            let told = false;
            audio.addEventListener('play', () => show(true));
            audio.addEventListener('playing', () => {
              if (!told) { told = true; button.dispatchEvent(new CustomEvent('kiosk-listen-played', {bubbles: true})); }
            });
            audio.addEventListener('pause', () => { show(false); told = false; });
            audio.addEventListener('ended', () => { show(false); told = false; });
            const start = () => { apply(); audio.currentTime = 0; audio.play().catch(() => show(false)); };
            button.addEventListener('click', () => { if (audio.paused) { start(); } else { audio.pause(); audio.currentTime = 0; } });
            slow.addEventListener('click', () => { slowOn = !slowOn; put('tramso.voice.slow', slowOn ? '1' : '0'); apply(); });
            softer.addEventListener('click', () => { level = Math.max(0, level - 1); put('tramso.voice.level', String(level)); apply(); });
            louder.addEventListener('click', () => { level = Math.min(LEVELS.length - 1, level + 1); put('tramso.voice.level', String(level)); apply(); });
            apply();
            if (readAloud) { start(); }
            """;

    private final Button button;
    private final Div options;

    /**
     * @param url       the step's audio
     * @param readAloud whether it plays as the step opens
     * @param text      the translation of a message key
     */
    StepListen(String url, boolean readAloud, Function<String, String> text) {
        Span icon = new Span();
        icon.addClassName("listen-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        Span label = new Span(text.apply("step.listen"));
        label.addClassName("listen-label");
        button = new Button();
        button.setPrefixComponent(icon);
        button.getElement().appendChild(label.getElement());
        button.getElement().setAttribute("aria-pressed", "false");
        button.addClassNames("kiosk-button", "secondary", "listen-button");
        Element audio = new Element("audio");
        audio.setAttribute("src", url);
        audio.setAttribute("preload", "none"); // fetched on the first tap: a village link (docs/benchmarks.md "Step audio")
        audio.getClassList().add("step-audio");
        Button slow = option(text.apply("step.listen.slow"), "listen-slow");
        slow.getElement().setAttribute("aria-pressed", "false");
        Button softer = option(text.apply("step.listen.softer"), "listen-softer");
        Button louder = option(text.apply("step.listen.louder"), "listen-louder");
        options = new Div(slow, softer, louder);
        options.addClassName("listen-options");
        options.getElement().setAttribute("role", "group");
        options.getElement().setAttribute("aria-label", text.apply("step.listen.options"));
        options.getElement().appendChild(audio);
        button.getElement().executeJs(PLAYER, audio, options.getElement(), slow.getElement(), softer.getElement(), louder.getElement(),
                label.getElement(), text.apply("step.listen"), text.apply("step.listen.stop"), readAloud, SLOW_RATE);
    }

    private static Button option(String label, String className) {
        Button b = new Button(label);
        b.addClassNames("kiosk-button", "secondary", "listen-option", className);
        return b;
    }

    /** The large "Nghe" button, for the row of Back and Next. */
    Button button() {
        return button;
    }

    /** The slower and volume choices, with the audio element: after the "Nghe" button (kiosk.css places them). */
    Div options() {
        return options;
    }
}

package vn.tramso.concern.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.tramso.base.People;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.base.ui.KioskMessage;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.base.ui.KioskScreen;
import vn.tramso.base.ui.LetterKeypad;
import vn.tramso.base.ui.NumberPad;
import vn.tramso.concern.ConcernCategory;
import vn.tramso.concern.ConcernRefusedException;
import vn.tramso.concern.Concerns;

/**
 * "Góp ý, kiến nghị" at the kiosk, one decision per screen: what is kept and for whom (no name
 * asked) → what about (a tile per category) → the concern, typed on the letter keypad → a phone
 * for the answer, or none → sent, forwarded to the commune. Nothing typed goes into the URL; the
 * idle reset drops it with the session.
 */
@Route(value = "kiosk/:kiosk/concern", autoLayout = false)
@RouteAlias(value = "kiosk/:kiosk/gop-y", autoLayout = false) // before decision 012; kept for links already out
@AnonymousAllowed
class ConcernKioskView extends KioskScreen {

    static final int MAX_TEXT = 200;
    static final int MIN_TEXT = 5;

    private final Concerns concerns;
    private ConcernCategory category;
    private String text = "";
    private String phone = "";

    ConcernKioskView(KioskFrames frames, Concerns concerns) {
        super(frames);
        this.concerns = concerns;
        addClassName("concern-kiosk");
    }

    @Override
    protected String render(BeforeEnterEvent event) {
        category = null;
        text = "";
        phone = "";
        consentScreen();
        return getTranslation("kiosk-concern.title");
    }

    @Override
    protected boolean showsHelpButton() {
        return false;
    }

    private void consentScreen() {
        Paragraph what = new Paragraph(getTranslation("kiosk-concern.consent"));
        what.addClassName("consent-text");
        Button agree = button("kiosk-concern.agree", "primary", "concern-agree", this::categoryScreen);
        screen(getTranslation("kiosk-concern.title"), () -> go(KioskNavigation.home(kiosk.id())), what, agree);
    }

    private void categoryScreen() {
        Div tiles = new Div();
        tiles.addClassName("choice-tiles");
        for (ConcernCategory c : ConcernCategory.values()) {
            Button tile = new Button();
            Span label = new Span(getTranslation(c.labelKey()));
            label.addClassName("tile-label");
            tile.getElement().appendChild(label.getElement());
            tile.addClassNames("kiosk-button", "tile", "category-" + c.name().toLowerCase().replace('_', '-'));
            tile.addClickListener(e -> {
                category = c;
                textScreen();
            });
            tiles.add(tile);
        }
        screen(getTranslation("kiosk-concern.category"), this::consentScreen, tiles);
    }

    private void textScreen() {
        Button next = button("nav.next", "primary", "concern-text-next", this::phoneScreen);
        LetterKeypad keypad = new LetterKeypad(text, MAX_TEXT, value -> {
            text = value;
            next.setEnabled(value.strip().length() >= MIN_TEXT);
        });
        next.setEnabled(text.strip().length() >= MIN_TEXT);
        screenWithNext(getTranslation("kiosk-concern.text", getTranslation(category.labelKey())), this::categoryScreen, next, keypad);
    }

    private void phoneScreen() {
        Paragraph why = new Paragraph(getTranslation("kiosk-concern.phone.why"));
        Button send = button("kiosk-concern.send-with-phone", "primary", "concern-send-phone", () -> send(phone));
        NumberPad pad = new NumberPad(phone, 10, NumberPad::phone, value -> {
            phone = value;
            send.setEnabled(People.phone(value).isPresent());
        });
        send.setEnabled(People.phone(phone).isPresent());
        Button skip = button("kiosk-concern.send-without-phone", "secondary", "concern-send", () -> send(null));
        Div actions = new Div(send, skip);
        actions.addClassName("screen-actions");
        screen(getTranslation("kiosk-concern.phone"), this::textScreen, why, pad, actions);
    }

    private void send(String contactPhone) {
        try {
            concerns.recordAtKiosk(kiosk.deviceId(), category, text, contactPhone);
        } catch (ConcernRefusedException refused) {
            refused(getTranslation("kiosk-concern.refused"), refused, button("nav.back", "secondary", "back-button", this::textScreen));
            return;
        }
        category = null;
        text = "";
        phone = "";
        body.removeAll();
        KioskMessage thanks = new KioskMessage(getTranslation("kiosk-concern.sent"), getTranslation("kiosk-concern.sent.text"));
        thanks.addClassName("concern-sent");
        body.add(thanks, button("kiosk-concern.home", "primary", "concern-home", () -> go(KioskNavigation.home(kiosk.id()))));
    }
}

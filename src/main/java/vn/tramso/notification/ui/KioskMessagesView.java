package vn.tramso.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.tramso.base.People;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.base.ui.KioskMessage;
import vn.tramso.base.ui.KioskNavigation;
import vn.tramso.base.ui.KioskScreen;
import vn.tramso.base.ui.NumberPad;
import vn.tramso.notification.MessageChoice.Topic;
import vn.tramso.notification.MessageChoices;

/**
 * Scam alerts by message, at the kiosk, one decision per screen: what the resident wants (receive
 * the commune's alerts, stop them, or refuse every message) → the sentence they agree to, and their
 * phone on the number pad, one tap to confirm → done. Nothing typed goes into the URL; the idle reset
 * drops it with the session. The phone is checked, never shown back beyond what the pad shows.
 */
@Route(value = "kiosk/:kiosk/messages", autoLayout = false)
@AnonymousAllowed
class KioskMessagesView extends KioskScreen {

    private final MessageChoices choices;
    private Topic topic;
    private boolean granted;
    private String phone = "";

    KioskMessagesView(KioskFrames frames, MessageChoices choices) {
        super(frames);
        this.choices = choices;
        addClassName("kiosk-messages");
    }

    @Override
    protected String render(BeforeEnterEvent event) {
        phone = "";
        choiceScreen();
        return getTranslation("kiosk-messages.title");
    }

    private void choiceScreen() {
        Paragraph why = new Paragraph(getTranslation("kiosk-messages.why"));
        Div choicesBox = new Div(
                button("kiosk-messages.join", "primary", "messages-join", () -> phoneScreen(Topic.ALERTS, true)),
                button("kiosk-messages.leave", "secondary", "messages-leave", () -> phoneScreen(Topic.ALERTS, false)),
                button("kiosk-messages.refuse", "secondary", "messages-refuse", () -> phoneScreen(Topic.ALL, false)));
        choicesBox.addClassName("screen-actions");
        screen(getTranslation("kiosk-messages.title"), () -> go(KioskNavigation.alerts(kiosk.id())), why, choicesBox);
    }

    private void phoneScreen(Topic chosen, boolean grant) {
        topic = chosen;
        granted = grant;
        Paragraph wording = new Paragraph(choices.wording(kiosk.villageId(), chosen, grant));
        wording.addClassName("consent-text");
        Button confirm = button(grant ? "kiosk-messages.agree" : "kiosk-messages.confirm", "primary", "messages-confirm", this::save);
        NumberPad pad = new NumberPad(phone, 10, NumberPad::phone, value -> {
            phone = value;
            confirm.setEnabled(People.phone(value).isPresent());
        });
        confirm.setEnabled(People.phone(phone).isPresent());
        screenWithNext(getTranslation("kiosk-messages.phone"), this::choiceScreen, confirm, wording, pad);
    }

    private void save() {
        boolean recorded = choices.atKiosk(kiosk.deviceId(), kiosk.villageId(), phone, topic, granted);
        phone = "";
        body.removeAll();
        if (!recorded) {
            body.add(new KioskMessage(getTranslation("kiosk-concern.refused"), getTranslation("kiosk-messages.busy")),
                    button("kiosk-concern.home", "primary", "messages-home", () -> go(KioskNavigation.home(kiosk.id()))));
            return;
        }
        String done = topic == Topic.ALERTS && granted ? "kiosk-messages.done.joined"
                : topic == Topic.ALERTS ? "kiosk-messages.done.left" : "kiosk-messages.done.refused";
        KioskMessage thanks = new KioskMessage(getTranslation("kiosk-messages.done"), getTranslation(done));
        thanks.addClassName("messages-done");
        body.add(thanks, button("kiosk-concern.home", "primary", "messages-home", () -> go(KioskNavigation.home(kiosk.id()))));
    }
}

package vn.tramso.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.tramso.base.Formats;
import vn.tramso.base.People;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.notification.MessageChoice.Topic;
import vn.tramso.notification.MessageChoice;
import vn.tramso.notification.MessageChoices;
import vn.tramso.place.Village;

/**
 * A volunteer records, with the resident beside them, what the resident chose about messages: the
 * commune's scam alerts by message (agree or withdraw), or no messages at all (refuse or accept
 * again). The sentence to read to the resident shows for the choice picked, and nothing is saved
 * until the volunteer ticks that the resident is present and agrees. Typing a phone shows what that
 * number chose before, so "am I signed up?" has an answer on the spot.
 */
@Route(value = "message-choices", layout = StaffLayout.class)
@PermitAll
class MessageChoicesView extends Div implements HasDynamicTitle {

    /** The four things a resident may ask, each a topic and whether it is granted. */
    enum Action {
        JOIN(Topic.ALERTS, true), LEAVE(Topic.ALERTS, false), REFUSE(Topic.ALL, false), ACCEPT(Topic.ALL, true);

        final Topic topic;
        final boolean granted;

        Action(Topic topic, boolean granted) {
            this.topic = topic;
            this.granted = granted;
        }

        String labelKey() {
            return "message-choices.action." + name().toLowerCase();
        }
    }

    private final MessageChoices choices;
    private final Select<Village> village = new Select<>();
    private final TextField phone = new TextField();
    private final RadioButtonGroup<Action> action = new RadioButtonGroup<>();
    private final Paragraph wording = new Paragraph();
    private final Checkbox present = new Checkbox();
    private final Button save = new Button();
    private final Div history = new Div();

    MessageChoicesView(MessageChoices choices) {
        this.choices = choices;
        addClassNames("staff-page", "message-choices-view");
        add(new H1(getTranslation("message-choices.title")), new Paragraph(getTranslation("message-choices.intro")));
        List<Village> villages = choices.villages();
        if (villages.isEmpty()) {
            add(new Paragraph(getTranslation("households.no-village")));
            return;
        }
        village.setLabel(getTranslation("households.village"));
        village.setItems(villages);
        village.setItemLabelGenerator(Village::name);
        village.setValue(villages.getFirst());
        village.setVisible(villages.size() > 1);
        village.setWidthFull();
        village.addClassName("choice-village");
        phone.setLabel(getTranslation("message-choices.phone"));
        phone.setAllowedCharPattern("[0-9 ]");
        phone.setMaxLength(12);
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setValueChangeMode(ValueChangeMode.EAGER);
        phone.setWidthFull();
        phone.addClassName("choice-phone");
        action.setLabel(getTranslation("message-choices.action"));
        action.setItems(Action.values());
        action.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        action.addClassName("choice-action");
        wording.addClassName("consent-text");
        present.setLabel(getTranslation("message-choices.present"));
        present.addClassName("choice-present");
        save.setText(getTranslation("message-choices.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("choice-save");
        save.addClickListener(e -> save());
        history.addClassName("kiosk-cards");
        phone.addValueChangeListener(e -> update());
        village.addValueChangeListener(e -> update());
        action.addValueChangeListener(e -> update());
        present.addValueChangeListener(e -> update());
        add(village, phone, action, wording, present, save, new H2(getTranslation("message-choices.history")), history);
        update();
    }

    private void update() {
        Action a = action.getValue();
        wording.setText(a == null || village.getValue() == null ? "" : choices.wording(village.getValue().id(), a.topic, a.granted));
        wording.setVisible(a != null);
        boolean phoneOk = People.phone(phone.getValue()).isPresent();
        save.setEnabled(phoneOk && a != null && present.getValue());
        history.removeAll();
        if (phoneOk) {
            List<MessageChoice> past = choices.of(phone.getValue());
            if (past.isEmpty()) {
                history.add(new Paragraph(getTranslation("message-choices.none")));
            }
            for (MessageChoice c : past) {
                Div card = new Div(new Span(Formats.dateTime(c.recordedAt())),
                        new Span(getTranslation(c.labelKey())), new Span(getTranslation(c.via().labelKey())));
                card.addClassNames("kiosk-card", "choice-card");
                history.add(card);
            }
        }
    }

    private void save() {
        Action a = action.getValue();
        choices.byVolunteer(village.getValue().id(), phone.getValue().replace(" ", ""), a.topic, a.granted);
        Notification.show(getTranslation("message-choices.saved"), 4000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        present.setValue(false);
        action.clear();
        update();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("message-choices.title");
    }
}

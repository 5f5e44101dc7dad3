package vn.tramso.alert.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tramso.alert.AlertMessages;
import vn.tramso.alert.AlertRefusedException;
import vn.tramso.alert.Alerts;
import vn.tramso.alert.LoudspeakerFiles;
import vn.tramso.alert.ScamAlert;
import vn.tramso.base.Formats;
import vn.tramso.base.SvgChecker;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.LimitedUpload;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffRefusal;
import vn.tramso.notification.NotificationState;
import vn.tramso.place.Commune;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * Scam alerts for the kiosks: a leader writes a short warning, adds a picture if they like (an SVG
 * checked like a guide's illustrations), chooses how long it shows and for
 * which communes (a leader: their own; a province admin: any of the province), and publishes it;
 * open kiosks show it within seconds. Alerts can be withdrawn early. Each alert in force can be
 * downloaded as an audio file for the village loudspeaker ({@link LoudspeakerLinks}).
 */
@Route(value = "alerts", layout = StaffLayout.class)
@RolesAllowed({Role.LEADER_NAME, Role.PROVINCE_ADMIN_NAME, Role.ADMIN_NAME})
class AlertsView extends Div implements HasDynamicTitle {

    private final Alerts alerts;
    private final AlertMessages messages;
    private final LoudspeakerFiles loudspeaker;
    private final Clock clock;
    private final Div list = new Div();
    private final Map<Long, Commune> communes;
    /** The uploaded picture's text, until published. */
    private String picture;

    AlertsView(Alerts alerts, AlertMessages messages, LoudspeakerFiles loudspeaker, PlaceScope scope, Places places, Clock clock) {
        this.alerts = alerts;
        this.loudspeaker = loudspeaker;
        this.messages = messages;
        this.clock = clock;
        addClassNames("staff-page", "alerts-view");
        communes = scope.villages().stream().map(Village::communeId).distinct().map(id -> places.commune(id).orElseThrow())
                .collect(Collectors.toMap(Commune::id, Function.identity()));
        list.addClassName("kiosk-cards");
        add(new H1(getTranslation("alerts.title")), new Paragraph(getTranslation("alerts.intro")), form(),
                new H2(getTranslation("alerts.list")), list);
        refresh();
    }

    private Div form() {
        TextField title = new TextField(getTranslation("alerts.alert-title"));
        title.setMaxLength(120);
        title.addClassName("alert-title");
        title.setWidthFull();
        TextArea text = new TextArea(getTranslation("alerts.text"));
        text.setMaxLength(500);
        text.addClassName("alert-text");
        text.setWidthFull();
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        DateTimePicker from = new DateTimePicker(getTranslation("alerts.from"), now);
        DateTimePicker to = new DateTimePicker(getTranslation("alerts.to"), now.plusDays(7));
        to.addClassName("alert-to");
        MultiSelectComboBox<Commune> where = new MultiSelectComboBox<>(getTranslation("alerts.communes"));
        where.setItems(communes.values().stream().sorted(Comparator.comparing(Commune::name)).toList());
        where.setItemLabelGenerator(Commune::name);
        where.addClassName("alert-communes");
        if (communes.size() == 1) {
            where.setValue(communes.values());
            where.setReadOnly(true);
        }
        StaffRefusal error = new StaffRefusal();
        Span pictureName = new Span();
        pictureName.addClassName("alert-picture-name");
        Upload upload = new Upload(new LimitedUpload(SvgChecker.MAX_BYTES, (fileName, bytes) -> {
            picture = new String(bytes, StandardCharsets.UTF_8);
            pictureName.setText(fileName);
            error.clear();
        }, message -> {
            picture = null;
            pictureName.setText("");
            error.show(message);
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".svg", "image/svg+xml");
        upload.setMaxFileSize(SvgChecker.MAX_BYTES);
        upload.setDropAllowed(false);
        upload.addClassName("alert-picture");
        Div pictureField = new Div(new Span(getTranslation("alerts.picture")), upload, pictureName);
        pictureField.addClassName("alert-picture-field");
        Button publish = new Button(getTranslation("alerts.publish"), e -> {
            try {
                alerts.publish(title.getValue(), text.getValue(), from.getValue(), to.getValue(),
                        where.getValue().stream().map(Commune::id).toList(), picture);
                title.clear();
                text.clear();
                picture = null;
                pictureName.setText("");
                upload.clearFileList();
                error.clear();
                Notification.show(getTranslation("alerts.published"), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (AlertRefusedException refused) {
                error.show(refused, refused.detail());
            }
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClassName("alert-publish");
        Div period = new Div(from, to);
        period.addClassName("queue-actions");
        Div form = new Div(title, text, pictureField, period, where, error, publish);
        form.addClassName("alert-form");
        return form;
    }

    private void refresh() {
        list.removeAll();
        LocalDateTime now = LocalDateTime.now(clock);
        List<ScamAlert> mine = alerts.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("alerts.none")));
        }
        for (ScamAlert a : mine) {
            Div card = new Div();
            card.addClassNames("kiosk-card", "alert-card");
            Span title = new Span(a.title());
            title.addClassName("kiosk-card-title");
            String state = a.withdrawn() ? "alerts.state.withdrawn" : a.showingAt(now) ? "alerts.state.showing"
                    : a.validTo().isAfter(now) ? "alerts.state.scheduled" : "alerts.state.expired";
            Span status = new Span(getTranslation(state));
            status.addClassName("alert-state");
            if (a.pictureSvg() != null) {
                card.add(new Html("<div class=\"alert-card-picture\">" + a.pictureSvg() + "</div>"));
            }
            card.add(title, status, new Span(a.text()), new Span(getTranslation("alerts.period", Formats.dateTime(a.validFrom()),
                    Formats.dateTime(a.validTo()))), new Span(a.communeIds().stream()
                    .map(id -> communes.containsKey(id) ? communes.get(id).name() : "#" + id).collect(Collectors.joining(", "))));
            Map<NotificationState, Integer> figures = messages.figures(a.id());
            if (!figures.isEmpty()) {
                Span sent = new Span(getTranslation("alerts.messages.figures", total(figures),
                        figures.getOrDefault(NotificationState.SENT, 0) + figures.getOrDefault(NotificationState.DELIVERED, 0),
                        figures.getOrDefault(NotificationState.DELIVERED, 0), figures.getOrDefault(NotificationState.FAILED, 0),
                        figures.getOrDefault(NotificationState.PENDING, 0)));
                sent.addClassName("alert-message-figures");
                card.add(sent);
            }
            if (a.showingAt(now) && !now.isAfter(a.validFrom().plus(AlertMessages.SENDABLE_FOR))) {
                Button send = new Button(getTranslation("alerts.messages.send"), e -> confirmSend(a));
                send.addClassName("alert-send-messages");
                card.add(send);
            }
            if (!a.withdrawn() && a.validTo().isAfter(now) && loudspeaker.available()) {
                card.add(new LoudspeakerLinks(a, communes));
            }
            if (!a.withdrawn() && a.validTo().isAfter(now) && communes.keySet().containsAll(a.communeIds())) {
                Button withdraw = new Button(getTranslation("alerts.withdraw"), e -> {
                    alerts.withdraw(a.id());
                    refresh();
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
                withdraw.addClassName("alert-withdraw");
                card.add(withdraw);
            }
            list.add(card);
        }
    }

    /** What sending would do, per commune, before anything is sent: residents reached, budget left, the SMS and its parts. */
    private void confirmSend(ScamAlert alert) {
        AlertMessages.Preview preview = messages.preview(alert.id());
        Div text = new Div();
        for (AlertMessages.CommuneReach c : preview.communes()) {
            text.add(new Paragraph(getTranslation("alerts.messages.commune", c.communeName(), c.residents(), c.alreadySent(), c.budgetLeft(),
                    c.wouldQueue())), new Paragraph(getTranslation("alerts.messages.reserved", c.reserved())));
        }
        Paragraph sms = new Paragraph(getTranslation("alerts.messages.sms", preview.smsParts(), preview.smsText()));
        sms.addClassName("alert-sms-preview");
        text.add(sms);
        if (preview.quietHours()) {
            text.add(new Paragraph(getTranslation("alerts.messages.quiet")));
        }
        text.addClassName("alert-send-preview");
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("alerts.messages.header", preview.wouldQueue()));
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("alerts.messages.confirm", preview.wouldQueue()));
        confirm.getElement().setAttribute("data-would-queue", String.valueOf(preview.wouldQueue()));
        confirm.addConfirmListener(e -> {
            int queued = messages.send(alert.id());
            Notification.show(getTranslation("alerts.messages.queued", queued), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        confirm.open();
    }

    private static int total(Map<NotificationState, Integer> figures) {
        return figures.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alerts.title");
    }
}

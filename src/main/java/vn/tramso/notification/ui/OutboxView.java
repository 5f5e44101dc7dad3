package vn.tramso.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import vn.tramso.base.Formats;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.AllOrOne;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffRefusal;
import vn.tramso.notification.CommuneMessages;
import vn.tramso.notification.FailureReason;
import vn.tramso.notification.OutboxReport.Line;
import vn.tramso.notification.OutboxReport.Status;
import vn.tramso.notification.OutboxReport;
import vn.tramso.place.Village;

/**
 * The leaders' outbox: for a village (or all of the commune's) and a day, how many messages went,
 * reached the phone, failed and waited, then one card per message with its kind, the phone's last 3
 * digits, its state and, for a failed one, why in plain words, with a button to send it again; a
 * waiting one can be stopped. Cards, so it reads on a 360 px phone without sideways scrolling. "Cài đặt
 * tin nhắn" opens the commune's choice of channels and daily budget ({@link MessageSettingsDialog}).
 */
@Route(value = "messages", layout = StaffLayout.class)
@RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
class OutboxView extends Div implements HasDynamicTitle {

    private static final List<Status> SUMMARY = List.of(Status.SENT, Status.DELIVERED, Status.FAILED, Status.QUEUED, Status.HELD);

    private final OutboxReport report;
    private final Select<Village> village = new Select<>();
    private final DatePicker day = new DatePicker();
    private final Div summary = new Div();
    private final Div cards = new Div();

    OutboxView(OutboxReport report, CommuneMessages messages, Clock clock) {
        this.report = report;
        addClassNames("staff-page", "outbox-view");
        add(new H1(getTranslation("outbox.title")));
        List<Village> villages = report.villages();
        if (villages.isEmpty()) {
            add(new Paragraph(getTranslation("households.no-village")));
            return;
        }
        AllOrOne.fill(village, villages, Village::name, getTranslation("households.village"), getTranslation("concerns.all-villages"));
        village.addClassName("outbox-village");
        day.setLabel(getTranslation("outbox.day"));
        day.setValue(LocalDate.now(clock));
        day.setMax(LocalDate.now(clock).plusDays(1));
        day.addClassName("outbox-day");
        village.addValueChangeListener(e -> refresh());
        day.addValueChangeListener(e -> refresh());
        Div filters = new Div(village, day);
        filters.addClassName("queue-actions");
        if (!messages.communes().isEmpty()) {
            Button settings = new Button(getTranslation("message-settings.open"),
                    e -> MessageSettingsDialog.open(messages, village.getValue() == null ? null : village.getValue().communeId()));
            settings.addClassName("outbox-settings");
            filters.add(settings);
        }
        summary.addClassName("outbox-summary");
        cards.addClassName("kiosk-cards");
        add(filters, summary, cards);
        refresh();
    }

    private void refresh() {
        summary.removeAll();
        cards.removeAll();
        if (day.getValue() == null) {
            return;
        }
        List<Line> lines = report.day(village.getValue() == null ? null : village.getValue().id(), day.getValue());
        Map<Status, Long> counts = OutboxReport.count(lines);
        for (Status status : SUMMARY) {
            Span count = new Span(getTranslation(labelKey(status)) + ": " + counts.getOrDefault(status, 0L));
            count.addClassNames("outbox-count", "outbox-count-" + css(status));
            summary.add(count);
        }
        if (lines.isEmpty()) {
            cards.add(new Paragraph(getTranslation("outbox.none")));
        }
        lines.forEach(line -> cards.add(card(line)));
    }

    private Div card(Line line) {
        Div card = new Div();
        card.addClassNames("kiosk-card", "outbox-card", "outbox-" + css(line.status()));
        Span title = new Span(getTranslation(line.kind() == null ? "outbox.kind.other" : "outbox.kind." + css(line.kind().name()))
                + " · " + getTranslation("outbox.phone-end", line.phoneEnd()));
        title.addClassName("kiosk-card-title");
        Span state = new Span(getTranslation(labelKey(line.status())));
        state.addClassName("outbox-status");
        card.add(title, state, new Span(line.villageName() + " · " + getTranslation("outbox.written", Formats.time(line.createdAt().toLocalTime()))));
        switch (line.status()) {
            case SENT, DELIVERED -> card.add(new Span(getTranslation("outbox.sent-at", Formats.time(line.at().toLocalTime()),
                    line.via() == null ? "" : getTranslation(viaKey(line)))
                    + (line.deliveredAt() == null ? "" : " · " + getTranslation("outbox.delivered-at", Formats.time(line.deliveredAt().toLocalTime())))));
            case QUEUED, HELD -> card.add(new Span(getTranslation("outbox.goes-at", Formats.SHORT_DATE_TIME.format(line.at()))));
            case FAILED, CANCELLED -> { }
        }
        if (line.reason() != null && line.status() != Status.DELIVERED && line.status() != Status.SENT) {
            Span reason = new Span(getTranslation("outbox.why", line.reason() == FailureReason.OTHER ? line.rawReason()
                    : getTranslation(line.reason().labelKey())));
            reason.addClassName("outbox-reason");
            card.add(reason);
        }
        Div actions = new Div();
        actions.addClassName("kiosk-card-actions");
        if (line.retryable()) {
            actions.add(action("outbox.retry", "outbox-retry", () -> report.retry(line.id()), "outbox.retry-refused"));
        }
        if (line.cancellable()) {
            actions.add(action("outbox.cancel", "outbox-cancel", () -> report.cancel(line.id()), "outbox.cancel-refused"));
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        return card;
    }

    private Button action(String key, String className, BooleanSupplier change, String refusedKey) {
        Button b = new Button(getTranslation(key), e -> {
            if (!change.getAsBoolean()) {
                StaffRefusal.notice(getTranslation(refusedKey));
            }
            refresh();
        });
        b.addClassName(className);
        return b;
    }

    private static String viaKey(Line line) {
        return "outbox.via." + css(line.via().name());
    }

    private static String labelKey(Status status) {
        return "outbox.status." + css(status);
    }

    private static String css(Status status) {
        return css(status.name());
    }

    private static String css(String name) {
        return name.toLowerCase().replace('_', '-');
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}

package vn.tramso.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import vn.tramso.base.Formats;
import vn.tramso.base.ui.FormDialog;
import vn.tramso.notification.ChannelChoice;
import vn.tramso.notification.CommuneMessageSettings;
import vn.tramso.notification.CommuneMessages;
import vn.tramso.notification.MessageKind;
import vn.tramso.notification.NotificationChannel;
import vn.tramso.place.Commune;

/**
 * "Cài đặt tin nhắn": how the commune's messages go, per kind (Zalo then SMS, SMS only, Zalo only, SMS
 * then Zalo), and how many it may queue a day. Says in words what a choice means for a resident
 * ("Chỉ Zalo": no Zalo, no message) and what the commune has used today. The admin first chooses the
 * commune. One field under another, full width on a phone (staff.css), in the staff dialog of
 * {@link FormDialog}.
 */
final class MessageSettingsDialog {

    private MessageSettingsDialog() {
    }

    /** @param preferred the commune to show first (the one of the village the screen shows), if the staff member may set it */
    static void open(CommuneMessages messages, Long preferred) {
        List<Commune> communes = messages.communes();
        if (communes.isEmpty()) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.addClassName("message-settings-dialog");
        Select<Commune> commune = new Select<>();
        commune.setLabel(dialog.getTranslation("message-settings.commune"));
        commune.setItems(communes);
        commune.setItemLabelGenerator(Commune::name);
        commune.addClassName("message-settings-commune");
        commune.setVisible(communes.size() > 1);
        Paragraph communeName = new Paragraph();
        communeName.addClassName("message-settings-commune-name");
        communeName.setVisible(communes.size() == 1);
        Paragraph intro = new Paragraph(dialog.getTranslation("message-settings.intro"));
        Paragraph channels = new Paragraph();
        channels.addClassName("message-settings-channels");
        Map<MessageKind, Select<ChannelChoice>> orders = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            Select<ChannelChoice> order = new Select<>();
            order.setLabel(dialog.getTranslation(kindKey(kind)));
            order.setItems(ChannelChoice.values());
            order.setItemLabelGenerator(c -> dialog.getTranslation(c.labelKey()));
            order.addClassNames("message-settings-order", "message-settings-order-" + kind.name().toLowerCase().replace('_', '-'));
            orders.put(kind, order);
        }
        IntegerField budget = new IntegerField(dialog.getTranslation("message-settings.budget"));
        budget.setMin(0);
        budget.setMax(CommuneMessages.MAX_BUDGET);
        budget.setClearButtonVisible(true);
        budget.addClassName("message-settings-budget");
        Paragraph changed = new Paragraph();
        changed.addClassName("message-settings-changed");

        AtomicReference<CommuneMessageSettings> shown = new AtomicReference<>();
        Runnable show = () -> {
            CommuneMessageSettings settings = messages.of(commune.getValue().id());
            shown.set(settings);
            communeName.setText(settings.commune().name());
            Set<NotificationChannel> here = settings.available().values().stream().flatMap(List::stream)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            channels.setText(here.isEmpty() ? dialog.getTranslation("message-settings.no-channels")
                    : dialog.getTranslation("message-settings.channels", here.stream()
                    .map(c -> dialog.getTranslation(channelKey(c))).collect(Collectors.joining(", "))));
            orders.forEach((kind, order) -> {
                order.setItemEnabledProvider(choice -> settings.possible(kind, choice));
                order.setValue(settings.orders().get(kind));
                explain(dialog, order, settings, kind);
            });
            budget.setValue(settings.dailyBudget());
            budget.setHelperText(dialog.getTranslation("message-settings.budget-helper", settings.defaultBudget(), settings.queuedToday()));
            changed.setText(settings.changedAt().map(at -> dialog.getTranslation("message-settings.changed-at", Formats.dateTime(at)))
                    .orElse(""));
            changed.setVisible(settings.changedAt().isPresent());
        };
        commune.setValue(communes.stream().filter(c -> preferred != null && c.id() == preferred).findFirst().orElse(communes.getFirst()));
        show.run();
        commune.addValueChangeListener(e -> show.run());
        orders.forEach((kind, order) -> order.addValueChangeListener(e -> explain(dialog, order, shown.get(), kind)));

        List<Component> fields = new ArrayList<>(List.of(commune, communeName, intro, channels));
        fields.addAll(orders.values());
        fields.add(budget);
        fields.add(changed);
        FormDialog.open(dialog, "message-settings.title", fields, () -> {
            Map<MessageKind, ChannelChoice> chosen = new EnumMap<>(MessageKind.class);
            orders.forEach((kind, order) -> {
                if (order.getValue() != null) {
                    chosen.put(kind, order.getValue());
                }
            });
            messages.save(commune.getValue().id(), chosen, budget.getValue());
            Notification.show(dialog.getTranslation("message-settings.saved"), 3000, Notification.Position.MIDDLE);
        });
    }

    /** Under a kind's choice, what it means for a resident: with "Chỉ Zalo" a resident without Zalo gets nothing. */
    private static void explain(Dialog dialog, Select<ChannelChoice> order, CommuneMessageSettings settings, MessageKind kind) {
        ChannelChoice choice = order.getValue();
        String text = "";
        if (choice != null && !settings.possible(kind, choice)) {
            text = dialog.getTranslation("message-settings.not-possible");
        } else if (choice != null && !choice.channels().contains(NotificationChannel.SMS)) {
            text = dialog.getTranslation("message-settings.zalo-only-warning");
        }
        order.setHelperText(text);
    }

    /** The kind's name as the outbox's cards say it. */
    private static String kindKey(MessageKind kind) {
        return "outbox.kind." + kind.name().toLowerCase().replace('_', '-');
    }

    private static String channelKey(NotificationChannel channel) {
        return "message-settings.channel." + channel.name().toLowerCase();
    }
}

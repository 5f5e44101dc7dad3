package vn.tramso.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tramso.base.Formats;
import vn.tramso.base.Topic;
import vn.tramso.base.ui.StaffRefusal;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRefusedException;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.Channel;
import vn.tramso.booking.DutySchedule;
import vn.tramso.booking.Requester;
import vn.tramso.booking.Resident;
import vn.tramso.booking.Slot;
import vn.tramso.booking.ui.Refusals;
import vn.tramso.place.Village;

/**
 * A volunteer books for a resident who phoned or was visited at home: topic, how they asked,
 * today's queue or a free slot, name and phone. One booking per opening of the dialog, however
 * often "Book" is pressed.
 */
class BookForResidentDialog extends Dialog {

    private final String idempotencyKey = "volunteer-" + UUID.randomUUID();

    BookForResidentDialog(Bookings bookings, DutySchedule schedule, Village village, Runnable onBooked) {
        setHeaderTitle(getTranslation("queue.book-for"));
        addClassName("book-for-dialog");
        Select<Topic> topic = new Select<>();
        topic.setLabel(getTranslation("book.summary.topic"));
        topic.setItems(Topic.areas());
        topic.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        topic.setValue(Topic.areas().getFirst());
        Select<Channel> channel = new Select<>();
        channel.setLabel(getTranslation("book-for.channel"));
        channel.setItems(Channel.PHONE_CALL, Channel.HOME_VISIT, Channel.DESK);
        channel.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        channel.setValue(Channel.PHONE_CALL);
        Select<Optional<Slot>> when = new Select<>();
        when.setLabel(getTranslation("book.summary.when"));
        List<Optional<Slot>> choices = new ArrayList<>();
        if (schedule.current(village.id()).isPresent()) {
            choices.add(Optional.empty());
        }
        schedule.upcoming(village.id()).stream().filter(s -> !s.isFull()).forEach(s -> choices.add(Optional.of(s)));
        when.setItems(choices);
        when.setItemLabelGenerator(o -> o.map(s -> Formats.SHORT_DATE_TIME.format(s.start()) + " · " + getTranslation("book.places-free", s.free()))
                .orElse(getTranslation("book.walk-in")));
        if (!choices.isEmpty()) {
            when.setValue(choices.getFirst());
        }
        when.addClassName("book-for-when");
        TextField name = new TextField(getTranslation("book.summary.name"));
        name.addClassName("book-for-name");
        TextField phone = new TextField(getTranslation("book.summary.phone"));
        phone.addClassName("book-for-phone");
        phone.setHelperText(getTranslation("book-for.phone.helper"));
        FormLayout form = new FormLayout(topic, channel, when, name, phone);
        StaffRefusal error = new StaffRefusal();
        error.addClassName("book-for-error");
        add(form, error);
        Button book = new Button(getTranslation("book-for.book"), e -> {
            try {
                Optional<Slot> slot = when.getValue() == null ? Optional.empty() : when.getValue();
                String number = phone.getValue().isBlank() ? null : phone.getValue();
                Booking b = bookings.book(new BookingRequest(village.code(), slot.map(Slot::ref).orElse(null), topic.getValue(),
                        null, null, new Resident(name.getValue(), number), new Requester.Staff(channel.getValue()), idempotencyKey));
                Notification.show(getTranslation("book-for.done", b.ticketNumber(), b.displayCode()), 6000,
                        Notification.Position.TOP_CENTER).addClassName("queue-message");
                onBooked.run();
                close();
            } catch (BookingRefusedException refused) {
                error.show(Refusals.message(refused, getLocale()));
            }
        });
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClassName("book-for-submit");
        Button cancel = new Button(getTranslation("book-for.cancel"), e -> close());
        getFooter().add(cancel, book);
    }
}

package vn.tramso.booking.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.tramso.base.Formats;
import vn.tramso.base.security.Role;
import vn.tramso.base.security.SecurityContexts;
import vn.tramso.base.ui.QrScanner;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffNavigation;
import vn.tramso.base.ui.StaffRefusal;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRefusedException;
import vn.tramso.booking.BookingState;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.DutySchedule;
import vn.tramso.booking.Queue;
import vn.tramso.booking.QueueEvents;
import vn.tramso.booking.Queues;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * Today's queue at the volunteer's cultural house in one ordered list: who is being helped, who
 * was called, who is waiting (in the order they will be called), the appointments still to come,
 * then those finished; below it, the appointments of the coming days. Call the next resident, check a ticket in by scanning or typing its code,
 * and start, finish or mark a no-show in one tap. The list follows changes made anywhere (the
 * kiosk, other volunteers) by server push. Each ticket is a card with its actions as buttons, so a
 * volunteer works the queue with one thumb on a phone held upright.
 */
@Route(value = "volunteer", layout = StaffLayout.class)
@RolesAllowed({Role.VOLUNTEER_NAME, Role.ADMIN_NAME})
class QueueView extends Div implements HasDynamicTitle {

    private final Queues queue;
    private final QueueEvents events;
    private final Bookings bookings;
    private final DutySchedule schedule;
    private final Clock clock;
    private final Div list = new Div();
    private final ComingDays coming = new ComingDays();
    private final Span counts = new Span();
    private final H1 title = new H1();
    private final TextField code = new TextField();
    private Village village;
    private Runnable unsubscribe;

    QueueView(Queues queue, QueueEvents events, Bookings bookings, Places places, DutySchedule schedule, Clock clock,
              PlaceScope scope) {
        this.queue = queue;
        this.events = events;
        this.bookings = bookings;
        this.schedule = schedule;
        this.clock = clock;
        addClassNames("staff-page", "queue-view");
        List<Village> villages = VillageChoice.of(scope, places);
        if (villages.isEmpty()) {
            add(new H1(getTranslation("queue.title")), new Span(getTranslation("queue.no-village")));
            return;
        }
        village = villages.getFirst();
        add(title);
        if (villages.size() > 1) {
            add(VillageChoice.chooser(villages, village, this::switchTo));
        }
        counts.addClassName("queue-counts");
        list.addClassName("queue-list");
        add(actions(), counts, list, coming); // filled on attach
    }

    private Component actions() {
        Button next = new Button(getTranslation("queue.call-next"), e -> act(() -> queue.callNext(village.id()),
                b -> getTranslation("queue.called", b.ticketNumber(), b.residentName())));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClassName("call-next");
        code.setPlaceholder(getTranslation("queue.code.placeholder"));
        code.setAriaLabel(getTranslation("queue.code.placeholder"));
        code.addClassName("checkin-code");
        code.setClearButtonVisible(true);
        code.addKeyPressListener(Key.ENTER, e -> checkIn(code.getValue()));
        Button checkIn = new Button(getTranslation("queue.check-in"), e -> checkIn(code.getValue()));
        checkIn.addClassName("check-in");
        QrScanner usbScanner = new QrScanner(false, this::checkIn, () -> { });
        Div camera = new Div();
        camera.addClassName("queue-camera");
        Button cameraButton = new Button(getTranslation("queue.camera"), e -> {
            camera.removeAll();
            camera.add(new QrScanner(true, text -> {
                camera.removeAll();
                checkIn(text);
            }, () -> notify(getTranslation("book.scan.no-camera"), false)));
        });
        cameraButton.addClassName("camera-check-in");
        Button onBehalf = new Button(getTranslation("queue.book-for"),
                e -> new BookForResidentDialog(bookings, schedule, village, this::refresh).open());
        onBehalf.addClassName("book-for");
        Div bar = new Div(next, code, checkIn, cameraButton, onBehalf, usbScanner);
        bar.addClassName("queue-actions");
        return new Div(bar, camera);
    }


    private List<Component> rowActions(Booking b) {
        long v = village.id();
        return switch (b.state()) {
            case BOOKED -> List.of(rowButton("queue.check-in", "row-check-in", () -> queue.checkIn(v, b.code())),
                    rowButton("queue.no-show", "row-no-show", () -> queue.noShow(v, b.id())));
            case WAITING -> List.of(rowButton("queue.call", "row-call", () -> queue.call(v, b.id())),
                    rowButton("queue.start", "row-start", () -> queue.start(v, b.id())),
                    rowButton("queue.no-show", "row-no-show", () -> queue.noShow(v, b.id())));
            case CALLED -> List.of(rowButton("queue.start", "row-start", () -> queue.start(v, b.id())),
                    rowButton("queue.no-show", "row-no-show", () -> queue.noShow(v, b.id())));
            case IN_HELP -> List.of(finishButton(b));
            default -> List.of();
        };
    }

    /** "Finish" opens the help session's log, filled from the booking; saving it marks the booking done. */
    private Button finishButton(Booking b) {
        Button button = new Button(getTranslation("queue.finish"), e -> StaffNavigation.go(StaffNavigation.sessionFor(b.id())));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("row-finish");
        return button;
    }

    private Button rowButton(String key, String className, Supplier<Booking> action) {
        Button button = new Button(getTranslation(key), e -> act(action, b -> null));
        button.addClassName(className);
        return button;
    }

    private void checkIn(String input) {
        act(() -> queue.checkIn(village.id(), input), b -> getTranslation("queue.checked-in", b.ticketNumber(), b.residentName()));
        code.clear();
    }

    /** Runs a queue action; a refusal is shown in plain words and changes nothing. */
    private void act(Supplier<Booking> action, Function<Booking, String> success) {
        try {
            String message = success.apply(action.get());
            if (message != null) {
                notify(message, true);
            }
        } catch (BookingRefusedException refused) {
            StaffRefusal.notice(Refusals.message(refused, getLocale()));
        }
        refresh();
    }

    private void notify(String text, boolean ok) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(ok ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        n.addClassName("queue-message");
    }

    private void switchTo(Village other) {
        unsubscribe();
        village = other;
        getUI().ifPresent(this::subscribe);
        refresh();
    }

    private void refresh() {
        if (village == null) {
            return;
        }
        Queue today = queue.today(village.id());
        title.setText(getTranslation("queue.title.of", village.culturalHouse(),
                Formats.date(LocalDate.now(clock))));
        List<Booking> ordered = new ArrayList<>(today.inHelp());
        ordered.addAll(today.called());
        ordered.addAll(today.waiting());
        ordered.addAll(today.expected());
        ordered.addAll(today.over());
        list.removeAll();
        ordered.forEach(b -> list.add(new QueueCard(b, rowActions(b))));
        coming.show(queue.comingDays(village.id()));
        counts.setText(getTranslation("queue.counts", today.waiting().size(), today.inHelp().size(), today.expected().size(),
                today.over().stream().filter(b -> b.state() == BookingState.DONE).count()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscribe(event.getUI());
        refresh();
    }

    private void subscribe(UI ui) {
        if (village != null) {
            Runnable refresh = SecurityContexts.bind(this::refresh); // push runs on the changer's thread
            unsubscribe = events.subscribe(village.id(), v -> ui.access(refresh::run));
        }
    }

    private void unsubscribe() {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.title");
    }
}

package vn.tramso.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.booking.BookingRefusedException;
import vn.tramso.booking.Closure;
import vn.tramso.booking.DutySchedule;
import vn.tramso.booking.WeeklySlot;
import vn.tramso.booking.ui.Refusals;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.PlaceService;
import vn.tramso.place.Village;

/**
 * The duty schedule of the volunteer's cultural house: weekly slots with how many residents the
 * volunteers on duty can help in each, and days off (holidays). Residents book from it.
 */
@Route(value = "volunteer/schedule", layout = StaffLayout.class)
@RolesAllowed({Role.VOLUNTEER_NAME, Role.ADMIN_NAME})
public class ScheduleView extends Div implements HasDynamicTitle {

    private final DutySchedule schedule;
    private final Clock clock;
    private final Grid<WeeklySlot> weekly = new Grid<>();
    private final Grid<Closure> closures = new Grid<>();
    private Village village;

    ScheduleView(DutySchedule schedule, PlaceService places, PlaceScope scope, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
        addClassNames("staff-page", "schedule-view");
        List<Village> villages = VillageChoice.of(scope, places);
        add(new H1(getTranslation("schedule.title")));
        if (villages.isEmpty()) {
            add(new Span(getTranslation("queue.no-village")));
            return;
        }
        village = villages.getFirst();
        add(VillageChoice.chooser(villages, village, chosen -> {
            village = chosen;
            refresh();
        }));
        add(new H2(getTranslation("schedule.weekly")), weeklyForm(), weeklyGrid(),
                new H2(getTranslation("schedule.closures")), closureForm(), closureGrid());
        refresh();
    }

    private Div weeklyForm() {
        Select<DayOfWeek> day = new Select<>();
        day.setLabel(getTranslation("schedule.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(this::dayName);
        day.setValue(DayOfWeek.MONDAY);
        TimePicker from = new TimePicker(getTranslation("schedule.from"), LocalTime.of(8, 0));
        TimePicker to = new TimePicker(getTranslation("schedule.to"), LocalTime.of(9, 0));
        from.setStep(Duration.ofMinutes(30));
        to.setStep(Duration.ofMinutes(30));
        IntegerField capacity = new IntegerField(getTranslation("schedule.capacity"));
        capacity.setValue(2);
        capacity.setMin(1);
        capacity.setMax(50);
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText(getTranslation("schedule.capacity.helper"));
        Button add = new Button(getTranslation("schedule.add"), e -> change(() -> schedule.addWeekly(village.id(),
                day.getValue(), from.getValue(), to.getValue(), capacity.getValue() == null ? 0 : capacity.getValue())));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-slot");
        Div form = new Div(day, from, to, capacity, add);
        form.addClassName("schedule-form");
        return form;
    }

    private Grid<WeeklySlot> weeklyGrid() {
        weekly.addClassName("weekly-grid");
        weekly.addColumn(w -> dayName(w.day())).setHeader(getTranslation("schedule.day"));
        weekly.addColumn(w -> w.startsAt() + " – " + w.endsAt()).setHeader(getTranslation("schedule.hours"));
        weekly.addColumn(WeeklySlot::capacity).setHeader(getTranslation("schedule.capacity"));
        weekly.addComponentColumn(w -> {
            Button remove = new Button(getTranslation("schedule.remove"), e -> change(() -> schedule.removeWeekly(village.id(), w.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        weekly.setAllRowsVisible(true);
        return weekly;
    }

    private Div closureForm() {
        DatePicker date = new DatePicker(getTranslation("schedule.closed-on"));
        date.setMin(LocalDate.now(clock));
        TextField reason = new TextField(getTranslation("schedule.reason"));
        reason.setMaxLength(160);
        Button add = new Button(getTranslation("schedule.close"), e -> change(() -> schedule.close(village.id(), date.getValue(),
                reason.getValue())));
        add.addClassName("add-closure");
        Div form = new Div(date, reason, add);
        form.addClassName("schedule-form");
        return form;
    }

    private Grid<Closure> closureGrid() {
        closures.addColumn(Closure::closedOn).setHeader(getTranslation("schedule.closed-on"));
        closures.addColumn(Closure::reason).setHeader(getTranslation("schedule.reason"));
        closures.addComponentColumn(c -> {
            Button reopen = new Button(getTranslation("schedule.reopen"), e -> change(() -> schedule.reopen(village.id(), c.id())));
            reopen.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return reopen;
        });
        closures.setAllRowsVisible(true);
        return closures;
    }

    private void change(Runnable change) {
        try {
            change.run();
        } catch (BookingRefusedException refused) {
            Notification.show(Refusals.message(refused, getLocale()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        weekly.setItems(schedule.weekly(village.id()));
        closures.setItems(schedule.closures(village.id()));
    }

    private String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.title");
    }
}

package vn.tramso.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import vn.tramso.base.Formats;
import vn.tramso.base.security.Role;
import vn.tramso.base.ui.StaffLayout;
import vn.tramso.base.ui.StaffRefusal;
import vn.tramso.booking.BookingRefusedException;
import vn.tramso.booking.Closure;
import vn.tramso.booking.DutySchedule;
import vn.tramso.booking.WeeklySlot;
import vn.tramso.booking.ui.Refusals;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Places;
import vn.tramso.place.Village;

/**
 * The duty schedule of the volunteer's cultural house: weekly slots with how many residents the
 * volunteers on duty can help in each, and days off (holidays). Residents book from it.
 */
@Route(value = "volunteer/schedule", layout = StaffLayout.class)
@RolesAllowed({Role.VOLUNTEER_NAME, Role.ADMIN_NAME})
class ScheduleView extends Div implements HasDynamicTitle {

    private final DutySchedule schedule;
    private final Clock clock;
    private final Div weekly = new Div();
    private final Div closures = new Div();
    private Village village;

    ScheduleView(DutySchedule schedule, Places places, PlaceScope scope, Clock clock) {
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
        add(new H2(getTranslation("schedule.weekly")), weeklyForm(), weeklyList(),
                new H2(getTranslation("schedule.closures")), closureForm(), closureList());
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

    private Div weeklyList() {
        weekly.addClassName("weekly-list");
        return weekly;
    }

    /** One line per weekly hour: the day, the hours and how many can be helped, then "Bỏ" beside it (below it on a phone). */
    private Div weeklyLine(WeeklySlot w) {
        Button remove = new Button(getTranslation("schedule.remove"), e -> change(() -> schedule.removeWeekly(village.id(), w.id())));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClassName("schedule-remove");
        return line(dayName(w.day()) + " · " + w.startsAt() + " – " + w.endsAt() + " · "
                + getTranslation("schedule.capacity.of", w.capacity()), remove);
    }

    private Div line(String text, Button action) {
        Span what = new Span(text);
        what.addClassName("schedule-line-text");
        Div line = new Div(what, action);
        line.addClassName("schedule-line");
        return line;
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

    private Div closureList() {
        closures.addClassName("closure-list");
        return closures;
    }

    private Div closureLine(Closure c) {
        Button reopen = new Button(getTranslation("schedule.reopen"), e -> change(() -> schedule.reopen(village.id(), c.id())));
        reopen.addClassName("schedule-reopen");
        return line(Formats.date(c.closedOn()) + " · " + c.reason(), reopen);
    }

    private void change(Runnable change) {
        try {
            change.run();
        } catch (BookingRefusedException refused) {
            StaffRefusal.notice(Refusals.message(refused, getLocale()));
        }
        refresh();
    }

    private void refresh() {
        weekly.removeAll();
        schedule.weekly(village.id()).forEach(w -> weekly.add(weeklyLine(w)));
        closures.removeAll();
        schedule.closures(village.id()).forEach(c -> closures.add(closureLine(c)));
    }

    private String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.title");
    }
}

package vn.tramso.booking.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import vn.tramso.booking.BookingRefusedException;

/** The plain sentence a resident or volunteer reads when a booking action is refused. */
public final class Refusals {

    private Refusals() {
    }

    public static String message(BookingRefusedException refusal, Locale locale) {
        UI ui = UI.getCurrent();
        String text = ui.getTranslation(refusal.reason().messageKey());
        return refusal.nextFree()
                .map(slot -> text + " " + ui.getTranslation("booking.next-free", Dates.when(slot, locale)))
                .orElse(text);
    }
}

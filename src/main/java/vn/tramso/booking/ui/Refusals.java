package vn.tramso.booking.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import vn.tramso.booking.BookingRefusedException;

/**
 * The plain sentence a resident or volunteer reads when a booking action is refused: the
 * reason's own, followed by the next free time when a full or past one was asked for. It is shown
 * as every refusal is (base.ui.KioskRefusal, base.ui.StaffRefusal; decision 012).
 */
final class Refusals {

    private Refusals() {
    }

    static String message(BookingRefusedException refusal, Locale locale) {
        UI ui = UI.getCurrent();
        String text = ui.getTranslation(refusal.messageKey());
        return refusal.nextFree()
                .map(slot -> text + " " + ui.getTranslation("booking.next-free", Dates.when(slot, locale)))
                .orElse(text);
    }
}

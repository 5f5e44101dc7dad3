package vn.tramso.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every screen opens in Vietnamese whatever the browser's language; kiosk screens switch to
 * English only when the resident asks for it ({@code ?lang=en}).
 */
@Component
class VietnameseFirst implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(Localized.VIETNAMESE));
    }
}

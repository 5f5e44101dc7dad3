package vn.tramso.place;

import com.vaadin.flow.server.VaadinSession;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.tramso.TestPlaces;
import vn.tramso.TestStaff;
import vn.tramso.base.security.KioskSessions;

/** Enrols kiosk browsers for tests the way an admin would: a one-time code, then its use. */
@Component
public class TestKiosks {

    private final KioskDevices devices;
    private final TestPlaces places;
    private final TestStaff staff;

    TestKiosks(KioskDevices devices, TestPlaces places, TestStaff staff) {
        this.devices = devices;
        this.places = places;
        this.staff = staff;
    }

    /** A newly enrolled browser of the kiosk: its token (the cookie's value) and access. */
    public KioskDevices.Enrolled enrol(String kioskCode) {
        EnrolmentCode code = asAdmin(() -> devices.issueCode(kioskCode));
        return devices.enrol(code.code(), "test browser").orElseThrow();
    }

    /** Enrols a browser of the kiosk and makes the current (browserless) Vaadin session that browser. */
    public KioskAccess openHere(String kioskCode) {
        KioskAccess access = enrol(kioskCode).access();
        VaadinSession.getCurrent().getSession().setAttribute(KioskSessions.DEVICE_ATTRIBUTE, access.deviceId());
        return access;
    }

    /** A kiosk (code = the village's code in lower case) in a test village's cultural house, added once, enrolled. */
    public KioskAccess kioskIn(Village village) {
        String code = village.code().toLowerCase();
        places.kiosk(code, village.id());
        return enrol(code).access();
    }

    /** Runs as the demo admin, then puts back whoever was signed in. */
    public <T> T asAdmin(Supplier<T> action) {
        return staff.as("admin", action);
    }
}

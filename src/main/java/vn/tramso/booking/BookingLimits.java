package vn.tramso.booking;

import static vn.tramso.booking.BookingRefusedException.Reason.KIOSK_BUSY;
import static vn.tramso.booking.BookingRefusedException.Reason.NOT_REGISTERED;
import static vn.tramso.booking.BookingRefusedException.Reason.PHONE_LIMIT;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.tramso.base.KeyedHash;
import vn.tramso.base.QuotaStore;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.KioskAccess;
import vn.tramso.place.KioskDevices;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Village;
import vn.tramso.place.VillageId;

/**
 * What a kiosk booking must pass besides a free place: the kiosk is an enrolled, active device
 * of this village, it has not booked {@link BookingSettings#kioskBookingsPerHour()} times this
 * hour, and the phone number has not booked {@link BookingSettings#phoneBookingsPerWeek()}
 * appointments from kiosks this week. Staff bookings are not counted: staff are signed in.
 */
@Component
@EnableConfigurationProperties(BookingSettings.class)
class BookingLimits {

    private final KioskDevices devices;
    private final PlaceScope scope;
    private final QuotaStore quotas;
    private final BookingSettings settings;
    private final Clock clock;
    private final KeyedHash keyed;

    BookingLimits(KioskDevices devices, PlaceScope scope, QuotaStore quotas, BookingSettings settings, Clock clock, KeyedHash keyed) {
        this.keyed = keyed;
        this.devices = devices;
        this.scope = scope;
        this.quotas = quotas;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Before anything is written: a kiosk booking comes from an enrolled, unrevoked device of an
     * active kiosk in this village's cultural house; a staff booking from a signed-in staff member
     * whose place covers the village.
     *
     * @return who books: the kiosk's access, or the staff member
     */
    Checked checkRequester(BookingRequest request, Village village) {
        return switch (request.requester()) {
            case Requester.Kiosk kiosk -> new Checked(devices.access(kiosk.deviceId())
                    .filter(a -> a.villageId() == village.id())
                    .orElseThrow(() -> new BookingRefusedException(NOT_REGISTERED)), null);
            case Requester.Staff staff -> {
                scope.village(new VillageId(village.id()));
                yield new Checked(null, StaffUser.require().id());
            }
        };
    }

    /** Who a booking request comes from, once checked: a kiosk, or a staff member. */
    record Checked(KioskAccess kiosk, Long staffId) {
    }

    /** Inside the booking's transaction: counts a kiosk booking against the kiosk's and the phone's quotas. */
    void take(KioskAccess access, Resident resident) {
        if (access == null) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!quotas.take("kiosk-bookings", String.valueOf(access.kioskId()), now.truncatedTo(ChronoUnit.HOURS),
                settings.kioskBookingsPerHour())) {
            throw new BookingRefusedException(KIOSK_BUSY);
        }
        String phone = resident.phone();
        LocalDateTime week = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
        if (phone != null && !quotas.take("phone-bookings", keyed.of("phone-bookings", phone), week, settings.phoneBookingsPerWeek())) {
            throw new BookingRefusedException(PHONE_LIMIT);
        }
    }
}

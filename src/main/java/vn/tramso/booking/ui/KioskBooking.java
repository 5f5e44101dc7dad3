package vn.tramso.booking.ui;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.tramso.base.ui.KioskFrames;
import vn.tramso.booking.BookingService;
import vn.tramso.booking.CodeGuesses;
import vn.tramso.booking.DutySchedule;
import vn.tramso.booking.QueueEvents;
import vn.tramso.booking.QueueService;
import vn.tramso.guide.GuideCatalog;
import vn.tramso.place.PlaceService;
import vn.tramso.rating.Ratings;

/** What the kiosk's booking screens work with. */
@Component
record KioskBooking(BookingService bookings, CodeGuesses codes, DutySchedule schedule, QueueService queue, QueueEvents events,
                    KioskFrames frames, GuideCatalog guides, PlaceService places, Ratings ratings, Clock clock) {
}

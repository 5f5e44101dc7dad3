package vn.tramso.rating;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tramso.TestAccounts;
import vn.tramso.TestStaff;
import vn.tramso.base.Topic;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.Bookings;
import vn.tramso.booking.BookingState;
import vn.tramso.booking.Queues;
import vn.tramso.booking.Resident;
import vn.tramso.booking.TestVillages;
import vn.tramso.helpsession.AgeBand;
import vn.tramso.helpsession.Autonomy;
import vn.tramso.helpsession.HelpSessions;
import vn.tramso.helpsession.Outcome;
import vn.tramso.helpsession.Referral;
import vn.tramso.helpsession.SessionDraft;
import vn.tramso.helpsession.SessionPlace;
import vn.tramso.helpsession.TopicOutcome;
import vn.tramso.place.Village;

/** Help given in a test village of its own, by a volunteer of its own: what residents then rate. */
@Component
public class TestHelp {

    private final TestVillages villages;
    private final TestStaff staff;
    private final Bookings bookings;
    private final Queues queue;
    private final HelpSessions sessions;
    private final TestAccounts accounts;

    TestHelp(TestVillages villages, TestStaff staff, Bookings bookings, Queues queue, HelpSessions sessions,
             TestAccounts accounts) {
        this.villages = villages;
        this.staff = staff;
        this.bookings = bookings;
        this.queue = queue;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    /** A village with its own volunteer, whose user name is the village's code in lower case. */
    public Village village(String prefix) {
        Village village = villages.create(prefix + System.nanoTime() % 10_000_000_000L, 5);
        accounts.volunteer(volunteer(village), "TNV " + village.code(), village.id());
        return village;
    }

    public String volunteer(Village village) {
        return village.code().toLowerCase();
    }

    /** A second volunteer of the village, who logged none of its sessions; their user name. */
    public String otherVolunteer(Village village) {
        String username = volunteer(village) + ".2";
        accounts.volunteer(username, "TNV 2 " + village.code(), village.id());
        return username;
    }

    public long accountId(String username) {
        return accounts.id(username);
    }

    /** A walk-in booking of the village, not helped yet. */
    public Booking walkIn(Village village) {
        return walkIn(village, volunteer(village));
    }

    /** A walk-in booking of the village booked by {@code username} at the desk. */
    public Booking walkIn(Village village, String username) {
        return staff.as(username, () -> bookings.book(new BookingRequest(village.code(), null, Topic.LUADAO, null, null,
                new Resident("Người Thử", null), villages.desk(), "rating-" + System.nanoTime())));
    }

    /** The booking helped and logged by the village's volunteer; the session's id. */
    public long helped(Village village, Booking booking) {
        return helped(village, booking, volunteer(village));
    }

    /** The booking helped and logged by {@code username}; the session's id. */
    public long helped(Village village, Booking booking, String username) {
        return staff.as(username, () -> {
            if (booking.state() == BookingState.WAITING) {
                queue.start(village.id(), booking.id());
            }
            return sessions.record(draft(village, booking.id()));
        });
    }

    /** A session from scratch (a home visit) by the village's volunteer. */
    public long session(Village village) {
        return staff.as(volunteer(village), () -> sessions.record(draft(village, null)));
    }

    private static SessionDraft draft(Village village, Long bookingId) {
        return new SessionDraft(bookingId, village.id(), null, 20, SessionPlace.CULTURAL_HOUSE,
                List.of(new TopicOutcome(Topic.LUADAO, Outcome.DONE, null)), Autonomy.WITH_HELP, Referral.NONE, null, true, null,
                AgeBand.FROM_60, null, null, 1, null);
    }
}

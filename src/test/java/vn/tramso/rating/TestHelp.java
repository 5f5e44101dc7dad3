package vn.tramso.rating;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tramso.TestStaff;
import vn.tramso.base.Topic;
import vn.tramso.booking.Booking;
import vn.tramso.booking.BookingRequest;
import vn.tramso.booking.BookingService;
import vn.tramso.booking.BookingState;
import vn.tramso.booking.QueueService;
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
    private final BookingService bookings;
    private final QueueService queue;
    private final HelpSessions sessions;
    private final JdbcClient jdbc;

    TestHelp(TestVillages villages, TestStaff staff, BookingService bookings, QueueService queue, HelpSessions sessions,
             JdbcClient jdbc) {
        this.villages = villages;
        this.staff = staff;
        this.bookings = bookings;
        this.queue = queue;
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    /** A village with its own volunteer, whose user name is the village's code in lower case. */
    public Village village(String prefix) {
        Village village = villages.create(prefix + System.nanoTime() % 10_000_000_000L, 5);
        jdbc.sql("""
                        INSERT INTO user_account (username, display_name, password_hash, role, province_id, commune_id, village_id, created_at)
                        VALUES (:u, :name, '{noop}not-used', 'VOLUNTEER', :p, :c, :v, NOW())
                        """)
                .param("u", volunteer(village)).param("name", "TNV " + village.code()).param("p", village.provinceId())
                .param("c", village.communeId()).param("v", village.id()).update();
        return village;
    }

    public String volunteer(Village village) {
        return village.code().toLowerCase();
    }

    /** A second volunteer of the village, who logged none of its sessions; their user name. */
    public String otherVolunteer(Village village) {
        String username = volunteer(village) + ".2";
        jdbc.sql("""
                        INSERT INTO user_account (username, display_name, password_hash, role, province_id, commune_id, village_id, created_at)
                        VALUES (:u, :name, '{noop}not-used', 'VOLUNTEER', :p, :c, :v, NOW())
                        """)
                .param("u", username).param("name", "TNV 2 " + village.code()).param("p", village.provinceId())
                .param("c", village.communeId()).param("v", village.id()).update();
        return username;
    }

    public long accountId(String username) {
        return jdbc.sql("SELECT id FROM user_account WHERE username = :u").param("u", username).query(Long.class).single();
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

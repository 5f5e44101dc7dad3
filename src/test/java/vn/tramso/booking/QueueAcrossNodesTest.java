package vn.tramso.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tramso.booking.BookingCapacityTest.request;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tramso.IntegrationTest;
import vn.tramso.TestDatabase;
import vn.tramso.base.cluster.NodeSignals;
import vn.tramso.place.Village;

/**
 * Two app nodes behind the proxy: a volunteer's screen on node A (the test's app) and a kiosk's
 * ticket on node B (a {@link QueueEvents} over a {@link NodeSignals} of another name, polled as
 * node B's poller would). The kiosk's "people ahead" follows what the volunteer does.
 */
@IntegrationTest
@WithUserDetails("admin")
class QueueAcrossNodesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    Bookings bookings;
    @Autowired
    Queues queue;
    @Autowired
    TestVillages villages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    NodeSignals nodeA;

    @Test
    void a_ticket_on_another_node_shows_fewer_people_ahead_when_a_volunteer_calls_the_next_resident() {
        Village village = villages.create("Q-NODES", 2);
        NodeSignals nodeB = new NodeSignals(jdbc, transactions, "node-b-" + UUID.randomUUID());
        QueueEvents eventsOnB = new QueueEvents(nodeB);
        TestDatabase.CLOCK.set(MONDAY.atTime(8, 10));
        bookings.book(request(village, null, "q-nodes-1", villages.desk()));
        Booking second = bookings.book(request(village, null, "q-nodes-2", villages.desk()));
        nodeA.flush();
        nodeB.poll(); // the bookings' own signals, before the kiosk opens the ticket

        List<Integer> aheadOnKiosk = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = eventsOnB.subscribe(village.id(), v -> aheadOnKiosk.add(queue.status(second.code()).orElseThrow().ahead()));
        try {
            queue.callNext(village.id()); // on node A
            nodeA.flush(); // its row is written by node A's writer thread, after the commit
            assertThat(aheadOnKiosk).as("nothing until node B reads the signals").isEmpty();
            nodeB.poll();
            assertThat(aheadOnKiosk).as("told once, after the change committed").containsExactly(0);
            nodeB.poll();
            assertThat(aheadOnKiosk).as("not again").containsExactly(0);
        } finally {
            unsubscribe.run();
        }
    }
}

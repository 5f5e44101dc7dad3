package vn.tramso.booking;

/** Who asks for a booking: an enrolled kiosk, or a signed-in volunteer for a resident. */
public sealed interface Requester {

    Channel channel();

    /** A resident at an enrolled kiosk; the device is checked again when booking. */
    record Kiosk(long deviceId) implements Requester {
        @Override
        public Channel channel() {
            return Channel.KIOSK;
        }
    }

    /**
     * The signed-in volunteer booking for a resident who phoned, was visited, or came to the desk;
     * the booking records who (from the signed-in user, never from the request).
     */
    record Staff(Channel channel) implements Requester {
        public Staff {
            if (channel == Channel.KIOSK) {
                throw new IllegalArgumentException("staff book by phone call, home visit or at the desk");
            }
        }
    }
}

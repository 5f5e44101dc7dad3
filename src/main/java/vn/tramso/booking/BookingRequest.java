package vn.tramso.booking;

import vn.tramso.base.Topic;

/**
 * What a resident (or a volunteer for them) asks for.
 *
 * @param slot           the appointment's slot, or {@code null} to join today's queue as a walk-in
 * @param topic          the area the resident needs help with ("other" included)
 * @param guideId        the guide the resident was stuck in, if any
 * @param guideStep      the step of that guide, if any
 * @param requester      the kiosk, or the volunteer booking on the resident's behalf
 * @param idempotencyKey the same for every repeat of one request (a double tap, a resubmit)
 */
public record BookingRequest(String villageCode, SlotRef slot, Topic topic, String guideId, Integer guideStep,
                             Resident resident, Requester requester, String idempotencyKey) {

    public BookingKind kind() {
        return slot == null ? BookingKind.WALK_IN : BookingKind.APPOINTMENT;
    }

    public Channel channel() {
        return requester.channel();
    }
}

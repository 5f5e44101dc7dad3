package vn.tramso.usage;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One thing that happened in a kiosk visit, as stored: anonymous (the visit id is random and dies
 * with the visit).
 *
 * @param guide the guide's id, or null outside a guide
 * @param step  the step's number (from 1), or null outside a guide
 * @param at    when, in the villages' time zone
 */
record UsageEvent(UUID id, long villageId, String kiosk, UUID visit, UsageKind kind, String guide, Integer step,
                  LocalDateTime at) {
}

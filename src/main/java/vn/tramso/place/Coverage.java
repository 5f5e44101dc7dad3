package vn.tramso.place;

import vn.tramso.base.security.StaffUser;

/**
 * The one rule of which places a staff member's role covers (issue 22; it was written out as a
 * role switch seven times): an admin every place; a province admin their province and everything
 * in it; a leader their commune and its villages; a volunteer their village. {@link PlaceScope}
 * refuses with it, the place import and the adoption targets ask it.
 *
 * <p>The place tree shows a little more: the places above one's own (a volunteer sees their
 * commune and province, a leader their province), so that one can find one's way down to it.
 * An account carries every level above its own place (migration V6) and places never move, so both
 * questions are answered from the account and the place alone, without reading the tree.
 */
public final class Coverage {

    private Coverage() {
    }

    /** Whether the staff member's place is the place or lies above it: whose data they may read and change. */
    public static boolean covers(StaffUser user, PlaceRef place) {
        return switch (user.role()) {
            case ADMIN -> true;
            case PROVINCE_ADMIN -> same(user.provinceId(), place.idAt(PlaceLevel.PROVINCE));
            case LEADER -> same(user.communeId(), place.idAt(PlaceLevel.COMMUNE));
            case VOLUNTEER -> same(user.villageId(), place.idAt(PlaceLevel.VILLAGE));
        };
    }

    /** Whether the place tree shows the staff member the place: one they cover, or one above their own place. */
    public static boolean sees(StaffUser user, PlaceRef place) {
        Long theirs = switch (place.level()) {
            case PROVINCE -> user.provinceId();
            case COMMUNE -> user.communeId();
            case VILLAGE -> user.villageId();
        };
        return covers(user, place) || same(theirs, place.id());
    }

    private static boolean same(Long userId, Long placeId) {
        return userId != null && userId.equals(placeId);
    }
}

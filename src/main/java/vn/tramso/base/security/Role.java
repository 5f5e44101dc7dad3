package vn.tramso.base.security;

/**
 * The roles of signed-in users, each bound to a place whose data it may see. Residents at the
 * kiosk never sign in.
 */
public enum Role {
    /** A member of a village digital team ("Tổ công nghệ số cộng đồng") or a "1+10" member: one village. */
    VOLUNTEER,
    /** A commune leader: the commune's villages. */
    LEADER,
    /** A province's admin: the communes and villages of the province. */
    PROVINCE_ADMIN,
    /** Manages everything: places, kiosks, accounts and kiosk-config. */
    ADMIN;

    public static final String VOLUNTEER_NAME = "VOLUNTEER";
    public static final String LEADER_NAME = "LEADER";
    public static final String PROVINCE_ADMIN_NAME = "PROVINCE_ADMIN";
    public static final String ADMIN_NAME = "ADMIN";

    public String labelKey() {
        return "role." + name().toLowerCase().replace('_', '-');
    }
}

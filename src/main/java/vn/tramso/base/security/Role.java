package vn.tramso.base.security;

/** The roles of signed-in users. Residents at the kiosk never sign in. */
public enum Role {
    /** A member of a village digital team ("Tổ công nghệ số cộng đồng") or a "1+10" member. */
    VOLUNTEER,
    /** A commune leader: sees the adoption figures of their own commune. */
    LEADER,
    /** Manages places, kiosks, users and kiosk-config. */
    ADMIN;

    public static final String VOLUNTEER_NAME = "VOLUNTEER";
    public static final String LEADER_NAME = "LEADER";
    public static final String ADMIN_NAME = "ADMIN";
}

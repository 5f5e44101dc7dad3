package vn.tramso.household;

import java.util.List;

/**
 * A kind of digital status a member has at a date. Most are yes (1) or no (0); the VNeID level is
 * 0, 1 or 2. The five basic skills are the national target's: a household with one member who has
 * all five is a "digital household" (gia đình số).
 */
public enum Fact {
    SMARTPHONE(1),
    VNEID(2),
    PORTAL(1),
    HEALTH_BOOK(1),
    CASHLESS(1),
    SKILL_PUBLIC_SERVICES(1),
    SKILL_SHOP_ONLINE(1),
    SKILL_PAY_ONLINE(1),
    SKILL_SAFE_ONLINE(1),
    SKILL_LOCAL_PLATFORMS(1);

    public static final List<Fact> BASIC_SKILLS = List.of(SKILL_PUBLIC_SERVICES, SKILL_SHOP_ONLINE, SKILL_PAY_ONLINE,
            SKILL_SAFE_ONLINE, SKILL_LOCAL_PLATFORMS);

    private final int max;

    Fact(int max) {
        this.max = max;
    }

    /** The highest value: 1 for yes/no, 2 for the VNeID level. */
    public int max() {
        return max;
    }

    public String labelKey() {
        return "fact." + name().toLowerCase().replace('_', '-');
    }
}

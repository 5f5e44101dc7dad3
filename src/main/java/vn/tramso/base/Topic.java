package vn.tramso.base;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What residents need help with, in two levels: the areas a kiosk shows as tiles and guides and
 * bookings are filed under (VNeID, the public-service portal, …, and "other"), and the finer topics
 * a volunteer logs a help session with (VNeID level 1, level 2, documents in VNeID, …). An area
 * without finer topics is logged as itself. Each topic also belongs to a group of the session
 * log's list: administrative procedures, or digital skills.
 */
public enum Topic {
    VNEID("vneid", null, Group.PROCEDURES),
    VNEID_LEVEL_1("vneid-muc-1", VNEID, Group.PROCEDURES),
    VNEID_LEVEL_2("vneid-muc-2", VNEID, Group.PROCEDURES),
    VNEID_DOCUMENTS("vneid-giay-to", VNEID, Group.PROCEDURES),
    DICHVUCONG("dichvucong", null, Group.PROCEDURES),
    PORTAL("cong-dvc", DICHVUCONG, Group.PROCEDURES),
    DOSSIER("nop-ho-so", DICHVUCONG, Group.PROCEDURES),
    SUCKHOE("suckhoe", null, Group.PROCEDURES),
    THANHTOAN("thanhtoan", null, Group.DIGITAL_SKILLS),
    LUADAO("luadao", null, Group.DIGITAL_SKILLS),
    UNGDUNG("ungdung", null, Group.DIGITAL_SKILLS),
    DIENTHOAI("dienthoai", null, Group.DIGITAL_SKILLS),
    KHAC("khac", null, Group.OTHER);

    /** The first level of the session log's list. */
    public enum Group {
        PROCEDURES, DIGITAL_SKILLS, OTHER;

        public String labelKey() {
            return "topic.group." + name().toLowerCase().replace('_', '-');
        }

        /** The topics a session is logged with, in this group. */
        public List<Topic> loggable() {
            return Arrays.stream(Topic.values()).filter(t -> t.group == this && t.loggable()).toList();
        }
    }

    private final String slug;
    private final Topic area;
    private final Group group;

    Topic(String slug, Topic area, Group group) {
        this.slug = slug;
        this.area = area;
        this.group = group;
    }

    /** The name used in guide files, URLs and the database. */
    public String slug() {
        return slug;
    }

    /** The kiosk tile this topic is filed under: itself for an area. */
    public Topic area() {
        return area == null ? this : area;
    }

    public boolean isArea() {
        return area == null;
    }

    public Group group() {
        return group;
    }

    /** Whether a help session is logged with this topic: a finer topic, or an area without finer ones. */
    public boolean loggable() {
        return !isArea() || Arrays.stream(values()).noneMatch(t -> t.area == this);
    }

    /** The areas, in the order kiosks and forms show them ("other" last). */
    public static List<Topic> areas() {
        return Arrays.stream(values()).filter(Topic::isArea).toList();
    }

    /** The i18n key of the topic's label. */
    public String labelKey() {
        return "topic." + slug;
    }

    /** The i18n key of an area's one-line description on its tile. */
    public String descriptionKey() {
        return "topic." + slug + ".description";
    }

    public static Optional<Topic> fromSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}

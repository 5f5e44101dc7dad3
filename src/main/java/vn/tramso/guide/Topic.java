package vn.tramso.guide;

import java.util.Arrays;
import java.util.Optional;

/** What a guide helps with; the home screen shows one large tile per topic. */
public enum Topic {
    VNEID("vneid"),
    DICHVUCONG("dichvucong"),
    SUCKHOE("suckhoe"),
    THANHTOAN("thanhtoan"),
    LUADAO("luadao");

    private final String slug;

    Topic(String slug) {
        this.slug = slug;
    }

    /** The name used in guide files and URLs. */
    public String slug() {
        return slug;
    }

    /** The i18n key of the topic's label. */
    public String labelKey() {
        return "topic." + slug;
    }

    public String descriptionKey() {
        return "topic." + slug + ".description";
    }

    public static Optional<Topic> fromSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}

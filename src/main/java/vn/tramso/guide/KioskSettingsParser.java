package vn.tramso.guide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import vn.tramso.base.Localized;

/** Reads and checks one kiosk settings file; see kiosk-config/README.md for the format. */
final class KioskSettingsParser {

    static final int DEFAULT_IDLE_SECONDS = 120;
    static final int DEFAULT_WARNING_SECONDS = 30;
    /** WCAG 2.2.1: at least 20 seconds to extend a time limit. */
    static final int MIN_WARNING_SECONDS = 20;
    private static final Pattern VILLAGE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .]{5,18}[0-9]");
    private static final Set<String> LANGUAGES = Set.of("vi", "en");
    static final String DEFAULT_VOICE = "vi";
    private static final List<String> VOICES = List.of(DEFAULT_VOICE, "vi-vn-x-central", "vi-vn-x-south");

    private KioskSettingsParser() {
    }

    /**
     * @param guideIds the ids of all guides found, to check the kiosk's list of guides
     * @return the settings, or empty when a problem was recorded
     */
    static Optional<KioskSettings> parse(String file, String expectedId, Node root, Set<String> guideIds,
                                         List<ContentProblem> problems) {
        int before = problems.size();
        YamlNodes k = new YamlNodes(file, "", root, problems);
        k.allowOnly(Set.of("id", "village", "name", "idle_timeout_seconds", "idle_warning_seconds", "languages",
                "guides", "contact", "duty_hours", "voice", "read_aloud", "read_alerts"));
        Optional<String> id = k.text("id", true);
        id.ifPresent(value -> {
            if (!GuideParser.ID.matcher(value).matches()) {
                k.problem("id", "chỉ dùng chữ thường không dấu, số và dấu '-', ví dụ 'tra-phuong'");
            } else if (!value.equals(expectedId)) {
                k.problem("id", "phải trùng tên tệp: '" + expectedId + "' (đang là '" + value + "')");
            }
        });
        Optional<String> village = k.text("village", true);
        village.filter(v -> !VILLAGE.matcher(v).matches())
                .ifPresent(v -> k.problem("village", "mã thôn chỉ gồm chữ in hoa không dấu, số và '-', ví dụ 'HY-HQ-TRA-PHUONG'"));
        Optional<Localized> name = k.localized("name", true, 80, 1);
        int idle = k.integer("idle_timeout_seconds", 30, 1800).orElse(DEFAULT_IDLE_SECONDS);
        int warning = k.integer("idle_warning_seconds", MIN_WARNING_SECONDS, 300).orElse(DEFAULT_WARNING_SECONDS);
        if (warning >= idle) {
            k.problem("idle_warning_seconds", "phải ngắn hơn idle_timeout_seconds (" + idle + ")");
        }
        List<Locale> languages = languages(k);
        List<String> guides = new ArrayList<>();
        for (ScalarNode g : k.scalars("guides", true)) {
            if (guideIds.contains(g.getValue())) {
                guides.add(g.getValue());
            } else {
                k.problem(g, "guides", "không có hướng dẫn '" + g.getValue() + "' trong thư mục guides/");
            }
        }
        Optional<YamlNodes> contact = k.map("contact", true);
        contact.ifPresent(c -> c.allowOnly(Set.of("name", "phone")));
        Optional<Localized> contactName = contact.flatMap(c -> c.localized("name", true, 80, 1));
        Optional<String> phone = contact.flatMap(c -> c.text("phone", true).filter(p -> {
            boolean ok = PHONE.matcher(p).matches();
            if (!ok) {
                c.problem("phone", "số điện thoại chỉ gồm chữ số, dấu cách hoặc dấu chấm, ví dụ '0900 000 001'");
            }
            return ok;
        }));
        String voice = k.text("voice", false).orElse(DEFAULT_VOICE);
        if (!VOICES.contains(voice)) {
            k.problem("voice", "giọng đọc '" + voice + "' không có; chọn một trong: " + String.join(", ", VOICES));
        }
        boolean readAloud = flag(k, "read_aloud", "mỗi bước tự đọc to khi mở ra; false: chỉ đọc khi bấm \"Nghe\"");
        boolean readAlerts = flag(k, "read_alerts", "màn hình chờ đọc to mỗi cảnh báo lừa đảo mới một lần");
        if (k.has("duty_hours")) {
            k.problem("duty_hours", "giờ trực nay do tình nguyện viên đặt trong trang 'Lịch trực'; hãy xoá mục này");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new KioskSettings(id.orElseThrow(), village.orElseThrow(), name.orElseThrow(),
                Duration.ofSeconds(idle), Duration.ofSeconds(warning), languages, guides, contactName.orElseThrow(),
                phone.orElseThrow(), voice, readAloud, readAlerts));
    }

    private static List<Locale> languages(YamlNodes k) {
        if (!k.has("languages")) {
            return List.of(Locale.of("vi"), Locale.of("en"));
        }
        List<Locale> result = new ArrayList<>();
        for (ScalarNode l : k.scalars("languages", true)) {
            if (LANGUAGES.contains(l.getValue())) {
                result.add(Locale.of(l.getValue()));
            } else {
                k.problem(l, "languages", "ngôn ngữ '" + l.getValue() + "' chưa có; dùng vi hoặc en");
            }
        }
        if (!result.isEmpty() && !"vi".equals(result.getFirst().getLanguage())) {
            k.problem("languages", "tiếng Việt (vi) phải đứng đầu");
        }
        return result;
    }

    /** A true/false setting, false when absent ({@code read_aloud}, {@code read_alerts}: issue 24). */
    private static boolean flag(YamlNodes k, String field, String whenTrue) {
        return k.text(field, false).map(v -> switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                k.problem(field, "phải là true (" + whenTrue + ") hoặc false, đang là '" + v + "'");
                yield false;
            }
        }).orElse(false);
    }
}

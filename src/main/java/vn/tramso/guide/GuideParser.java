package vn.tramso.guide;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import vn.tramso.base.Localized;
import vn.tramso.base.Topic;

/** Reads and checks one guide file; see kiosk-config/README.md for the format. */
final class GuideParser {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_STEPS = 12;
    private static final Pattern SECRET = Pattern.compile("otp|mật khẩu|passcode");

    private GuideParser() {
    }

    /**
     * @param illustrations the checked SVG files by name, to resolve each step's {@code image}
     * @param domains       where the guide's QR code may lead
     * @param recordings    to check each step's recorded {@code audio}
     * @return the guide, or empty when a problem was recorded
     */
    static Optional<Guide> parse(String file, String expectedId, Node root, Map<String, String> illustrations, LinkDomains domains,
                                 StepRecordings recordings, List<ContentProblem> problems) {
        int before = problems.size();
        YamlNodes g = new YamlNodes(file, "", root, problems);
        g.allowOnly(Set.of("id", "topic", "title", "summary", "link", "steps"));
        Optional<String> id = g.text("id", true);
        id.ifPresent(value -> {
            if (!ID.matcher(value).matches()) {
                g.problem("id", "chỉ dùng chữ thường không dấu, số và dấu '-', ví dụ 'vneid-muc-2'");
            } else if (!value.equals(expectedId)) {
                g.problem("id", "phải trùng tên tệp: '" + expectedId + "' (đang là '" + value + "')");
            }
        });
        Optional<Topic> topic = g.text("topic", true).flatMap(slug -> {
            Optional<Topic> t = Topic.fromSlug(slug).filter(Topic::isArea);
            if (t.isEmpty()) {
                g.problem("topic", "chủ đề '" + slug + "' không có; chọn một trong: "
                        + String.join(", ", Topic.areas().stream().map(Topic::slug).toList()));
            }
            return t;
        });
        Optional<Localized> title = g.localized("title", true, 60, 1);
        Optional<Localized> summary = g.localized("summary", true, 160, 2);
        Optional<String> link = g.text("link", false).filter(l -> validLink(g, l, domains));
        List<GuideStep> steps = steps(g, illustrations, recordings);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Guide(id.orElseThrow(), topic.orElseThrow(), title.orElseThrow(), summary.orElseThrow(),
                link.orElse(null), steps));
    }

    private static List<GuideStep> steps(YamlNodes g, Map<String, String> illustrations, StepRecordings recordings) {
        List<Node> items = g.list("steps", true);
        if (items.size() > MAX_STEPS) {
            g.problem("steps", "quá nhiều bước: " + items.size() + ", tối đa " + MAX_STEPS + "; hãy tách thành hai hướng dẫn");
        }
        List<GuideStep> steps = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNodes s = g.child("steps[" + (i + 1) + "]", items.get(i));
            s.allowOnly(Set.of("title", "text", "image", "tip", "warning", "alerts", "audio"));
            Optional<Localized> title = s.localized("title", true, 60, 1);
            Optional<Localized> text = s.localized("text", true, 300, 3);
            Optional<String> svg = s.text("image", true).flatMap(name -> {
                String markup = illustrations.get(name);
                if (markup == null) {
                    s.problem("image", "không có tệp hình 'illustrations/" + name + "'");
                }
                return Optional.ofNullable(markup);
            });
            Optional<Localized> tip = s.localized("tip", false, 200, 2);
            Optional<Localized> warning = s.localized("warning", false, 200, 2);
            boolean alerts = s.text("alerts", false).map(v -> switch (v) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    s.problem("alerts", "phải là true (bước này dẫn tới các cảnh báo lừa đảo đang có) hoặc false, đang là '" + v + "'");
                    yield false;
                }
            }).orElse(false);
            Optional<Path> recording = s.text("audio", false).flatMap(name -> recordings.check(s, "audio", name));
            if (title.isPresent() && text.isPresent() && touchesSecrets(title.get(), text.get())
                    && warning.filter(GuideParser::saysNeverShare).isEmpty()) {
                s.problem("warning", "bước này nói đến OTP hoặc mật khẩu nên phải có cảnh báo "
                        + "không đưa OTP/mật khẩu cho bất kỳ ai, kể cả người giúp đỡ");
            }
            if (title.isPresent() && text.isPresent() && svg.isPresent()) {
                steps.add(new GuideStep(title.get(), text.get(), svg.get(), tip.orElse(null), warning.orElse(null), alerts,
                        recording.orElse(null)));
            }
        }
        return steps;
    }

    private static boolean touchesSecrets(Localized title, Localized text) {
        return SECRET.matcher((title.vi() + " " + text.vi()).toLowerCase(Locale.ROOT)).find();
    }

    private static boolean saysNeverShare(Localized warning) {
        String vi = warning.vi().toLowerCase(Locale.ROOT);
        return vi.contains("không") && SECRET.matcher(vi).find();
    }

    private static boolean validLink(YamlNodes g, String link, LinkDomains domains) {
        try {
            URI uri = new URI(link);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                g.problem("link", "phải là địa chỉ bắt đầu bằng https://");
                return false;
            }
            if (!domains.allows(uri.getHost())) {
                g.problem("link", "tên miền '" + uri.getHost() + "' không được phép; mã QR chỉ mở " + domains.names()
                        + " (thêm tên miền vào " + LinkDomains.FILE + " nếu xã tin cậy)");
                return false;
            }
            if (link.length() > 300) {
                g.problem("link", "quá dài cho mã QR: tối đa 300 ký tự");
                return false;
            }
            return true;
        } catch (URISyntaxException e) {
            g.problem("link", "không phải địa chỉ web hợp lệ: " + e.getReason());
            return false;
        }
    }
}

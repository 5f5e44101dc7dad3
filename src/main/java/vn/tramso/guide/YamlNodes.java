package vn.tramso.guide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.tramso.base.Localized;

/**
 * Reads one YAML mapping node of a kiosk-config file, field by field, and records every problem
 * with the file, the line and the field's path. Reading never throws: a missing or malformed
 * field is recorded and read as empty, so one pass reports all that is wrong with a file.
 */
final class YamlNodes {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](\\s|$)");

    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final List<ContentProblem> problems;

    YamlNodes(String file, String path, Node node, List<ContentProblem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                if (fields.putIfAbsent(key, tuple) != null) {
                    problem(tuple.getKeyNode(), key, "trường bị khai báo hai lần");
                }
            }
        } else {
            problem(node, "", "cần một bảng các trường dạng 'tên: giá trị'");
        }
    }

    /** Records a problem for every field not in {@code known}: catches misspelt field names. */
    void allowOnly(Set<String> known) {
        fields.forEach((key, tuple) -> {
            if (!known.contains(key)) {
                problem(tuple.getKeyNode(), key, "trường không được biết đến; các trường hợp lệ: " + String.join(", ", known));
            }
        });
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    int line() {
        return line(node);
    }

    int line(String key) {
        NodeTuple t = fields.get(key);
        return t == null ? line() : line(t.getValueNode());
    }

    /** A plain text value; empty when missing (recorded as a problem if required) or not text. */
    Optional<String> text(String key, boolean required) {
        NodeTuple t = fields.get(key);
        if (t == null) {
            if (required) {
                problem(node, key, "thiếu trường bắt buộc");
            }
            return Optional.empty();
        }
        if (!(t.getValueNode() instanceof ScalarNode scalar)) {
            problem(t.getValueNode(), key, "cần một giá trị chữ, không phải danh sách hay bảng");
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            if (required) {
                problem(scalar, key, "không được để trống");
            }
            return Optional.empty();
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            problem(scalar, key, "có ký tự điều khiển không hợp lệ");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<Integer> integer(String key, int min, int max) {
        return text(key, false).flatMap(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n >= min && n <= max) {
                    return Optional.of(n);
                }
                problem(valueNode(key), key, "phải từ " + min + " đến " + max + " (đang là " + n + ")");
            } catch (NumberFormatException e) {
                problem(valueNode(key), key, "phải là một số nguyên (đang là '" + v + "')");
            }
            return Optional.empty();
        });
    }

    /**
     * A text in Vietnamese with an optional English translation: either a plain value (Vietnamese
     * only) or a bảng with {@code vi} (required) and {@code en}. Each language is at most
     * {@code maxLength} characters and {@code maxSentences} sentences.
     */
    Optional<Localized> localized(String key, boolean required, int maxLength, int maxSentences) {
        NodeTuple t = fields.get(key);
        if (t == null) {
            if (required) {
                problem(node, key, "thiếu trường bắt buộc");
            }
            return Optional.empty();
        }
        if (t.getValueNode() instanceof ScalarNode) {
            return text(key, required).filter(v -> fits(valueNode(key), key, v, maxLength, maxSentences)).map(Localized::vi);
        }
        YamlNodes languages = child(key, t.getValueNode());
        languages.allowOnly(Set.of("vi", "en"));
        Optional<String> vi = languages.text("vi", true)
                .filter(v -> languages.fits(languages.valueNode("vi"), "vi", v, maxLength, maxSentences));
        Optional<String> en = languages.text("en", false)
                .filter(v -> languages.fits(languages.valueNode("en"), "en", v, maxLength, maxSentences));
        return vi.map(v -> new Localized(v, en.orElse(null)));
    }

    /** The items of a list field; empty when missing (a problem if required) or not a list. */
    List<Node> list(String key, boolean required) {
        NodeTuple t = fields.get(key);
        if (t == null) {
            if (required) {
                problem(node, key, "thiếu trường bắt buộc");
            }
            return List.of();
        }
        if (!(t.getValueNode() instanceof SequenceNode seq)) {
            problem(t.getValueNode(), key, "cần một danh sách (mỗi mục một dòng bắt đầu bằng '- ')");
            return List.of();
        }
        if (seq.getValue().isEmpty() && required) {
            problem(seq, key, "danh sách không được rỗng");
        }
        return seq.getValue();
    }

    /** The texts of a list of plain values, each with its node for error lines. */
    List<ScalarNode> scalars(String key, boolean required) {
        List<ScalarNode> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Node> items = list(key, required);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                if (seen.add(s.getValue().strip())) {
                    result.add(s);
                } else {
                    problem(s, key + "[" + (i + 1) + "]", "'" + s.getValue() + "' bị lặp lại");
                }
            } else {
                problem(item, key + "[" + (i + 1) + "]", "cần một giá trị chữ");
            }
        }
        return result;
    }

    YamlNodes child(String key, Node child) {
        return new YamlNodes(file, field(key), child, problems);
    }

    /** The mapping under {@code key}; empty when missing (a problem if required). */
    Optional<YamlNodes> map(String key, boolean required) {
        NodeTuple t = fields.get(key);
        if (t == null) {
            if (required) {
                problem(node, key, "thiếu trường bắt buộc");
            }
            return Optional.empty();
        }
        return Optional.of(child(key, t.getValueNode()));
    }

    void problem(Node at, String key, String message) {
        problems.add(new ContentProblem(file, line(at), field(key), message));
    }

    void problem(String key, String message) {
        problem(fields.containsKey(key) ? valueNode(key) : node, key, message);
    }

    String field(String key) {
        if (key.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? key : path + "." + key;
    }

    private Node valueNode(String key) {
        return fields.get(key).getValueNode();
    }

    private boolean fits(Node at, String key, String value, int maxLength, int maxSentences) {
        if (value.length() > maxLength) {
            problem(at, key, "quá dài: " + value.length() + " ký tự, tối đa " + maxLength);
            return false;
        }
        long sentences = SENTENCE_END.matcher(value).results().count();
        if (sentences > maxSentences) {
            problem(at, key, "quá nhiều câu: " + sentences + " câu, tối đa " + maxSentences);
            return false;
        }
        return true;
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}

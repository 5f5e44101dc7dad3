package vn.tramso.guide;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * How people say the words that espeak-ng would otherwise spell or mangle ("VNeID", "CCCD", "OTP"),
 * from {@code kiosk-config/pronunciation.yaml}; the commune adds its own. Without the file the list
 * is empty.
 *
 * @param words each written word and what is said for it
 */
public record Pronunciations(Map<String, String> words) {

    static final String FILE = "pronunciation.yaml";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .&+-]{0,38}[\\p{L}\\p{N}]?");
    private static final Pattern SAID = Pattern.compile("[\\p{L}\\p{M} ,-]{1,120}");

    public Pronunciations {
        words = Map.copyOf(words);
    }

    static Pronunciations none() {
        return new Pronunciations(Map.of());
    }

    /** From the file's {@code words:} list of {@code word}/{@code say} pairs; a bad entry is a problem with its line. */
    static Pronunciations parse(String file, Node root, List<ContentProblem> problems) {
        YamlNodes p = new YamlNodes(file, "", root, problems);
        p.allowOnly(Set.of("words"));
        Map<String, String> words = new LinkedHashMap<>();
        List<Node> items = p.list("words", true);
        for (int i = 0; i < items.size(); i++) {
            YamlNodes entry = p.child("words[" + (i + 1) + "]", items.get(i));
            entry.allowOnly(Set.of("word", "say"));
            Optional<String> word = entry.text("word", true).filter(w -> {
                boolean ok = WORD.matcher(w).matches();
                if (!ok) {
                    entry.problem("word", "từ viết tắt chỉ gồm chữ, số, dấu cách, '.', '-', '&' hoặc '+', tối đa 40 ký tự");
                }
                return ok;
            });
            Optional<String> say = entry.text("say", true).filter(s -> {
                boolean ok = SAID.matcher(s).matches();
                if (!ok) {
                    entry.problem("say", "cách đọc chỉ gồm chữ, dấu cách, dấu phẩy hoặc '-', tối đa 120 ký tự, ví dụ 'căn cước công dân'");
                }
                return ok;
            });
            if (word.isPresent() && say.isPresent() && words.putIfAbsent(word.get(), say.get()) != null) {
                entry.problem("word", "'" + word.get() + "' đã có ở trên");
            }
        }
        return new Pronunciations(words);
    }
}

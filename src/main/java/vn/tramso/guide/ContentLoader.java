package vn.tramso.guide;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import vn.tramso.base.SvgChecker;
import vn.tramso.base.SvgRefusedException;

/**
 * Loads the whole of kiosk-config ({@code kiosks/*.yaml}, {@code guides/*.yaml},
 * {@code illustrations/*.svg}, {@code link-domains.yaml}, {@code pronunciation.yaml}, the recorded voices guides name)
 * into one {@link KioskContent}, or reports
 * every problem found.
 * All or nothing: one bad file and nothing is returned, so the kiosk keeps its last good content.
 */
public final class ContentLoader {

    static final int MAX_FILE_BYTES = 256 * 1024;

    private ContentLoader() {
    }

    private static Optional<String> illustration(String file, String text, List<ContentProblem> problems) {
        try {
            return Optional.of(SvgChecker.sanitise(text));
        } catch (SvgRefusedException refused) {
            problems.add(new ContentProblem(file, refused.line(), "", refused.getMessage()));
            return Optional.empty();
        }
    }

    public static KioskContent load(Path root) throws InvalidContentException {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, String> illustrations = new HashMap<>();
        for (Path svg : files(root, "illustrations", ".svg", problems)) {
            String name = svg.getFileName().toString();
            read(root, svg, problems).flatMap(text -> illustration(relative(root, svg), text, problems))
                    .ifPresent(markup -> illustrations.put(name, markup));
        }
        LinkDomains domains = Files.isRegularFile(root.resolve(LinkDomains.FILE))
                ? yaml(root, root.resolve(LinkDomains.FILE), problems).map(node -> LinkDomains.parse(LinkDomains.FILE, node, problems))
                        .orElse(LinkDomains.govOnly())
                : LinkDomains.govOnly();
        Pronunciations pronunciations = Files.isRegularFile(root.resolve(Pronunciations.FILE))
                ? yaml(root, root.resolve(Pronunciations.FILE), problems)
                        .map(node -> Pronunciations.parse(Pronunciations.FILE, node, problems)).orElse(Pronunciations.none())
                : Pronunciations.none();
        Map<String, Guide> guides = new LinkedHashMap<>();
        List<Path> guideFiles = files(root, "guides", ".yaml", problems);
        StepRecordings recordings = new StepRecordings(root);
        for (Path file : guideFiles) {
            String id = stem(file);
            yaml(root, file, problems).flatMap(node -> GuideParser.parse(relative(root, file), id, node, illustrations, domains,
                    recordings, problems))
                    .ifPresent(g -> guides.put(g.id(), g));
        }
        // A kiosk may name a guide whose file has problems: those are reported on the guide's file.
        Set<String> guideIds = guideFiles.stream().map(ContentLoader::stem).collect(Collectors.toSet());
        Map<String, KioskSettings> kiosks = new LinkedHashMap<>();
        List<Path> kioskFiles = files(root, "kiosks", ".yaml", problems);
        if (kioskFiles.isEmpty() && Files.isDirectory(root.resolve("kiosks"))) {
            problems.add(new ContentProblem("kiosks/", 0, "", "chưa có tệp cấu hình kiosk nào (*.yaml)"));
        }
        for (Path file : kioskFiles) {
            String id = stem(file);
            yaml(root, file, problems).flatMap(node -> KioskSettingsParser.parse(relative(root, file), id, node, guideIds, problems))
                    .ifPresent(k -> kiosks.put(k.id(), k));
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return new KioskContent(kiosks, guides, pronunciations);
    }

    private static List<Path> files(Path root, String folder, String extension, List<ContentProblem> problems) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            problems.add(new ContentProblem(folder + "/", 0, "", "thiếu thư mục " + folder + " trong " + root.toAbsolutePath()));
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(extension) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(folder + "/", 0, "", "không đọc được thư mục: " + e.getMessage()));
            return List.of();
        }
    }

    private static Optional<Node> yaml(Path root, Path file, List<ContentProblem> problems) {
        String name = relative(root, file);
        return read(root, file, problems).flatMap(text -> {
            try {
                LoaderOptions options = new LoaderOptions();
                options.setAllowDuplicateKeys(false);
                options.setMaxAliasesForCollections(10);
                Node node = new Yaml(options).compose(new StringReader(text));
                if (node == null) {
                    problems.add(new ContentProblem(name, 0, "", "tệp rỗng"));
                }
                return Optional.ofNullable(node);
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
                problems.add(new ContentProblem(name, line, "", "lỗi cú pháp YAML: " + e.getProblem()
                        + " (thường do thụt lề sai hoặc thiếu dấu ngoặc kép quanh chữ có dấu ':')"));
            } catch (YAMLException e) {
                String message = e.getMessage() != null && e.getMessage().contains("aliases")
                        ? "dùng quá nhiều tham chiếu lặp lại (&tên / *tên); hãy viết thẳng nội dung"
                        : "lỗi YAML: " + e.getMessage();
                problems.add(new ContentProblem(name, 0, "", message));
            }
            return Optional.empty();
        });
    }

    private static Optional<String> read(Path root, Path file, List<ContentProblem> problems) {
        String name = relative(root, file);
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(new ContentProblem(name, 0, "", "tệp quá lớn: tối đa " + MAX_FILE_BYTES / 1024 + " KB"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            problems.add(new ContentProblem(name, 0, "", "tệp không lưu bằng mã UTF-8; hãy lưu lại với mã UTF-8"));
        } catch (IOException e) {
            problems.add(new ContentProblem(name, 0, "", "không đọc được tệp: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}

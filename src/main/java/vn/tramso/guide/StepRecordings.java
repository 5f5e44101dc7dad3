package vn.tramso.guide;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import vn.tramso.base.AudioKind;
import vn.tramso.base.KioskAudio;

/**
 * Checks a step's recorded voice ({@code audio: recordings/vneid-muc-2-buoc-1.mp3}) when content
 * loads: a path inside kiosk-config (no way out through {@code ..} or a link), a kind the kiosk plays
 * ({@link AudioKind}: wav, opus, ogg, mp3, m4a), a file that is there, not empty, at most
 * {@value #MAX_BYTES} bytes, whose first bytes are those of its kind; a name no path can hold on the
 * machine is a problem too, not a crash. A problem is recorded with the
 * guide file, line and field, and the whole load is refused like any other problem.
 */
final class StepRecordings {

    static final int MAX_BYTES = KioskAudio.MAX_RECORDING_BYTES;

    private final Path root;

    StepRecordings(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The recorded file, checked; empty (and a problem recorded on {@code field}) when it is not fit to play. */
    Optional<Path> check(YamlNodes step, String field, String name) {
        Optional<AudioKind> kind = AudioKind.of(name);
        if (kind.isEmpty()) {
            step.problem(field, "tệp ghi âm phải là một trong các loại: " + AudioKind.extensions() + " (đang là '" + name + "')");
            return Optional.empty();
        }
        Path file;
        try {
            file = root.resolve(name).normalize();
        } catch (InvalidPathException e) { // NUL (YamlNodes refuses control characters first), or '?', ':' … on Windows
            step.problem(field, "tên tệp ghi âm có ký tự không dùng được trong tên tệp (đang là '" + name.replaceAll("\\p{Cntrl}", "?") + "')");
            return Optional.empty();
        }
        if (name.startsWith("/") || name.contains("\\") || !file.startsWith(root)) {
            step.problem(field, "tệp ghi âm phải nằm trong thư mục kiosk-config, ví dụ 'recordings/ten-tep.mp3' (đang là '" + name + "')");
            return Optional.empty();
        }
        try {
            if (!Files.isRegularFile(file)) {
                step.problem(field, "không có tệp ghi âm '" + name + "'");
                return Optional.empty();
            }
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                step.problem(field, "tệp ghi âm '" + name + "' trỏ ra ngoài thư mục kiosk-config");
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size == 0 || size > MAX_BYTES) {
                step.problem(field, "tệp ghi âm '" + name + "' " + (size == 0 ? "rỗng" : "quá lớn: " + size / 1024
                        + " KB, tối đa " + MAX_BYTES / 1024 / 1024 + " MB (lưu dạng mp3 hoặc opus cho nhẹ)"));
                return Optional.empty();
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(AudioKind.HEAD);
            }
            if (!kind.get().matches(head)) {
                step.problem(field, "tệp '" + name + "' không phải âm thanh " + kind.get().extension()
                        + " thật (nội dung không khớp đuôi tệp); hãy xuất lại từ phần mềm ghi âm");
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (IOException e) {
            step.problem(field, "không đọc được tệp ghi âm '" + name + "': " + e.getMessage());
            return Optional.empty();
        }
    }
}

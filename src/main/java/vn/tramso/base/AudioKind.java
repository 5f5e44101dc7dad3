package vn.tramso.base;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of audio file a kiosk plays, by file extension: the Content-Type each is served with and
 * how its first bytes look (a file named {@code .mp3} that holds something else is refused).
 */
public enum AudioKind {
    WAV("wav", "audio/wav"),
    OPUS("opus", "audio/ogg; codecs=opus"),
    OGG("ogg", "audio/ogg"),
    MP3("mp3", "audio/mpeg"),
    M4A("m4a", "audio/mp4");

    /** How many first bytes {@link #matches} needs. */
    public static final int HEAD = 40;

    private final String extension;
    private final String contentType;

    AudioKind(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The kind a file name says, from its extension (any case). */
    public static Optional<AudioKind> of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> lower.endsWith("." + k.extension)).findFirst();
    }

    /** The extensions accepted, for messages: "wav, opus, ogg, mp3, m4a". */
    public static String extensions() {
        return String.join(", ", Arrays.stream(values()).map(AudioKind::extension).toList());
    }

    /** Whether a file's first bytes are those of this kind (its magic bytes). */
    public boolean matches(byte[] head) {
        return switch (this) {
            case WAV -> at(head, 0, "RIFF") && at(head, 8, "WAVE");
            case OPUS -> at(head, 0, "OggS") && at(head, 28, "OpusHead");
            case OGG -> at(head, 0, "OggS");
            // an ID3 tag, or straight away an MPEG audio frame (11 bits of sync, layer III)
            case MP3 -> at(head, 0, "ID3") || head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE6) == 0xE2;
            case M4A -> at(head, 4, "ftyp");
        };
    }

    private static boolean at(byte[] head, int offset, String ascii) {
        byte[] b = ascii.getBytes(StandardCharsets.US_ASCII);
        return head.length >= offset + b.length && Arrays.equals(head, offset, offset + b.length, b, 0, b.length);
    }
}

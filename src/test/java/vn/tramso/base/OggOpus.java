package vn.tramso.base;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** The length of an Ogg Opus file, for tests: the last page's granule position at 48 kHz, less the pre-skip. */
public final class OggOpus {

    private OggOpus() {
    }

    public static double seconds(byte[] ogg) {
        int last = new String(ogg, StandardCharsets.ISO_8859_1).lastIndexOf("OggS");
        long granule = ByteBuffer.wrap(ogg, last + 6, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        int head = new String(ogg, StandardCharsets.ISO_8859_1).indexOf("OpusHead");
        int preSkip = ByteBuffer.wrap(ogg, head + 10, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xFFFF;
        return (granule - preSkip) / 48_000.0;
    }
}

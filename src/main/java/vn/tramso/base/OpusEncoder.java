package vn.tramso.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** opusenc (Debian's opus-tools), turning espeak-ng's WAV into speech-tuned Ogg Opus for {@link KioskAudio}. */
final class OpusEncoder {

    private static final Logger log = LoggerFactory.getLogger(OpusEncoder.class);

    private final String program;
    private final int kbits;
    private final long timeoutSeconds;

    OpusEncoder(String program, int kbits, long timeoutSeconds) {
        this.program = program;
        this.kbits = kbits;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Whether opusenc is there and answers. */
    boolean runs() {
        return answers(program);
    }

    /** Whether the program is there and answers {@code --version} (opusenc, espeak-ng). */
    static boolean answers(String program) {
        try {
            Process p = new ProcessBuilder(program, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return true;
            }
            p.destroyForcibly();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Encodes mono speech; false (logged) when opusenc failed or ran out of time. */
    boolean encode(Path wav, Path out) throws IOException, InterruptedException {
        Process opusenc = new ProcessBuilder(program, "--quiet", "--speech", "--bitrate", String.valueOf(kbits),
                wav.toString(), out.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            boolean done = opusenc.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done || opusenc.exitValue() != 0 || Files.size(out) == 0) {
                log.warn("opusenc could not encode a reading (exit {})", done ? opusenc.exitValue() : "timeout");
                return false;
            }
            return true;
        } finally {
            if (opusenc.isAlive()) {
                opusenc.destroyForcibly();
            }
        }
    }
}

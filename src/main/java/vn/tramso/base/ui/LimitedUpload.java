package vn.tramso.base.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import vn.tramso.base.BoundedInput;
import vn.tramso.base.security.SecurityContexts;

/**
 * Every upload of this app: the file is read into memory on the server through a
 * {@link BoundedInput}, so it stops at {@code maxBytes} whatever the browser was told
 * ({@code Upload.setMaxFileSize} is only a hint to the page) and whatever the request claims.
 * A file over the limit is rejected (the page's upload shows it failed), nothing is handed on, and
 * the screen is told why in Vietnamese. The callbacks run on the screen, as the signed-in user.
 */
public final class LimitedUpload implements UploadHandler {

    /** A file received whole, within the limit. */
    @FunctionalInterface
    public interface Received extends Serializable {
        void accept(String fileName, byte[] bytes);
    }

    private final long maxBytes;
    private final Received received;
    private final SerializableConsumer<String> refused;

    public LimitedUpload(long maxBytes, Received received, SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = receive(event.getFileSize(), in);
        } catch (BoundedInput.TooLargeException e) {
            String message = tooLarge();
            event.reject(message);
            Runnable tell = SecurityContexts.bind(() -> refused.accept(message));
            event.getUI().access(tell::run);
            return;
        }
        Runnable hand = SecurityContexts.bind(() -> received.accept(fileName, bytes));
        event.getUI().access(hand::run);
    }

    /** The upload's bytes; refused before reading when the request says it is too large, and while reading when it is. */
    byte[] receive(long declaredSize, InputStream in) throws IOException {
        if (declaredSize > maxBytes) {
            throw new BoundedInput.TooLargeException(maxBytes);
        }
        return BoundedInput.readAll(in, maxBytes);
    }

    /** "Tệp quá lớn: tối đa 20 MB." (or KB for small limits). */
    String tooLarge() {
        return maxBytes >= 1024 * 1024 ? "Tệp quá lớn: tối đa " + maxBytes / (1024 * 1024) + " MB."
                : "Tệp quá lớn: tối đa " + maxBytes / 1024 + " KB.";
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }
}

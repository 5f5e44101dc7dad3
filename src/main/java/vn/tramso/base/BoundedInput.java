package vn.tramso.base;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails with {@link TooLargeException} as soon as more than a given number of bytes
 * has come through it, whatever the sender or the file claimed its size to be: uploads and the
 * parts of an Excel file are read through it, so a large or endless input stops at the limit
 * instead of filling memory.
 */
public final class BoundedInput extends FilterInputStream {

    private final long max;
    private long count;

    public BoundedInput(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    /** All the stream's bytes, or {@link TooLargeException} once it has more than {@code max}. */
    public static byte[] readAll(InputStream in, long max) throws IOException {
        try (BoundedInput bounded = new BoundedInput(in, max)) {
            return bounded.readAllBytes();
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws TooLargeException {
        count += n;
        if (count > max) {
            throw new TooLargeException(max);
        }
    }

    /** More bytes than the limit. */
    public static final class TooLargeException extends IOException {

        private final long max;

        public TooLargeException(long max) {
            super("more than " + max + " bytes");
            this.max = max;
        }

        public long max() {
            return max;
        }
    }
}

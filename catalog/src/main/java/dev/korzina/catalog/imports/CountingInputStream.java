package dev.korzina.catalog.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Tells an {@link ImportProgress} how many bytes have been read, every 64 KiB and at the end. */
final class CountingInputStream extends FilterInputStream {

    private static final long REPORT_EVERY = 64 * 1024;

    private final ImportProgress progress;
    private long count;
    private long lastReported;

    CountingInputStream(InputStream in, ImportProgress progress) {
        super(in);
        this.progress = progress;
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
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) {
        count += n;
        if (count - lastReported >= REPORT_EVERY) {
            lastReported = count;
            progress.advanced(count);
        }
    }

    long count() {
        return count;
    }
}

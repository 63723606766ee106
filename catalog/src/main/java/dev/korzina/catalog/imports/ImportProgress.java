package dev.korzina.catalog.imports;

/** Hears how far an import has read its input, for a progress bar or a log line. */
public interface ImportProgress {

    /** An import that reports nothing. */
    ImportProgress SILENT = new ImportProgress() {
        @Override
        public void started(String source, long totalBytes) {}

        @Override
        public void advanced(long bytesRead) {}

        @Override
        public void finished() {}
    };

    /**
     * Reading begins.
     *
     * @param source the file or resource read
     * @param totalBytes its size, or -1 when unknown
     */
    void started(String source, long totalBytes);

    /**
     * Reading has reached this many bytes.
     *
     * @param bytesRead bytes read so far
     */
    void advanced(long bytesRead);

    /** Reading is over, successfully or not. */
    void finished();
}

package dev.korzina.assistant.cli;

import dev.korzina.catalog.imports.ImportProgress;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Shows an import's progress as a bar of kilobytes read, on a stream that is not stdout. */
final class ProgressBarImportProgress implements ImportProgress {

    private static final int KIB = 1024;

    private final PrintStream out;
    private ProgressBar bar;

    ProgressBarImportProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void started(String source, long totalBytes) {
        bar = new ProgressBarBuilder()
                .setTaskName("Importing")
                .setInitialMax(totalBytes)
                .setUnit(" KiB", KIB)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .setUpdateIntervalMillis(200)
                .continuousUpdate()
                .build();
    }

    @Override
    public void advanced(long bytesRead) {
        bar.stepTo(bytesRead);
    }

    @Override
    public void finished() {
        bar.close();
    }
}

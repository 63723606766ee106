package dev.korzina.assistant.cli;

import dev.korzina.assistant.Application;
import dev.korzina.assistant.config.ConfigLoader;
import dev.korzina.assistant.config.KorzinaConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code korzina serve}: runs the server until Ctrl-C or SIGTERM, then stops it and its database cleanly. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the assistant server (embedded PostgreSQL and the demo catalog by default).")
final class ServeCommand implements Callable<Integer> {

    private final ConfigLoader loader;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options;

    @Option(names = "--port", description = "HTTP port (default 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--host", description = "Address to listen on (default 127.0.0.1).")
    String host;

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            description = "A catalog (CSV or JSONL) that replaces the stored one at start.")
    Path catalog;

    ServeCommand(ConfigLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> flags = new HashMap<>();
        if (port != null) {
            flags.put("server.port", port.toString());
        }
        if (host != null) {
            flags.put("server.host", host);
        }
        if (catalog != null) {
            flags.put("catalog.file", catalog.toString());
        }
        KorzinaConfig config = options.load(loader, flags);
        Application application = Application.start(config, new ProgressBarImportProgress(System.err));
        PrintWriter err = spec.commandLine().getErr();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            application.close();
                            // printed, not logged: JUL closes its handlers in a shutdown hook of its own
                            err.println("korzina: stopped");
                            err.flush();
                        },
                        "korzina-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Korzina is serving at " + application.baseUri() + " (Ctrl-C stops it)");
        out.flush();
        new CountDownLatch(1).await();
        return 0;
    }
}

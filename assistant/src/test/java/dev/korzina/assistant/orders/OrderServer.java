package dev.korzina.assistant.orders;

import dev.korzina.assistant.Application;
import dev.korzina.assistant.TestClock;
import dev.korzina.assistant.TestHttp;
import dev.korzina.assistant.TestServers;
import dev.korzina.catalog.imports.ImportProgress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A started server whose clock a test moves, standing first at noon Moscow time (09:00 UTC).
 *
 * @param application the server
 * @param http calls it
 * @param clock its clock
 */
record OrderServer(Application application, TestHttp http, TestClock clock) implements AutoCloseable {

    /** Starts a server with the bundled configuration plus extra keys. */
    static OrderServer start(Path dataDir, Map<String, String> extra) {
        TestClock clock = new TestClock(Instant.parse("2026-11-26T09:00:00Z"));
        Application application = Application.start(TestServers.config(dataDir, extra), ImportProgress.SILENT, clock);
        return new OrderServer(application, new TestHttp(application.baseUri()), clock);
    }

    @Override
    public void close() {
        application.close();
    }
}

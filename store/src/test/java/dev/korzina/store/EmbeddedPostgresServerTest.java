package dev.korzina.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerTest {

    private static final String TCP = "jdbc:postgresql://localhost:5433/postgres?user=postgres";

    @Test
    void connectsThroughTheSocketFileThePidFileNames() {
        assertThat(EmbeddedPostgresServer.jdbcUrl(pidFile("/tmp")))
                .isEqualTo(TCP + "&socketFactory=dev.korzina.store.socket.UnixDomainSocketFactory"
                        + "&socketFactoryArg=%2Ftmp%2F.s.PGSQL.5433");
    }

    @Test
    void connectsOverTcpWhenTheServerHasNoSocketFile() {
        assertThat(EmbeddedPostgresServer.jdbcUrl(pidFile(""))).isEqualTo(TCP);
    }

    @Test
    void connectsOverTcpWhenTheSocketPathIsTooLongForTheKernel() {
        assertThat(EmbeddedPostgresServer.jdbcUrl(pidFile("/tmp/" + "korzina-data-".repeat(8))))
                .isEqualTo(TCP);
    }

    /** The lines of a {@code postmaster.pid} for port 5433 with the socket in {@code socketDirectory}. */
    private static List<String> pidFile(String socketDirectory) {
        return List.of(
                "4242", "/srv/korzina/pg", "1764140000", "5433", socketDirectory, "localhost", "  5433001", "ready");
    }
}

package dev.korzina.store.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The socket the JDBC driver gets, against a Unix-domain server of the test's own. */
@Timeout(20)
class UnixDomainSocketTest {

    @TempDir
    Path dir;

    private ServerSocketChannel server;
    private Path file;

    @BeforeEach
    void listen() throws IOException {
        file = dir.resolve("s.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(file));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void carriesBytesBothWays() throws IOException {
        try (Socket socket = connected();
                SocketChannel peer = server.accept()) {
            socket.getOutputStream().write("ping".getBytes(StandardCharsets.UTF_8));
            ByteBuffer received = ByteBuffer.allocate(4);
            while (received.hasRemaining()) {
                peer.read(received);
            }
            peer.write(ByteBuffer.wrap("pong".getBytes(StandardCharsets.UTF_8)));

            assertThat(new String(received.array(), StandardCharsets.UTF_8)).isEqualTo("ping");
            assertThat(new String(socket.getInputStream().readNBytes(4), StandardCharsets.UTF_8))
                    .isEqualTo("pong");
        }
    }

    @Test
    void aReadWithATimeoutEndsAtItWhenNothingComesAndTheSocketStaysUsable() throws IOException {
        try (Socket socket = connected();
                SocketChannel peer = server.accept()) {
            socket.setSoTimeout(200);
            InputStream in = socket.getInputStream();
            long start = System.nanoTime();

            assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isBetween(Duration.ofMillis(150), Duration.ofSeconds(5));
            peer.write(ByteBuffer.wrap(new byte[] {42}));
            assertThat(in.read()).isEqualTo(42);
            socket.setSoTimeout(0);
            peer.write(ByteBuffer.wrap(new byte[] {7}));
            assertThat(in.read()).isEqualTo(7);
        }
    }

    @Test
    void closingTheSocketEndsAReadWaitingWithinATimeout() throws Exception {
        assertClosingEndsARead(15_000);
    }

    @Test
    void closingTheSocketEndsAReadWaitingWithoutATimeout() throws Exception {
        assertClosingEndsARead(0);
    }

    @Test
    void aReadEndsWhenThePeerCloses() throws IOException {
        try (Socket socket = connected()) {
            server.accept().close();

            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void aClosedSocketSaysSoAndRefusesStreams() throws IOException {
        Socket socket = connected();
        server.accept().close();

        socket.close();

        assertThat(socket.isClosed()).isTrue();
        assertThatThrownBy(socket::getInputStream).hasMessageContaining("closed");
    }

    @Test
    void connectingWhereNothingListensFailsWithTheIoError() {
        UnixDomainSocketFactory nowhere =
                new UnixDomainSocketFactory(dir.resolve("none.sock").toString());

        assertThatThrownBy(() -> nowhere.createSocket("localhost", 5432)).isInstanceOf(IOException.class);
    }

    private void assertClosingEndsARead(int timeoutMillis) throws Exception {
        Socket socket = connected();
        try (SocketChannel peer = server.accept()) {
            socket.setSoTimeout(timeoutMillis);
            CompletableFuture<Throwable> ended = CompletableFuture.supplyAsync(() -> {
                try {
                    return new IllegalStateException(
                            "read " + socket.getInputStream().read());
                } catch (IOException e) {
                    return e;
                }
            });
            Thread.sleep(200);
            long start = System.nanoTime();

            socket.close();

            assertThat(ended.get(10, TimeUnit.SECONDS)).isInstanceOf(IOException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    private Socket connected() throws IOException {
        return new UnixDomainSocketFactory(file.toString()).createSocket("localhost", 5432);
    }
}

package dev.korzina.store.socket;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Socket} over the JDK's Unix-domain {@link SocketChannel}, with the few socket calls the PostgreSQL JDBC
 * driver makes. Reads block (a virtual thread parks, as on a TCP socket) unless a read timeout is set: the driver
 * sets one to wait for notifications or to check a connection, and such a read waits on a selector at most that
 * long, then fails with {@link SocketTimeoutException} as a TCP socket would; closing the socket ends either kind of
 * read at once. TCP options are accepted and ignored.
 */
final class UnixDomainSocket extends Socket {

    private final Path socketFile;
    private volatile SocketChannel channel;
    private volatile int timeoutMillis;
    /** The selector a read with a timeout waits on, woken by {@link #close()} so that read ends at once. */
    private volatile Selector waiting;

    UnixDomainSocket(Path socketFile) {
        this.socketFile = socketFile;
    }

    /** Connects to the socket file; the address the driver passes (a host and port) is not used. */
    @Override
    public void connect(SocketAddress ignored, int timeout) throws IOException {
        if (channel != null) {
            throw new SocketException("already connected to " + socketFile);
        }
        channel = SocketChannel.open(UnixDomainSocketAddress.of(socketFile));
    }

    @Override
    public void connect(SocketAddress ignored) throws IOException {
        connect(ignored, 0);
    }

    @Override
    public boolean isConnected() {
        return channel != null;
    }

    @Override
    public boolean isClosed() {
        return channel != null && !channel.isOpen();
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return new TimedInput(open());
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return Channels.newOutputStream(open());
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        if (timeout < 0) {
            throw new IllegalArgumentException("a negative timeout: " + timeout);
        }
        timeoutMillis = timeout;
    }

    @Override
    public int getSoTimeout() {
        return timeoutMillis;
    }

    @Override
    public void setTcpNoDelay(boolean on) {
        // no Nagle on a Unix-domain socket: every write goes out as it is made
    }

    @Override
    public boolean getTcpNoDelay() {
        return true;
    }

    @Override
    public void setKeepAlive(boolean on) {
        // a Unix-domain peer that dies closes the socket: there is nothing to keep alive
    }

    @Override
    public boolean getKeepAlive() {
        return false;
    }

    @Override
    public int getSendBufferSize() throws SocketException {
        return option(StandardSocketOptions.SO_SNDBUF);
    }

    @Override
    public void setSendBufferSize(int size) throws SocketException {
        option(StandardSocketOptions.SO_SNDBUF, size);
    }

    @Override
    public int getReceiveBufferSize() throws SocketException {
        return option(StandardSocketOptions.SO_RCVBUF);
    }

    @Override
    public void setReceiveBufferSize(int size) throws SocketException {
        option(StandardSocketOptions.SO_RCVBUF, size);
    }

    @Override
    public void shutdownInput() throws IOException {
        open().shutdownInput();
    }

    @Override
    public void shutdownOutput() throws IOException {
        open().shutdownOutput();
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
        Selector selector = waiting;
        if (selector != null) {
            selector.wakeup();
        }
    }

    @Override
    public String toString() {
        return "UnixDomainSocket[" + socketFile + (isConnected() ? "" : ", unconnected") + "]";
    }

    private SocketChannel open() throws SocketException {
        SocketChannel connected = channel;
        if (connected == null) {
            throw new SocketException("not connected to " + socketFile);
        }
        if (!connected.isOpen()) {
            throw new SocketException("the socket to " + socketFile + " is closed");
        }
        return connected;
    }

    private int option(SocketOption<Integer> name) throws SocketException {
        try {
            return open().getOption(name);
        } catch (IOException e) {
            throw socketException(e);
        }
    }

    private void option(SocketOption<Integer> name, int value) throws SocketException {
        try {
            open().setOption(name, value);
        } catch (IOException e) {
            throw socketException(e);
        }
    }

    /** The failure as the {@link SocketException} a socket's option calls may throw. */
    private static SocketException socketException(IOException cause) {
        if (cause instanceof SocketException failure) {
            return failure;
        }
        SocketException failure = new SocketException(cause.getMessage());
        failure.initCause(cause);
        return failure;
    }

    /** Reads from the channel, within the socket's read timeout when one is set. */
    private final class TimedInput extends InputStream {

        private final SocketChannel source;

        TimedInput(SocketChannel source) {
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int read = read(one, 0, 1);
            return read < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            if (length == 0) {
                return 0;
            }
            ByteBuffer into = ByteBuffer.wrap(bytes, offset, length);
            int timeout = timeoutMillis;
            return timeout == 0 ? source.read(into) : readWithin(into, timeout);
        }

        private int readWithin(ByteBuffer into, int timeout) throws IOException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout);
            source.configureBlocking(false);
            try (Selector selector = Selector.open()) {
                waiting = selector;
                source.register(selector, SelectionKey.OP_READ);
                while (true) {
                    int read = source.read(into);
                    if (read != 0) {
                        return read;
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new SocketTimeoutException(
                                "nothing to read from " + socketFile + " within " + timeout + " ms");
                    }
                    selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                    selector.selectedKeys().clear();
                }
            } finally {
                waiting = null;
                if (source.isOpen()) {
                    source.configureBlocking(true);
                }
            }
        }

        @Override
        public void close() throws IOException {
            UnixDomainSocket.this.close();
        }
    }
}

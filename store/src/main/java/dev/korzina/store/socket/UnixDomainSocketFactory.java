package dev.korzina.store.socket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Path;
import javax.net.SocketFactory;

/**
 * Makes the PostgreSQL JDBC driver's sockets connect to one Unix-domain socket file, whatever host and port the
 * driver asks for. Named in the JDBC URL: {@code socketFactory=dev.korzina.store.socket.UnixDomainSocketFactory}
 * with the socket file as {@code socketFactoryArg}; the driver builds it by reflection through the one-string
 * constructor.
 */
public final class UnixDomainSocketFactory extends SocketFactory {

    private final Path socketFile;

    /**
     * Creates the factory.
     *
     * @param socketFile the server's socket file, e.g. {@code /tmp/.s.PGSQL.5432}
     */
    public UnixDomainSocketFactory(String socketFile) {
        this.socketFile = Path.of(socketFile);
    }

    /** An unconnected socket; the driver connects it. */
    @Override
    public Socket createSocket() {
        return new UnixDomainSocket(socketFile);
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected();
    }

    private Socket connected() throws IOException {
        Socket socket = createSocket();
        socket.connect(null, 0);
        return socket;
    }
}

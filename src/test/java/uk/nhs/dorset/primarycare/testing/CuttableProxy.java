package uk.nhs.dorset.primarycare.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP relay in front of the test database that a test can cut, as an outage would: every open
 * connection is broken and new ones are refused until it is restored on the same port.
 */
public final class CuttableProxy {

    private static final Pattern HOST_PORT = Pattern.compile("jdbc:mariadb://([^:/]+):(\\d+)(/.*)");

    private final String targetHost;
    private final int targetPort;
    private final String path;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;

    private CuttableProxy(String jdbcUrl) {
        Matcher m = HOST_PORT.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a MariaDB URL with host and port: " + jdbcUrl);
        }
        targetHost = m.group(1);
        targetPort = Integer.parseInt(m.group(2));
        path = m.group(3);
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A relay to the test database, listening. */
    public static CuttableProxy toTestDatabase() {
        CuttableProxy proxy = new CuttableProxy(TestDatabase.url());
        proxy.restore();
        return proxy;
    }

    /** The database URL through the relay. */
    public String url() {
        return "jdbc:mariadb://127.0.0.1:" + port + path;
    }

    /** The outage: open connections break, new ones are refused. */
    public synchronized void cut() {
        try {
            if (listening != null) {
                listening.close();
                listening = null;
            }
        } catch (IOException ignored) {
            // Already closed.
        }
        for (Socket socket : open) {
            close(socket);
        }
        open.clear();
    }

    /** The database is back on the same address. */
    public synchronized void restore() {
        if (listening != null) {
            return;
        }
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listening = server;
            Thread.ofVirtual().start(() -> accept(server));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket database = new Socket(targetHost, targetPort);
                if (!register(server, client, database)) {
                    return;
                }
                Thread.ofVirtual().start(() -> pump(client, database));
                Thread.ofVirtual().start(() -> pump(database, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Keeps the pair to break at the next cut, unless a cut came while it was being connected. */
    private synchronized boolean register(ServerSocket server, Socket client, Socket database) {
        if (listening != server) {
            close(client);
            close(database);
            return false;
        }
        open.add(client);
        open.add(database);
        return true;
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException broken) {
            // The other side went, or the relay was cut.
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}

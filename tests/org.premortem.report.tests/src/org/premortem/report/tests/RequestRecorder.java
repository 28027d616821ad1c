/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A local HTTP proxy that answers nothing but remembers every request line it gets: the browser in
 * {@link BrowserInjectionTest} sends all its traffic here, so any request a page makes is seen, whatever its host.
 */
final class RequestRecorder implements AutoCloseable {

    private final ServerSocket server;
    private final List<String> requests = new ArrayList<>();
    private final Thread listener;

    RequestRecorder() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listener = Thread.ofVirtual().start(this::accept);
    }

    /** The proxy address for a browser's command line. */
    String address() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** The request lines seen so far ({@code GET http://host/path HTTP/1.1}, {@code CONNECT host:443 ...}). */
    synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> answer(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    /**
     * Records the request line and answers 404. Each connection is answered on its own thread: the browser opens
     * connections ahead of use and leaves some idle, and a proxy that waited on those kept every later request
     * waiting for about a minute.
     */
    private void answer(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String line = in.readLine();
            if (line == null) {
                return;
            }
            synchronized (this) {
                requests.add(line);
            }
            skipHeaders(in);
            socket.getOutputStream().write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            synchronized (this) {
                requests.add("error: " + e);
            }
        }
    }

    private static void skipHeaders(BufferedReader in) throws IOException {
        for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
            // only the request line matters
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        server.close();
        listener.join();
    }
}

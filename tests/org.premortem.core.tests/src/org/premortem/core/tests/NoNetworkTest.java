/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.core.stats.AnalysisStatistics;
import org.premortem.model.stpa.Analysis;

/**
 * Nothing in a file makes Premortem reach the network: every place XML and EMF could fetch from (external DTDs and
 * entities, schema locations, package namespaces, cross-document references, stylesheets, XInclude) points at a
 * listening local socket, the files are loaded, counted and, when accepted, saved, and the socket sees no connection.
 */
class NoNetworkTest {

    private static final String ROOT = "<stpa:Analysis xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:stpa=\"http://premortem.org/stpa/1.0\"";
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @Test
    void filesPointingAtTheNetworkNeverConnect() throws IOException, InterruptedException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<String> connections = Collections.synchronizedList(new ArrayList<>());
            Thread listener = Thread.ofVirtual().start(() -> accept(server, connections));
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/";
            for (String file : files(url)) {
                load(file);
            }
            server.close();
            listener.join();
            assertEquals(List.of(), connections);
        }
    }

    private static List<String> files(String url) {
        String loss = "<losses id=\"_l1\" displayId=\"L-1\" text=\"Loss\"/>";
        return List.of(
                PROLOG + "<!DOCTYPE a SYSTEM \"" + url + "a.dtd\">\n" + ROOT + " id=\"_a\" formatVersion=\"1.0\"/>",
                PROLOG + "<!DOCTYPE a [<!ENTITY e SYSTEM \"" + url + "e\">]>\n" + ROOT
                        + " id=\"_a\" formatVersion=\"1.0\" name=\"&e;\"/>",
                PROLOG + "<!DOCTYPE a [<!ENTITY % p SYSTEM \"" + url + "p.dtd\"> %p;]>\n" + ROOT
                        + " id=\"_a\" formatVersion=\"1.0\"/>",
                PROLOG + ROOT + " xmlns:x=\"" + url + "x\" xsi:schemaLocation=\"" + url + "x " + url
                        + "x.ecore\" id=\"_a\" formatVersion=\"1.0\"><x:Thing/></stpa:Analysis>",
                PROLOG + ROOT + " xmlns:x=\"" + url + "x.ecore\" id=\"_a\" formatVersion=\"1.0\">"
                        + "<losses xsi:type=\"x:Loss\" id=\"_l\"/></stpa:Analysis>",
                PROLOG + ROOT + " id=\"_a\" formatVersion=\"1.0\">" + loss + "<hazards id=\"_h1\" text=\"h\" losses=\""
                        + url + "other.premortem#_l9\"/></stpa:Analysis>",
                PROLOG + ROOT + " id=\"_a\" formatVersion=\"1.0\">" + loss + "<hazards id=\"_h1\" text=\"h\">"
                        + "<losses href=\"" + url + "other.premortem#_l9\"/></hazards></stpa:Analysis>",
                PROLOG + "<?xml-stylesheet type=\"text/xsl\" href=\"" + url + "s.xsl\"?>\n" + ROOT
                        + " id=\"_a\" formatVersion=\"1.0\">" + loss + "</stpa:Analysis>",
                PROLOG + ROOT + " xmlns:xi=\"http://www.w3.org/2001/XInclude\" id=\"_a\" formatVersion=\"1.0\">"
                        + "<xi:include href=\"" + url + "i.xml\"/></stpa:Analysis>");
    }

    private static void load(String file) throws IOException {
        try {
            Analysis analysis = AnalysisStore.parse(Path.of("network.premortem"), file.getBytes(StandardCharsets.UTF_8));
            AnalysisStatistics.of(analysis);
            AnalysisStore.serialize(analysis);
        } catch (ModelLoadException expected) {
            // Refusing is fine; reaching out is not.
        }
    }

    private static void accept(ServerSocket server, List<String> connections) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                connections.add("connection from " + socket.getRemoteSocketAddress());
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                connections.add("error " + e);
            }
        }
    }
}

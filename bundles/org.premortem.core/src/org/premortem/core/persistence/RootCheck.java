/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.premortem.model.stpa.StpaPackage;

/**
 * Checks a file before EMF reads it: valid UTF-8 (and declared so, if declared), no DOCTYPE (the door to external entities and entity-expansion
 * bombs), a Premortem analysis as root element, and a format version this Premortem can read.
 */
final class RootCheck {

    private static final String ROOT = "Analysis";
    private static final String VERSION_ATTRIBUTE = "formatVersion";

    private RootCheck() {
    }

    static void check(Path file, byte[] bytes) throws ModelLoadException {
        checkUtf8(file, bytes);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes), "UTF-8");
            String declared = reader.getCharacterEncodingScheme();
            if (declared != null && !"UTF-8".equalsIgnoreCase(declared)) {
                throw new ModelLoadException(new LoadProblem(file, 1, 1, Messages.get("load.notUtf8Declared",
                        XmlMessages.quote(declared))));
            }
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamReader.DTD) {
                    throw problemAt(file, bytes, offsetOf(bytes, "<!DOCTYPE"), Messages.get("load.doctype"));
                }
                if (event == XMLStreamReader.START_ELEMENT) {
                    checkRoot(file, reader);
                    return;
                }
            }
            throw new ModelLoadException(new LoadProblem(file, 0, 0, Messages.get("load.empty")));
        } catch (XMLStreamException e) {
            Location location = e.getLocation();
            throw problem(file, location, Messages.get("load.malformed", XmlMessages.clean(e.getMessage())));
        } catch (RuntimeException e) {
            // The JDK's parser has failed on its own error messages (a missing message key); the file is still bad.
            throw problem(file, reader == null ? null : reader.getLocation(), Messages.get("load.parserFailed"));
        } finally {
            close(reader);
        }
    }

    private static void checkRoot(Path file, XMLStreamReader reader) throws ModelLoadException {
        String namespace = reader.getNamespaceURI();
        if (!ROOT.equals(reader.getLocalName()) || !StpaPackage.eNS_URI.equals(namespace)) {
            throw problem(file, reader.getLocation(), Messages.get("load.notAnAnalysis", XmlMessages.quote(
                    (namespace == null ? "" : "{" + namespace + "}") + reader.getLocalName()), StpaPackage.eNS_URI));
        }
        String version = reader.getAttributeValue(null, VERSION_ATTRIBUTE);
        if (version == null) {
            throw problem(file, reader.getLocation(), Messages.get("load.noVersion"));
        }
        if (!FormatVersion.isReadable(version)) {
            throw problem(file, reader.getLocation(), Messages.get("load.unknownVersion", XmlMessages.quote(version),
                    FormatVersion.CURRENT));
        }
    }

    private static void checkUtf8(Path file, byte[] bytes) throws ModelLoadException {
        int bad = Utf8.firstInvalid(bytes);
        if (bad >= 0) {
            throw problemAt(file, bytes, bad, Messages.get("load.notUtf8", bad));
        }
    }

    /** A problem at byte {@code offset}: its 1-based line and column (in characters), or no place when -1. */
    private static ModelLoadException problemAt(Path file, byte[] bytes, int offset, String message) {
        int line = offset < 0 ? 0 : 1;
        int column = offset < 0 ? 0 : 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) { // not a continuation byte: a character starts here
                column++;
            }
        }
        return new ModelLoadException(new LoadProblem(file, line, column, message));
    }

    /** The offset of the first occurrence of an ASCII marker, or -1 when it does not occur. */
    private static int offsetOf(byte[] bytes, String marker) {
        byte[] pattern = marker.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (startsAt(bytes, i, pattern)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsAt(byte[] bytes, int offset, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (bytes[offset + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    private static ModelLoadException problem(Path file, Location location, String message) {
        int line = location == null ? 0 : Math.max(location.getLineNumber(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNumber(), 0);
        return new ModelLoadException(new LoadProblem(file, line, column, message));
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // Nothing was written; a failing close of an in-memory reader loses nothing.
            }
        }
    }
}

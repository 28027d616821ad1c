/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Optional;
import java.util.jar.Manifest;

/**
 * The version of Premortem that writes a report, as the archival metadata names it: the Bundle-Version of this bundle,
 * read from its OSGi manifest among those its class loader sees (in OSGi its own; on the command line's class path,
 * every jar's).
 */
final class PremortemVersion {

    private static final String SYMBOLIC_NAME = "org.premortem.report.pdf";

    private static final String VERSION = read().orElse("unknown");

    private PremortemVersion() {
    }

    static String get() {
        return VERSION;
    }

    private static Optional<String> read() {
        try {
            for (URL url : Collections.list(PremortemVersion.class.getClassLoader()
                    .getResources("META-INF/MANIFEST.MF"))) {
                try (InputStream in = url.openStream()) {
                    var attributes = new Manifest(in).getMainAttributes();
                    String name = attributes.getValue("Bundle-SymbolicName");
                    if (name != null && name.split(";")[0].trim().equals(SYMBOLIC_NAME)) {
                        return Optional.ofNullable(attributes.getValue("Bundle-Version"));
                    }
                }
            }
        } catch (IOException e) {
            // No manifest to read: the version stays unknown, which the metadata then says.
        }
        return Optional.empty();
    }
}

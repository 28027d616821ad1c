/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/** Reports the version of this bundle, read from its OSGi manifest, for {@code --version}. */
public final class BundleVersionProvider implements IVersionProvider {

    static final String SYMBOLIC_NAME = "org.premortem.cli";

    @Override
    public String[] getVersion() {
        return new String[] { "Premortem " + bundleVersion().orElse("(unknown version)") };
    }

    /** The Bundle-Version of the org.premortem.cli bundle, found among the manifests visible to its class loader. */
    static Optional<String> bundleVersion() {
        try {
            for (URL url : Collections.list(BundleVersionProvider.class.getClassLoader()
                    .getResources("META-INF/MANIFEST.MF"))) {
                Attributes attributes = read(url).getMainAttributes();
                String name = attributes.getValue("Bundle-SymbolicName");
                if (name != null && name.split(";")[0].trim().equals(SYMBOLIC_NAME)) {
                    return Optional.ofNullable(attributes.getValue("Bundle-Version"));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Manifest read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new Manifest(in);
        }
    }
}

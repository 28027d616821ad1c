/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The jars of the built product, newest version of each bundle: what runs behind the exporter and layout APIs
 * (report bundles, ELK, openhtmltopdf, PDFBox, Batik), the same jars {@code ./premortem} runs. Appended to the class
 * path the measurement JVMs get.
 */
final class ProductJars {

    private ProductJars() {
    }

    /** The class path of the forked measurement JVMs: this JVM's, then the product's jars. */
    static String extend(String classPath, Path product) throws IOException {
        Path plugins = product.resolve("plugins");
        if (!Files.isDirectory(plugins)) {
            throw new IOException("no built product at " + product + ": build it first (./mvnw verify)");
        }
        Map<String, Path> newest = new LinkedHashMap<>();
        try (Stream<Path> jars = Files.list(plugins)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted(Comparator.comparing(Path::toString))
                    .toList()) {
                newest.put(bundleName(jar), jar);
            }
        }
        List<String> entries = newest.values().stream().map(Path::toString).toList();
        return classPath + File.pathSeparator + String.join(File.pathSeparator, entries);
    }

    /** {@code org.eclipse.emf.ecore_2.43.0.v2026.jar} is bundle {@code org.eclipse.emf.ecore}. */
    private static String bundleName(Path jar) {
        String name = jar.getFileName().toString();
        int version = name.indexOf("_");
        while (version >= 0 && (version + 1 >= name.length() || !Character.isDigit(name.charAt(version + 1)))) {
            version = name.indexOf("_", version + 1);
        }
        return version < 0 ? name : name.substring(0, version);
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.interchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The importers known to a program, by format id. The headless command line fills one from {@link ServiceLoader}; the
 * workbench fills one from the extension point {@code org.premortem.importers}.
 */
public final class AnalysisImporterRegistry {

    private final Map<String, AnalysisImporter> importers = new TreeMap<>();

    /**
     * Adds an importer; another instance of an importer class already registered is ignored.
     *
     * @throws IllegalArgumentException if an importer of another class has the same id
     */
    public synchronized void register(AnalysisImporter importer) {
        Objects.requireNonNull(importer, "importer");
        AnalysisImporter previous = importers.putIfAbsent(importer.id(), importer);
        if (previous != null && previous.getClass() != importer.getClass()) {
            throw new IllegalArgumentException("two importers for the format " + importer.id() + ": "
                    + previous.getClass().getName() + " and " + importer.getClass().getName());
        }
    }

    public synchronized Optional<AnalysisImporter> find(String id) {
        return Optional.ofNullable(importers.get(id));
    }

    /** The first importer, by format id, that claims the file's extension (case-insensitive). */
    public synchronized Optional<AnalysisImporter> forFile(Path file) {
        String name = Objects.requireNonNull(file, "file").getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1);
        return importers.values().stream().filter(importer -> importer.fileExtensions().contains(extension))
                .findFirst();
    }

    /** Every importer, ordered by format id. */
    public synchronized List<AnalysisImporter> all() {
        return List.copyOf(importers.values());
    }

    /** The format ids, in order. */
    public synchronized List<String> ids() {
        return List.copyOf(importers.keySet());
    }

    /** A registry of the importers that {@code META-INF/services} files visible to each class loader name. */
    public static AnalysisImporterRegistry fromServiceLoader(ClassLoader... loaders) {
        AnalysisImporterRegistry registry = new AnalysisImporterRegistry();
        for (ClassLoader loader : loaders) {
            for (AnalysisImporter importer : ServiceLoader.load(AnalysisImporter.class, loader)) {
                registry.register(importer);
            }
        }
        return registry;
    }
}

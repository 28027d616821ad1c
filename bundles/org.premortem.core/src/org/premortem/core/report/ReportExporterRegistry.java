/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The report exporters known to a program, by format id. The headless command line fills one from
 * {@link ServiceLoader}; the workbench fills one from the extension point {@code org.premortem.report.exporters}.
 */
public final class ReportExporterRegistry {

    private final Map<String, ReportExporter> exporters = new TreeMap<>();

    /**
     * Adds an exporter; another instance of an exporter class already registered is ignored.
     *
     * @throws IllegalArgumentException if an exporter of another class has the same id
     */
    public synchronized void register(ReportExporter exporter) {
        Objects.requireNonNull(exporter, "exporter");
        ReportExporter previous = exporters.putIfAbsent(exporter.id(), exporter);
        if (previous != null && previous.getClass() != exporter.getClass()) {
            throw new IllegalArgumentException("two report exporters for the format " + exporter.id() + ": "
                    + previous.getClass().getName() + " and " + exporter.getClass().getName());
        }
    }

    public synchronized Optional<ReportExporter> find(String id) {
        return Optional.ofNullable(exporters.get(id));
    }

    /** Every exporter, ordered by format id. */
    public synchronized List<ReportExporter> all() {
        return List.copyOf(exporters.values());
    }

    /** The format ids, in order. */
    public synchronized List<String> ids() {
        return List.copyOf(exporters.keySet());
    }

    /** A registry of the exporters that {@code META-INF/services} files visible to each class loader name. */
    public static ReportExporterRegistry fromServiceLoader(ClassLoader... loaders) {
        ReportExporterRegistry registry = new ReportExporterRegistry();
        for (ClassLoader loader : loaders) {
            for (ReportExporter exporter : ServiceLoader.load(ReportExporter.class, loader)) {
                registry.register(exporter);
            }
        }
        return registry;
    }
}

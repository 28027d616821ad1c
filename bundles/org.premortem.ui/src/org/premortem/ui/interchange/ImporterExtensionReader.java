/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.interchange;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.premortem.core.interchange.AnalysisImporter;
import org.premortem.core.interchange.AnalysisImporterRegistry;
import org.premortem.ui.Contributions;

/**
 * Fills an importer registry from the extension point {@value #EXTENSION_POINT}. A contribution that cannot be
 * created, or whose id or file extensions differ from the ones its class reports, is logged and skipped.
 */
public final class ImporterExtensionReader {

    /** The extension point importers are contributed to (declared by org.premortem.core). */
    public static final String EXTENSION_POINT = "org.premortem.importers";

    private ImporterExtensionReader() {
    }

    public static AnalysisImporterRegistry read(IExtensionRegistry extensions) {
        AnalysisImporterRegistry registry = new AnalysisImporterRegistry();
        for (var contribution : Contributions.create(extensions, EXTENSION_POINT, "importer",
                AnalysisImporter.class)) {
            AnalysisImporter importer = contribution.instance();
            String id = contribution.element().getAttribute("id");
            String listed = String.valueOf(contribution.element().getAttribute("extensions"));
            List<String> declared = Arrays.stream(listed.split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (!importer.id().equals(id)) {
                Contributions.log(contribution.element(), "reports the id '" + importer.id() + "', not '" + id + "'",
                        null);
            } else if (!importer.fileExtensions().equals(declared)) {
                Contributions.log(contribution.element(), "reports the extensions " + importer.fileExtensions()
                        + ", not " + declared, null);
            } else {
                registry.register(importer);
            }
        }
        return registry;
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.model.edit.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.model.stpa.Analysis;

/** Writes two analyses that should be equal as files under target/, to compare when they are not. */
final class Dumps {

    private Dumps() {
    }

    /** Writes copies of both (only when they differ) and says where; the models themselves are left as they are. */
    static String write(String name, Analysis expected, Analysis actual) {
        if (EcoreUtil.equals(expected, actual)) {
            return "";
        }
        try {
            Path folder = Files.createDirectories(Path.of("target", "undo-redo"));
            Files.write(folder.resolve(name + "-expected.premortem"), AnalysisStore.serialize(EcoreUtil.copy(expected)));
            Files.write(folder.resolve(name + "-actual.premortem"), AnalysisStore.serialize(EcoreUtil.copy(actual)));
            return "compare the files in " + folder.toAbsolutePath();
        } catch (IOException e) {
            return "(could not write the models: " + e.getMessage() + ")";
        }
    }
}

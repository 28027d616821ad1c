/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.wizards;

import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.model.stpa.Analysis;

/** What a new analysis starts with: its name, and the first control structure to draw. */
public final class NewAnalysis {

    private NewAnalysis() {
    }

    public static Analysis create(String name) {
        AnalysisBuilder builder = AnalysisBuilder.create(name, IdSource.random());
        builder.controlStructure(Messages.NewAnalysis_structureName);
        return builder.build();
    }
}

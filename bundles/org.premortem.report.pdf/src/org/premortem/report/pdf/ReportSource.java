/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import org.premortem.core.persistence.AnalysisStore;
import org.premortem.model.stpa.Analysis;

/**
 * What a report was made from: the analysis's permanent id and name, and the {@code .premortem} file that holds it —
 * the bytes Premortem saves for the analysis, which are the bytes of the file it was loaded from when Premortem wrote
 * that file. An analysis edited in memory so that no file can hold it (a control character in a name, say) has no such
 * file; its report then names it without carrying it.
 */
record ReportSource(String analysisId, String analysisName, Optional<ModelFile> model) {

    ReportSource {
        analysisId = Objects.requireNonNullElse(analysisId, "");
        analysisName = Objects.requireNonNullElse(analysisName, "");
        Objects.requireNonNull(model, "model");
    }

    /** The source of a report on {@code analysis}, its file named after the report ({@code dynamodb-dns.premortem}). */
    static ReportSource of(Analysis analysis, String baseName) {
        Objects.requireNonNull(analysis, "analysis");
        Optional<ModelFile> model;
        try {
            model = Optional.of(new ModelFile(baseName + ".premortem", AnalysisStore.serialize(analysis)));
        } catch (IOException e) {
            model = Optional.empty();
        }
        return new ReportSource(analysis.getId(), analysis.getName(), model);
    }
}

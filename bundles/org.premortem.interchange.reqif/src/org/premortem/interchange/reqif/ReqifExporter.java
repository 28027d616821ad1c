/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.reqif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportInput;

/**
 * The format {@code reqif}: {@code NAME.reqif}, a ReqIF 1.2 document of the analysis's requirements and constraints
 * with their trace links ({@link ReqifDocument}), for requirements tools (DOORS, Polarion, Capella). Identifiers are
 * derived from permanent ids, so importing a new export updates the objects imported before.
 */
public final class ReqifExporter implements ReportExporter {

    public static final String ID = "reqif";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return Messages.get("exporter.label");
    }

    @Override
    public List<Path> export(ReportInput input, Path directory, String baseName) throws IOException {
        Objects.requireNonNull(input, "input");
        Path file = directory.resolve(baseName + ".reqif");
        AnalysisStore.writeAtomically(file, bytes(input));
        return List.of(file);
    }

    /** The document's bytes (UTF-8). */
    public static byte[] bytes(ReportInput input) {
        return ReqifDocument.write(input.analysis(), input.date()).getBytes(StandardCharsets.UTF_8);
    }
}

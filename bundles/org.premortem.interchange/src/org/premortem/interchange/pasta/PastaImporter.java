/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.io.IOException;
import java.util.List;

import org.premortem.core.interchange.AnalysisImporter;
import org.premortem.core.interchange.ImportException;
import org.premortem.core.interchange.ImportNotice;
import org.premortem.core.interchange.ImportRequest;
import org.premortem.core.interchange.ImportResult;

/** Reads an analysis written in PASTA's STPA language ({@code .stpa} files of kieler/pasta). */
public final class PastaImporter implements AnalysisImporter {

    @Override
    public String id() {
        return "pasta";
    }

    @Override
    public String label() {
        return "PASTA analysis (.stpa)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("stpa");
    }

    @Override
    public ImportResult read(ImportRequest request) throws ImportException, IOException {
        throw new ImportException(ImportNotice.at(request.file(), 1, 1, "the PASTA reader is not written yet"));
    }
}

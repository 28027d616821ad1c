/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;

import org.premortem.core.interchange.AnalysisImporter;
import org.premortem.core.interchange.ImportException;
import org.premortem.core.interchange.ImportNotice;
import org.premortem.core.interchange.ImportRequest;
import org.premortem.core.interchange.ImportResult;

/**
 * The spreadsheet format {@code xlsx} for {@code premortem import}: the relational sheets of a workbook as a new
 * analysis, or as changes to an existing one ({@link WorkbookImport}). Errors are placed as
 * {@code FILE:SHEET:row N:column C (Header)}.
 */
public final class XlsxImporter implements AnalysisImporter {

    @Override
    public String id() {
        return XlsxExporter.ID;
    }

    @Override
    public String label() {
        return Messages.get("importer.label");
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xlsx");
    }

    @Override
    public boolean canUpdate() {
        return true;
    }

    @Override
    public ImportResult read(ImportRequest request) throws ImportException, IOException {
        Objects.requireNonNull(request, "request");
        byte[] bytes = Files.readAllBytes(request.file());
        String name = request.file().getFileName().toString();
        try {
            if (request.existing().isPresent()) {
                WorkbookImport.Result result = WorkbookImport.update(request.existing().get(), bytes, name,
                        request.deleteMissing());
                return new ImportResult(result.analysis(), List.of(), result.summary().lines());
            }
            return ImportResult.of(WorkbookImport.newAnalysis(bytes, name), List.of());
        } catch (XlsxImportException e) {
            throw new ImportException(e.problems().stream().map(p -> notice(request, p)).toList());
        }
    }

    private static ImportNotice notice(ImportRequest request, ImportProblem problem) {
        StringBuilder where = new StringBuilder(problem.sheet());
        if (problem.row() > 0) {
            where.append(':').append(Messages.get("notice.row", problem.row()));
        }
        if (!problem.column().isEmpty()) {
            where.append(':').append(Messages.get("notice.column", problem.column()));
        }
        return ImportNotice.in(request.file(), where.toString(), problem.message());
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.FormatVersion;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.StpaFactory;

/**
 * Reads the relational sheets of a workbook that {@link XlsxExporter} wrote (or that was made or edited by hand in
 * its form) into a new analysis, or into a copy of an existing one, matching rows to elements by display id. Sheets
 * are found by name; other sheets (the UCA tables) are ignored, and so is a kind whose sheet is missing: removing
 * with {@code deleteMissing} takes only elements of the sheets the workbook has. Nothing is changed when the
 * workbook has a problem: every problem names its sheet, row and column.
 */
public final class WorkbookImport {

    /**
     * The result of an import.
     *
     * @param analysis the new or updated analysis (for an update, a changed copy: the analysis given is untouched)
     * @param summary what changed, element by element
     */
    public record Result(Analysis analysis, ChangeSummary summary) {
    }

    private WorkbookImport() {
    }

    /** A new analysis from a workbook; {@code fileName} names it in messages and when the workbook gives no name. */
    public static Analysis newAnalysis(byte[] workbook, String fileName) throws XlsxImportException {
        Analysis analysis = StpaFactory.eINSTANCE.createAnalysis();
        analysis.setFormatVersion(FormatVersion.CURRENT);
        Result result = run(analysis, workbook, fileName, false, true);
        if (result.analysis().getName() == null) {
            result.analysis().setName(fileName.replaceFirst("\\.xlsx$", ""));
        }
        if (result.analysis().getId() == null) {
            result.analysis().setId(IdSource.random().nextId());
        }
        return result.analysis();
    }

    /**
     * The changes a workbook makes to an analysis: rows whose display id the analysis has change that element, other
     * rows add one, and with {@code deleteMissing} elements of the workbook's sheets that no row names are removed.
     */
    public static Result update(Analysis analysis, byte[] workbook, String fileName, boolean deleteMissing)
            throws XlsxImportException {
        Objects.requireNonNull(analysis, "analysis");
        return run(EcoreUtil.copy(analysis), workbook, fileName, deleteMissing, false);
    }

    private static Result run(Analysis analysis, byte[] workbook, String fileName, boolean deleteMissing,
            boolean isNew) throws XlsxImportException {
        Objects.requireNonNull(workbook, "workbook");
        Objects.requireNonNull(fileName, "fileName");
        List<SheetTable> tables = WorkbookTables.read(workbook, fileName);
        Map<SheetKind, SheetTable> sheets = new EnumMap<>(SheetKind.class);
        Optional<SheetTable> analysisSheet = Optional.empty();
        for (SheetTable table : tables) {
            if (table.name().equalsIgnoreCase(Messages.get("sheet.ANALYSIS"))) {
                analysisSheet = Optional.of(table);
            }
            SheetKind.named(table.name()).ifPresent(kind -> sheets.putIfAbsent(kind, table));
        }
        if (sheets.isEmpty() && analysisSheet.isEmpty()) {
            throw new XlsxImportException(List.of(new ImportProblem(fileName, 0, "", Messages.get("problem.noSheets"))));
        }
        ImportRun run = new ImportRun(analysis, deleteMissing, IdSource.random());
        List<ImportProblem> problems = new ArrayList<>();
        analysisSheet.ifPresent(table -> AnalysisSheet.apply(table, analysis, isNew, run, problems));
        if (!problems.isEmpty()) {
            throw new XlsxImportException(problems);
        }
        ChangeSummary summary = run.apply(sheets);
        CountersAfterImport.raise(analysis);
        return new Result(analysis, summary);
    }
}

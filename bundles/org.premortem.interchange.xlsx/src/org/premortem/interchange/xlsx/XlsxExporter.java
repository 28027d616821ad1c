/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.dhatim.fastexcel.Workbook;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportInput;

/**
 * The spreadsheet format {@code xlsx}: one workbook, {@code NAME.xlsx}, that starts with the Handbook UCA table of
 * each controller, formatted for printing ({@link UcaMatrixSheets}), followed by the relational sheets, one per kind
 * of element ({@link RelationalSheets}), which {@link WorkbookImport} reads back. One workbook rather than two
 * formats: reviewers print the first sheets and edit the others, and the file that goes round is one file. The same
 * analysis and date give the same bytes.
 */
public final class XlsxExporter implements ReportExporter {

    public static final String ID = "xlsx";

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
        Path file = directory.resolve(baseName + ".xlsx");
        AnalysisStore.writeAtomically(file, bytes(input));
        return List.of(file);
    }

    /** The workbook's bytes. */
    public static byte[] bytes(ReportInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Premortem", "1.0");
        workbook.properties().setTitle(input.analysis().getName());
        UcaMatrixSheets.write(input.analysis(), workbook);
        RelationalSheets.write(input.analysis(), workbook);
        workbook.finish();
        return FixedCreationDate.apply(out.toByteArray(), input.date());
    }
}

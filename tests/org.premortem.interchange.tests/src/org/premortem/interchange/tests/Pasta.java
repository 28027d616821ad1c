/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.premortem.core.interchange.ImportException;
import org.premortem.core.interchange.ImportRequest;
import org.premortem.core.interchange.ImportResult;
import org.premortem.core.report.ReportInput;
import org.premortem.interchange.pasta.PastaExporter;
import org.premortem.interchange.pasta.PastaImporter;
import org.premortem.model.stpa.Analysis;

/** The PASTA fixtures and the importer and exporter as the tests use them. */
final class Pasta {

    static final Path FIXTURES = Path.of("fixtures", "pasta");
    static final Path EVERY_CONSTRUCT = FIXTURES.resolve("every-construct.stpa");
    static final Path CONTEXT_TABLE = FIXTURES.resolve("context-table.stpa");
    static final Path OLDER_GRAMMAR = FIXTURES.resolve("older-grammar.stpa");
    static final Path RULE_TYPES = FIXTURES.resolve("rule-types.stpa");

    private Pasta() {
    }

    static ImportResult read(Path file) throws ImportException, IOException {
        return new PastaImporter().read(ImportRequest.of(file));
    }

    /** Writes the analysis as {@code folder/NAME.stpa} and returns that file. */
    static Path write(Analysis analysis, Path folder, String name) throws IOException {
        return new PastaExporter().export(ReportInput.of(analysis, LocalDate.of(2026, 1, 1)), folder, name).get(0);
    }
}

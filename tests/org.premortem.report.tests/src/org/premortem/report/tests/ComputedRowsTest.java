/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.premortem.core.report.ReportInput;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.report.ReportBuilder;
import org.premortem.report.doc.Block;
import org.premortem.report.doc.ComputedRows;
import org.premortem.report.doc.Inline;
import org.premortem.report.doc.ReportDocument;

/**
 * A report's content holds its long tables as rows made when they are read, so that the content of a large analysis
 * takes a reference per row, not every row's text (at 100,000 UCAs the whole content did not fit beside the analysis
 * in the 2 GiB the PDF has to be made in).
 */
class ComputedRowsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 1, 1);

    @Test
    void aRowIsMadeFromTheAnalysisWhenItIsRead() {
        Analysis analysis = SyntheticAnalysis.generate(200, 1);
        ReportDocument document = ReportBuilder.build(ReportInput.of(analysis, DATE));
        Block.Table ucas = table(document, "ucas");
        UnsafeControlAction first = analysis.getUnsafeControlActions().get(0);
        assertTrue(text(ucas.rows().get(0)).contains(first.getText()), text(ucas.rows().get(0)));

        first.setText("Changed after the report's content was built");

        assertTrue(text(ucas.rows().get(0)).contains("Changed after the report's content was built"),
                "the row was not kept: " + text(ucas.rows().get(0)));
    }

    @Test
    void everyTableThatGrowsWithTheAnalysisIsComputed() {
        ReportDocument document = ReportBuilder.build(ReportInput.of(SyntheticAnalysis.generate(300, 1), DATE));
        List<String> longTables = new ArrayList<>();
        for (Block.Table table : document.tables()) {
            if (table.rows().size() > 5) {
                longTables.add(table.name());
                assertInstanceOf(ComputedRows.class, table.rows(), table.name());
            }
        }
        assertTrue(longTables.containsAll(List.of("hazards", "system-constraints", "ucas", "loss-scenarios",
                "controller-constraints", "requirements", "traceability-chains", "traceability-hazards-losses")),
                "tables: " + longTables);
    }

    @Test
    void aPieceOfAComputedTableIsComputedAndReadsTheSame() {
        ReportDocument document = ReportBuilder.build(ReportInput.of(SyntheticAnalysis.generate(100, 1), DATE));
        List<Block.Row> rows = table(document, "ucas").rows();

        List<Block.Row> piece = rows.subList(10, 20);

        assertInstanceOf(ComputedRows.class, piece);
        assertEquals(10, piece.size());
        assertEquals(List.copyOf(rows).subList(10, 20), List.copyOf(piece));
        assertEquals(rows.get(15), piece.get(5));
        assertNotSame(rows.get(15), rows.get(15), "made again at every read");
    }

    @Test
    void aTableCopiesRowsGivenAsAPlainList() {
        List<Block.Row> given = new ArrayList<>(List.of(new Block.Row(java.util.Optional.empty(),
                List.of(List.of(Inline.plain("a"))))));
        Block.Table table = new Block.Table("t", "", List.of("A"), given, "");

        given.clear();

        assertEquals(1, table.rows().size());
        assertFalse(table.rows() instanceof ComputedRows<?>);
    }

    private static Block.Table table(ReportDocument document, String name) {
        return document.tables().stream().filter(table -> table.name().equals(name)).findFirst().orElseThrow();
    }

    private static String text(Block.Row row) {
        StringBuilder text = new StringBuilder();
        row.cells().forEach(cell -> text.append(Inline.plainText(cell)).append(" | "));
        return text.toString();
    }
}

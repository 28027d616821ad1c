/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.examples.DynamoDbDnsExample;
import org.premortem.interchange.xlsx.WorkbookImport;
import org.premortem.interchange.xlsx.XlsxImportException;
import org.premortem.model.stpa.Analysis;

/**
 * Export to XLSX and import as a new analysis gives the same analysis element by element (same permanent ids,
 * display ids, attributes, references and order: the same file bytes), for the example and a synthetic analysis; and
 * importing a workbook into the analysis it came from changes nothing.
 */
class XlsxRoundTripTest {

    static Stream<Arguments> analyses() {
        return Stream.of(Arguments.of("dynamodb-dns", DynamoDbDnsExample.build()),
                Arguments.of("synthetic-300", SyntheticAnalysis.generate(300, 7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyses")
    void exportThenImportGivesTheSameAnalysis(String name, Analysis analysis) throws XlsxImportException {
        Analysis imported = WorkbookImport.newAnalysis(Workbooks.export(analysis), name + ".xlsx");

        assertEquals(Workbooks.saved(Workbooks.held(analysis)), Workbooks.saved(imported));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyses")
    void importIntoTheSameAnalysisChangesNothing(String name, Analysis analysis) throws XlsxImportException {
        WorkbookImport.Result result = WorkbookImport.update(analysis, Workbooks.export(analysis), name + ".xlsx", true);

        assertTrue(result.summary().isEmpty(), () -> String.join("\n", result.summary().lines()));
        assertEquals(Workbooks.saved(analysis), Workbooks.saved(result.analysis()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyses")
    void theSameAnalysisAndDateGiveTheSameBytes(String name, Analysis analysis) {
        assertArrayEquals(Workbooks.export(analysis), Workbooks.export(analysis));
    }
}

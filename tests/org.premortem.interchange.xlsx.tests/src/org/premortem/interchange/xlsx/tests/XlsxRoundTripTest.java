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

    @org.junit.jupiter.api.Test
    void formulaAndMarkupTextsStayTextAndComeBackAsTheyWere() throws Exception {
        Analysis analysis = DynamoDbDnsExample.build();
        String[] payloads = {"=HYPERLINK(\"http://example.invalid\",\"x\")", "+1+1", "@SUM(A1)", "-2", "<b>&amp;</b>",
            "  two  spaces  ", "line\nbreak", "emoji \uD83D\uDE80"};
        for (int i = 0; i < payloads.length; i++) {
            analysis.getLossScenarios().get(i).setText(payloads[i]);
        }
        byte[] workbook = Workbooks.export(analysis);
        for (int sheet = 1; Workbooks.hasPart(workbook, "xl/worksheets/sheet" + sheet + ".xml"); sheet++) {
            String xml = Workbooks.part(workbook, "xl/worksheets/sheet" + sheet + ".xml");
            assertTrue(!xml.contains("<f>") && !xml.contains("<f "), "no formula in sheet " + sheet);
        }

        Analysis imported = WorkbookImport.newAnalysis(workbook, "payloads.xlsx");

        for (int i = 0; i < payloads.length; i++) {
            assertEquals(payloads[i], imported.getLossScenarios().get(i).getText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyses")
    void theSameAnalysisAndDateGiveTheSameBytes(String name, Analysis analysis) {
        assertArrayEquals(Workbooks.export(analysis), Workbooks.export(analysis));
    }
}

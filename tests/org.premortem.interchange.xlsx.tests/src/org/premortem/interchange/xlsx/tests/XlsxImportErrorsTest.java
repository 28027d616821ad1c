/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.premortem.interchange.xlsx.WorkbookImport;
import org.premortem.interchange.xlsx.XlsxImportException;

/** Workbooks that cannot be imported: each problem names its sheet, row and column. Oracle: the first message. */
class XlsxImportErrorsTest {

    private static final List<String> LOSSES_HEADER = List.of("Id", "Text");
    private static final List<List<String>> ONE_LOSS = List.of(LOSSES_HEADER, List.of("L-1", "Loss of life"));

    static Stream<Arguments> workbooks() {
        return Stream.of(
                Arguments.of("unknown reference",
                        sheets("Losses", ONE_LOSS, "Hazards", List.of(List.of("Id", "Part of", "Text", "Losses"),
                                List.of("H-1", "", "Tank overflows", "L-1, L-9"))),
                        "Hazards, row 2, column D (Losses): no element has the id L-9"),
                Arguments.of("unknown column",
                        sheets("Losses", List.of(List.of("Id", "Text", "Severity"), List.of("L-1", "x", "high"))),
                        "Losses, row 1, column C (Severity): unknown column 'Severity'"),
                Arguments.of("row without id",
                        sheets("Losses", List.of(LOSSES_HEADER, List.of("", "Loss of life"))),
                        "Losses, row 2, column A (Id): no id"),
                Arguments.of("id twice",
                        sheets("Losses", List.of(LOSSES_HEADER, List.of("L-1", "a"), List.of("L-1", "b"))),
                        "Losses, row 3, column A (Id): L-1 is on row 2 already"),
                Arguments.of("bad enumeration literal",
                        sheets("Control structures", List.of(List.of("Id", "Name"), List.of("CS-1", "Plant")),
                                "Components", List.of(List.of("Id", "Part of", "Name", "Kind"),
                                        List.of("CMP-1", "CS-1", "Pump", "pump"))),
                        "Components, row 2, column D (Kind): 'pump' is not one of controller, human controller, "
                                + "controlled process, actuator, sensor"),
                Arguments.of("component outside a structure",
                        sheets("Components", List.of(List.of("Id", "Part of", "Name"), List.of("CMP-1", "", "Pump"))),
                        "Components, row 2, column B (Part of): needs a 'Part of'"),
                Arguments.of("wrong kind of reference",
                        sheets("Losses", ONE_LOSS, "System constraints", List.of(List.of("Id", "Text", "Hazards"),
                                List.of("SC-1", "Keep the level low", "L-1"))),
                        "System constraints, row 2, column C (Hazards): L-1 is a Loss, which cannot be here"),
                Arguments.of("unknown kind of connection",
                        sheets("Actions and feedback", List.of(List.of("Id", "Kind of element", "Part of"),
                                List.of("CA-1", "signal", "CS-1"))),
                        "Actions and feedback, row 2, column B (Kind of element): 'signal' is not one of control "
                                + "action, feedback, input/output"),
                Arguments.of("sub-hazard cycle",
                        sheets("Hazards", List.of(List.of("Id", "Part of", "Text"), List.of("H-1", "H-2", "a"),
                                List.of("H-2", "H-1", "b"))),
                        "Hazards, row 3, column B (Part of): H-2 would be part of itself"),
                Arguments.of("bad number",
                        sheets("Control structures", List.of(List.of("Id", "Name"), List.of("CS-1", "Plant")),
                                "Components", List.of(List.of("Id", "Part of", "Name", "Replicas"),
                                        List.of("CMP-1", "CS-1", "Pump", "two"))),
                        "Components, row 2, column D (Replicas): 'two' is not a whole number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void theProblemNamesSheetRowAndColumn(String name, Map<String, List<List<String>>> sheets, String expected)
            throws Exception {
        byte[] workbook = Workbooks.of(sheets);

        XlsxImportException e = assertThrows(XlsxImportException.class,
                () -> WorkbookImport.newAnalysis(workbook, name + ".xlsx"));

        assertEquals(expected, e.problems().get(0).toString());
    }

    @org.junit.jupiter.api.Test
    void aFileThatIsNoWorkbookIsRefused() {
        XlsxImportException e = assertThrows(XlsxImportException.class,
                () -> WorkbookImport.newAnalysis("<stpa/>".getBytes(StandardCharsets.UTF_8), "a.xlsx"));

        assertEquals("a.xlsx: not a spreadsheet (XLSX) file: a.xlsx", e.getMessage());
    }

    private static Map<String, List<List<String>>> sheets(Object... nameAndRows) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        for (int i = 0; i < nameAndRows.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<List<String>> rows = (List<List<String>>) nameAndRows[i + 1];
            sheets.put((String) nameAndRows[i], rows);
        }
        return sheets;
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.premortem.examples.DynamoDbDnsExample;

/**
 * The workbook starts with a UCA table per controller, set up for printing (landscape, one page wide, title and header
 * rows repeated, a print area), followed by the relational sheets in their order.
 */
class UcaMatrixTest {

    private final byte[] workbook = Workbooks.export(DynamoDbDnsExample.build());

    @Test
    void sheetsAreTheUcaTablesThenOneSheetPerKind() throws Exception {
        List<String> names = sheetNames(Workbooks.part(workbook, "xl/workbook.xml"));

        assertTrue(names.get(0).startsWith("UCA table CMP-"), names::toString);
        int first = names.indexOf("Analysis");
        assertEquals(List.of("Analysis", "Goals", "Assumptions", "Losses", "Hazards", "System constraints",
                "Control structures", "Components", "Responsibilities", "Process model variables",
                "Actions and feedback", "UCAs", "Not applicable", "Controller constraints", "Loss scenarios",
                "Requirements"), names.subList(first, names.size()));
    }

    @Test
    void everyUcaTableIsSetUpForPrinting() throws Exception {
        String book = Workbooks.part(workbook, "xl/workbook.xml");
        List<String> names = sheetNames(book);
        int tables = (int) names.stream().filter(n -> n.startsWith("UCA table")).count();
        assertTrue(tables >= 2, names::toString);
        for (int sheet = 0; sheet < tables; sheet++) {
            assertTrue(book.contains("localSheetId=\"" + sheet + "\" name=\"_xlnm.Print_Area\""), book);
            assertTrue(book.contains("localSheetId=\"" + sheet + "\" name=\"_xlnm.Print_Titles\""), book);
            String xml = Workbooks.part(workbook, "xl/worksheets/sheet" + (sheet + 1) + ".xml");
            assertTrue(xml.contains("orientation=\"landscape\""), xml);
            assertTrue(xml.contains("fitToWidth=\"1\""), xml);
        }
        assertTrue(book.contains("!$1:$2</definedName>"), book);
        assertTrue(Workbooks.part(workbook, "xl/styles.xml").contains("wrapText=\"true\""));
    }

    @Test
    void cellsHoldUcasWithHazardsAndNotApplicableEntriesWithRationale() throws Exception {
        String strings = Workbooks.part(workbook, "xl/sharedStrings.xml");

        assertTrue(strings.contains("Not providing causes hazard"), "category header");
        assertTrue(Pattern.compile("UCA-3: [^<]*\\[H-\\d").matcher(strings).find(), "a UCA with its hazards");
        assertTrue(Pattern.compile("NA-\\d+: (n/a|not hazardous) \\(").matcher(strings).find(),
                "an n/a cell with its rationale");
    }

    private static List<String> sheetNames(String workbookXml) {
        Matcher matcher = Pattern.compile("<sheet name=\"([^\"]+)\"").matcher(workbookXml);
        List<String> names = new java.util.ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}

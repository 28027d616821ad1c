/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** The structure elements of a tagged PDF, in document order: their types and alternative texts. */
record TaggedStructure(List<PDStructureElement> elements) {

    static TaggedStructure of(PDDocument pdf) {
        List<PDStructureElement> elements = new ArrayList<>();
        collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
        return new TaggedStructure(List.copyOf(elements));
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        if (node == null) {
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                out.add(element);
                collect(element, out);
            }
        }
    }

    List<PDStructureElement> ofType(String type) {
        return elements.stream().filter(element -> type.equals(element.getStructureType())).toList();
    }

    long count(String type) {
        return ofType(type).size();
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Gives the joined PDF the structure tree of a report laid out whole. PDFBox joins tagged documents under one
 * Document element, each former document a Part of it; the parts of a report are not parts for a reader (a section
 * may go on from one to the next), so their elements go straight under the Document, in order. A Part that holds
 * marked content of its own (not the case for the renderer's) is left as it is.
 */
final class StructureJoin {

    private static final COSName STRUCTURE_ELEMENT = COSName.getPDFName("StructElem");
    private static final COSName SUSPECTS = COSName.getPDFName("Suspects");

    private StructureJoin() {
    }

    static void oneDocument(PDDocument pdf) {
        // PDFBox writes the default Suspects false into the mark information as it joins; a single pass does not.
        if (pdf.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.MARK_INFO) instanceof COSDictionary
                mark && !mark.getBoolean(SUSPECTS, false)) {
            mark.removeItem(SUSPECTS);
        }
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root == null || !(root.getK() instanceof COSDictionary document)
                || !COSName.DOCUMENT.equals(document.getCOSName(COSName.S))) {
            return;
        }
        COSArray kids = document.getCOSArray(COSName.K);
        if (kids == null) {
            return;
        }
        COSArray joined = new COSArray();
        for (int i = 0; i < kids.size(); i++) {
            COSBase kid = kids.getObject(i);
            if (kid instanceof COSDictionary part && COSName.PART.equals(part.getCOSName(COSName.S))
                    && onlyElements(part)) {
                COSArray elements = elements(part);
                for (int j = 0; j < elements.size(); j++) {
                    COSDictionary element = (COSDictionary) elements.getObject(j);
                    element.setItem(COSName.P, document);
                    joined.add(element);
                }
            } else {
                joined.add(kids.get(i));
            }
        }
        document.setItem(COSName.K, joined);
    }

    private static boolean onlyElements(COSDictionary part) {
        COSArray elements = elements(part);
        for (int i = 0; i < elements.size(); i++) {
            if (!(elements.getObject(i) instanceof COSDictionary element) || element.getCOSName(COSName.S) == null
                    || (element.getCOSName(COSName.TYPE) != null
                            && !STRUCTURE_ELEMENT.equals(element.getCOSName(COSName.TYPE)))) {
                return false;
            }
        }
        return true;
    }

    private static COSArray elements(COSDictionary part) {
        COSBase k = part.getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            return array;
        }
        COSArray single = new COSArray();
        if (k != null) {
            single.add(k);
        }
        return single;
    }
}

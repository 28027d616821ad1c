/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Puts the title block and contents before the body they describe. They are laid out last, once the page of every
 * section is known, and joined after the body like any part; then their pages move to the front of the page tree and
 * their structure elements to the front of the Document, so that pages and reading order both start with them.
 */
final class FrontMatter {

    private FrontMatter() {
    }

    static void putFirst(PDDocument body, PDDocument front, PDFMergerUtility merger) throws IOException {
        int bodyPages = body.getNumberOfPages();
        merger.appendDocument(body, front);
        PDPageTree pages = body.getPages();
        PDPage first = pages.get(0);
        List<PDPage> added = new ArrayList<>();
        for (int i = bodyPages; i < pages.getCount(); i++) {
            added.add(pages.get(i));
        }
        for (PDPage page : added) {
            pages.remove(page);
            pages.insertBefore(page, first);
        }
        lastStructureFirst(body.getDocumentCatalog().getStructureTreeRoot());
    }

    /** PDFBox put the front's elements last under the Document: they go first. */
    private static void lastStructureFirst(PDStructureTreeRoot root) {
        if (root == null || !(root.getK() instanceof COSDictionary document)
                || !(document.getDictionaryObject(COSName.K) instanceof COSArray kids) || kids.size() < 2) {
            return;
        }
        COSBase last = kids.get(kids.size() - 1);
        kids.remove(kids.size() - 1);
        kids.add(0, last);
    }
}

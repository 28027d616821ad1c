/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Turns the placeholder links of the joined PDF ({@link PartAnchors#PLACEHOLDER}) into links to the page and place
 * of their anchor, as the renderer makes for links inside one part. The annotation itself stays (the structure tree
 * refers to it); only its action changes.
 */
final class CrossPartLinks {

    private CrossPartLinks() {
    }

    static void resolve(PDDocument pdf, AnchorPositions positions) throws IOException {
        List<PDPage> pages = pages(pdf);
        for (PDPage page : pages) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(PartAnchors.PLACEHOLDER)) {
                    String anchor = URLDecoder.decode(uri.getURI().substring(PartAnchors.PLACEHOLDER.length()),
                            StandardCharsets.UTF_8);
                    link.setAction(goTo(pages, positions.of(anchor)));
                }
            }
        }
    }

    /** The pages in order, to look up by index in constant time (the page tree's lookup walks it). */
    static List<PDPage> pages(PDDocument pdf) {
        List<PDPage> pages = new ArrayList<>(pdf.getNumberOfPages());
        pdf.getPages().forEach(pages::add);
        return pages;
    }

    static PDPageXYZDestination destination(List<PDPage> pages, AnchorPositions.Position at) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(pages.get(at.page()));
        destination.setLeft(Math.round(at.x()));
        destination.setTop(Math.round(at.top()));
        return destination;
    }

    private static PDActionGoTo goTo(List<PDPage> pages, Optional<AnchorPositions.Position> at) {
        if (at.isEmpty()) {
            // Every link of the report has its target in the report; should one not, it goes nowhere rather than
            // to the placeholder.
            return null;
        }
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(destination(pages, at.get()));
        return action;
    }
}

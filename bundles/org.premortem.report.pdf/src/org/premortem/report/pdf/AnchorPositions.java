/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;

/**
 * Where the anchors of the report are in the joined PDF: page (from 0) and the top left of the element, in PDF
 * points. Filled part by part as they are laid out; only the anchors something links to are kept.
 */
final class AnchorPositions {

    record Position(int page, float x, float top) {
    }

    private static final Pattern ANY = Pattern.compile(".");

    private final Set<String> wanted;
    private final Map<String, Position> positions = new HashMap<>();

    /** @param wanted the anchors that links, the contents and the outline point at */
    AnchorPositions(Set<String> wanted) {
        this.wanted = wanted;
    }

    /** Records the wanted anchors of a part laid out by {@code renderer}, whose first page is {@code firstPage}. */
    void record(PdfBoxRenderer renderer, int firstPage) {
        Map<String, Position> headings = new HashMap<>();
        for (PagePosition<Box> position : renderer.findPagePositionsByID(ANY)) {
            String id = position.getId();
            boolean heading = id.startsWith(PartAnchors.HEADING_PREFIX);
            String anchor = heading ? id.substring(PartAnchors.HEADING_PREFIX.length()) : id;
            if (wanted.contains(anchor)) {
                Position at = new Position(firstPage + position.getPageNo(), position.getX(),
                        position.getY() + position.getHeight());
                (heading ? headings : positions).put(anchor, at);
            }
        }
        // An element with a heading is found by its heading: the renderer places an element by its last page.
        positions.putAll(headings);
    }

    Optional<Position> of(String anchor) {
        return Optional.ofNullable(positions.get(anchor));
    }

    /** Moves every position by {@code pages} (when the front matter turns out longer or shorter than first laid out). */
    void shift(int pages) {
        positions.replaceAll((anchor, at) -> new Position(at.page() + pages, at.x(), at.top()));
    }
}

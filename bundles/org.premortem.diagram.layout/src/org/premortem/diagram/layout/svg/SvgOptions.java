/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.svg;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.premortem.model.stpa.IdentifiedElement;

/**
 * How an SVG is written.
 *
 * @param idPrefix   prefixes every id in the SVG, so that several diagrams can share one HTML page
 * @param standalone write an XML declaration, for a file of its own
 * @param links      the link target of an element (such as {@code #CA-1}), if it has one in the surrounding document
 * @param maxWidth   the widest the drawing may be (it is scaled down to fit), 0 for no limit
 */
public record SvgOptions(String idPrefix, boolean standalone, Function<IdentifiedElement, Optional<String>> links,
        double maxWidth) {

    public SvgOptions {
        Objects.requireNonNull(idPrefix, "idPrefix");
        Objects.requireNonNull(links, "links");
    }

    /** A standalone SVG file without links. */
    public static SvgOptions file(String idPrefix) {
        return new SvgOptions(idPrefix, true, element -> Optional.empty(), 0);
    }

    /** An SVG inlined in an HTML page whose elements link to {@code links}. */
    public static SvgOptions inline(String idPrefix, Function<IdentifiedElement, Optional<String>> links,
            double maxWidth) {
        return new SvgOptions(idPrefix, false, links, maxWidth);
    }
}

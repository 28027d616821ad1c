/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.doc;

import java.util.List;
import java.util.Objects;

/** A numbered part of a report with a heading, its blocks and its subsections (which follow the blocks). */
public record Section(String anchor, String title, List<Block> blocks, List<Section> subsections) {

    public Section {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }

    public Section(String anchor, String title, List<Block> blocks) {
        this(anchor, title, blocks, List.of());
    }
}

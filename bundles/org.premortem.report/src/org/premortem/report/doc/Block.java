/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.doc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.model.stpa.IdentifiedElement;

/** A block of a report section: a paragraph, a table, a bulleted list or a figure. */
public sealed interface Block {

    /** A paragraph; {@code role} is a styling hint ({@code ""}, {@code "note"}, {@code "legend"}). */
    record Paragraph(List<Inline> content, String role) implements Block {
        public Paragraph {
            content = List.copyOf(content);
            Objects.requireNonNull(role, "role");
        }
    }

    /** A bulleted list. */
    record ItemList(List<List<Inline>> items) implements Block {
        public ItemList {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A table. {@code name} is unique in the report and names its CSV file; {@code role} is a styling hint (such as
     * {@code "uca"} or {@code "matrix"}). Rows given as {@link ComputedRows} stay computed when read; any other list
     * is copied.
     */
    record Table(String name, String caption, List<String> header, List<Row> rows, String role) implements Block {
        public Table {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(caption, "caption");
            header = List.copyOf(header);
            rows = rows instanceof ComputedRows<?> ? rows : List.copyOf(rows);
            Objects.requireNonNull(role, "role");
        }
    }

    /** A table row; if it has an anchor, the row is the link target of the element it shows. */
    record Row(Optional<String> anchor, List<List<Inline>> cells) {
        public Row {
            Objects.requireNonNull(anchor, "anchor");
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A laid-out control structure with its caption; {@code name} is unique and names its SVG file; {@code anchors}
     * gives the anchor of a drawn element, so that the shapes can link to where the element is described;
     * {@code description} says in words what the drawing shows, for readers who cannot see it.
     */
    record Figure(String anchor, String name, DiagramLayout layout, String caption, String description,
            Function<IdentifiedElement, Optional<String>> anchors) implements Block {
        public Figure {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(layout, "layout");
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(anchors, "anchors");
        }
    }
}

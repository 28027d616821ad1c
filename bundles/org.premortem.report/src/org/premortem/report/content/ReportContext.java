/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.premortem.core.query.AnalysisQuery;
import org.premortem.core.report.ReportInput;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.report.ReportMessages;
import org.premortem.report.doc.Block;
import org.premortem.report.doc.Inline;

/** What every section builder needs: the input, queries, anchors, and helpers that turn elements into report text. */
public final class ReportContext {

    private final ReportInput input;
    private final AnalysisQuery query;
    private final Anchors anchors;

    public ReportContext(ReportInput input) {
        this.input = input;
        this.query = new AnalysisQuery(input.analysis());
        this.anchors = new Anchors(input.analysis());
    }

    public ReportInput input() {
        return input;
    }

    public Analysis analysis() {
        return input.analysis();
    }

    public AnalysisQuery query() {
        return query;
    }

    public Anchors anchors() {
        return anchors;
    }

    public static String msg(String key, Object... arguments) {
        return ReportMessages.get(key, arguments);
    }

    /** The display id of an element, or its label when it has none. */
    public static String idOf(IdentifiedElement element) {
        String displayId = element.getDisplayId();
        if (displayId != null && !displayId.isEmpty()) {
            return displayId;
        }
        String label = element.getLabel();
        return label == null || label.isEmpty() ? "?" : label;
    }

    /** A link to an element, showing its display id; plain text if the element is not part of the analysis. */
    public Inline ref(IdentifiedElement element) {
        return anchors.knows(element) ? new Inline.Link(anchors.of(element), idOf(element)) : Inline.plain(idOf(element));
    }

    /** Links to elements separated by commas; a dash when there are none. */
    public List<Inline> refs(Collection<? extends IdentifiedElement> elements) {
        List<Inline> content = new ArrayList<>();
        for (IdentifiedElement element : elements) {
            if (!content.isEmpty()) {
                content.add(Inline.plain(", "));
            }
            content.add(ref(element));
        }
        return content.isEmpty() ? List.of(Inline.plain(msg("empty"))) : content;
    }

    /** A link to an element followed by its text: "H-1: The active plan is not good". */
    public List<Inline> refWithText(IdentifiedElement element) {
        List<Inline> content = new ArrayList<>();
        content.add(ref(element));
        String text = element.labelText();
        if (text != null && !text.isBlank()) {
            content.add(Inline.plain(": "));
            content.addAll(text(text));
        }
        return content;
    }

    /** User text, its line breaks kept. */
    public static List<Inline> text(String text) {
        if (text == null || text.isEmpty()) {
            return List.of(Inline.plain(msg("empty")));
        }
        List<Inline> content = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                content.add(new Inline.LineBreak());
            }
            content.add(Inline.plain(lines[i]));
        }
        return content;
    }

    /** The cell that defines an element in its row: its display id, set strong. */
    public static List<Inline> idCell(IdentifiedElement element) {
        return List.of(Inline.strong(idOf(element)));
    }

    /** A row that is the link target of {@code element}. */
    public Block.Row row(IdentifiedElement element, List<List<Inline>> cells) {
        return new Block.Row(Optional.of(anchors.of(element)), cells);
    }

    public static Block.Row plainRow(List<List<Inline>> cells) {
        return new Block.Row(Optional.empty(), cells);
    }

    public static List<Inline> cell(String text) {
        return List.of(Inline.plain(text));
    }

    /** A paragraph saying there is nothing of a kind. */
    public static Block none() {
        return new Block.Paragraph(List.of(Inline.emphasis(msg("text.noElements"))), "note");
    }

    /** The header cells named by message keys. */
    public static List<String> header(String... keys) {
        List<String> header = new ArrayList<>();
        for (String key : keys) {
            header.add(msg(key));
        }
        return header;
    }

    /** A table name safe for a file name: letters, digits, dots, dashes. */
    public static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9.-]+", "-");
    }
}

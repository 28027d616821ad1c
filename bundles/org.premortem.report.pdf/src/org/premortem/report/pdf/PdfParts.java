/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.premortem.report.doc.Block;
import org.premortem.report.doc.Inline;
import org.premortem.report.doc.ReportDocument;
import org.premortem.report.doc.Section;
import org.premortem.report.html.ReportPart;
import org.premortem.report.html.SectionSlice;

/**
 * Cuts the body of a report (its sections, after the title block and contents) into parts of about {@code budget}
 * weight each, a weight being roughly a line of text: a part is then laid out and written on its own, so the memory
 * the PDF renderer needs depends on the part, not on the analysis. Cuts fall between blocks or between the rows of a
 * long table (each piece keeps the table's header); a section cut in two goes on, without its heading again, in the
 * next part.
 */
final class PdfParts {

    /** A figure takes at least a page. */
    private static final int FIGURE_WEIGHT = 60;

    /**
     * And its drawing weighs by its shapes: in the HTML a part is laid out from, a component or connection of a
     * diagram (its shape, route, label and link) takes as many bytes as four lines of a table, and the memory to lay
     * it out follows. Weighed as a page only, the figures of 200 control structures of 100 components each came into
     * a few parts that needed several times the memory of any other.
     */
    private static final int WEIGHT_PER_SHAPE = 4;

    /** The heaviest row kept whole: about 200 lines, three or four pages (less in parts of less than 800). */
    private static final int MAX_ROW_WEIGHT = 200;

    private final int budget;
    private final int maxRowWeight;
    private final List<ReportPart> parts = new ArrayList<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private List<Open> roots = new ArrayList<>();
    private int weight;
    private int figures;
    private int firstFigure = 1;

    private PdfParts(int budget) {
        this.budget = budget;
        this.maxRowWeight = Math.max(8, Math.min(MAX_ROW_WEIGHT, budget / 4));
    }

    static List<ReportPart> split(ReportDocument document, int budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be positive: " + budget);
        }
        PdfParts splitter = new PdfParts(budget);
        for (Section section : document.sections()) {
            splitter.visit(section, 2);
        }
        splitter.finish(true);
        return List.copyOf(splitter.parts);
    }

    private void visit(Section section, int level) {
        cutIfFull();
        Open slice = new Open(section, level, true);
        if (open.isEmpty()) {
            roots.add(slice);
        } else {
            open.peek().subsections.add(slice);
        }
        open.push(slice);
        weight += 2;
        for (Block block : section.blocks()) {
            if (block instanceof Block.Table table && !table.rows().isEmpty()) {
                table(table);
            } else {
                cutIfFull();
                open.peek().blocks.add(block);
                weight += weight(block);
                if (block instanceof Block.Figure) {
                    figures++;
                }
            }
        }
        for (Section subsection : section.subsections()) {
            visit(subsection, level + 1);
        }
        open.pop();
    }

    /**
     * A table goes into the part being filled, row by row: when the part is full, the rows so far are a piece of it
     * and the next piece starts a new part. Pieces are views of the table's rows, so rows made when read
     * ({@link org.premortem.report.doc.ComputedRows}) are only weighed here, not kept; see {@link #realized}. A row
     * heavier than {@link #maxRowWeight} is cut into several ({@link #cut}).
     */
    private void table(Block.Table table) {
        List<Block.Row> rows = table.rows();
        Piece piece = new Piece(rows, 0);
        boolean firstPiece = true;
        for (int i = 0; i < rows.size(); i++) {
            Block.Row row = rows.get(i);
            for (Block.Row part : weight(row) > maxRowWeight ? cut(row) : List.of(row)) {
                if (weight >= budget && !piece.isEmpty()) {
                    open.peek().blocks.add(piece(table, piece.rows(), firstPiece));
                    firstPiece = false;
                    piece = new Piece(rows, i);
                }
                cutIfFull();
                if (part == row) {
                    piece.add(i);
                } else {
                    piece.add(part);
                }
                weight += weight(part);
            }
        }
        open.peek().blocks.add(piece(table, piece.rows(), firstPiece));
    }

    /**
     * A row too heavy for a part as rows of at most {@link #maxRowWeight} each: the first with the row's anchor and
     * cells, as much of each cell as fits; the next ones with what follows of the cells that go on, the others empty.
     * (The scenarios of a class, or the UCAs a coverage measure misses, are one cell of tens of thousands of links at
     * 100k UCAs: a row that cannot be cut fills one part, which needed more memory than the heap had.) Cells are cut
     * after a separator, so that a row goes on with a link.
     */
    private List<Block.Row> cut(Block.Row row) {
        int most = (maxRowWeight - 1) * 4;
        List<Block.Row> rows = new ArrayList<>();
        int[] from = new int[row.cells().size()];
        boolean more = true;
        while (more) {
            more = false;
            List<List<Inline>> cells = new ArrayList<>();
            for (int c = 0; c < from.length; c++) {
                List<Inline> cell = row.cells().get(c);
                int to = Math.min(from[c] + most, cell.size());
                if (to < cell.size() && cell.get(to) instanceof Inline.Text) {
                    to++;
                }
                cells.add(cell.subList(from[c], to));
                from[c] = to;
                more |= to < cell.size();
            }
            rows.add(new Block.Row(rows.isEmpty() ? row.anchor() : Optional.empty(), cells));
        }
        return rows;
    }

    /** The rows of a piece of a table: a range of the table's rows, until a row cut in several joins it. */
    private static final class Piece {
        private final List<Block.Row> tableRows;
        private final int from;
        private int to;
        private List<Block.Row> own;

        Piece(List<Block.Row> tableRows, int from) {
            this.tableRows = tableRows;
            this.from = from;
            this.to = from;
        }

        boolean isEmpty() {
            return own == null ? from == to : own.isEmpty();
        }

        /** Adds row {@code index} of the table: the next one. */
        void add(int index) {
            if (own == null) {
                to = index + 1;
            } else {
                own.add(tableRows.get(index));
            }
        }

        /** Adds a row made here (a part of a row cut in several). */
        void add(Block.Row row) {
            if (own == null) {
                own = new ArrayList<>(tableRows.subList(from, to));
            }
            own.add(row);
        }

        List<Block.Row> rows() {
            return own == null ? tableRows.subList(from, to) : own;
        }
    }

    private static Block.Table piece(Block.Table table, List<Block.Row> rows, boolean first) {
        return new Block.Table(table.name(), first ? table.caption() : "", table.header(), rows, table.role());
    }

    /**
     * The part with every row of its tables made: what is laid out on another thread is then plain data, and the
     * analysis is read on the thread that cuts the parts only.
     */
    static ReportPart realized(ReportPart part) {
        if (part.frontMatter()) {
            return part;
        }
        return ReportPart.body(part.slices().stream().map(PdfParts::realized).toList(), part.firstFigure(),
                part.last());
    }

    private static SectionSlice realized(SectionSlice slice) {
        List<Block> blocks = slice.blocks().stream().map(block -> block instanceof Block.Table table
                ? new Block.Table(table.name(), table.caption(), table.header(), List.copyOf(table.rows()),
                        table.role())
                : block).toList();
        return new SectionSlice(slice.section(), slice.level(), slice.first(), blocks,
                slice.subsections().stream().map(PdfParts::realized).toList());
    }

    private void cutIfFull() {
        if (weight >= budget) {
            finish(false);
            // The sections still open go on in the next part.
            List<Open> stack = new ArrayList<>(open);
            open.clear();
            roots = new ArrayList<>();
            Open parent = null;
            for (int i = stack.size() - 1; i >= 0; i--) {
                Open continued = new Open(stack.get(i).section, stack.get(i).level, false);
                if (parent == null) {
                    roots.add(continued);
                } else {
                    parent.subsections.add(continued);
                }
                open.push(continued);
                parent = continued;
            }
            weight = 0;
        }
    }

    private void finish(boolean last) {
        parts.add(ReportPart.body(roots.stream().map(Open::slice).toList(), firstFigure, last));
        firstFigure = figures + 1;
    }

    private static int weight(Block block) {
        return switch (block) {
            case Block.Paragraph p -> 1 + p.content().size() / 8;
            case Block.ItemList l -> l.items().size();
            case Block.Table t -> 2 + t.rows().stream().mapToInt(PdfParts::weight).sum();
            case Block.Figure f -> FIGURE_WEIGHT
                    + WEIGHT_PER_SHAPE * (f.layout().nodes().size() + f.layout().edges().size());
        };
    }

    /** About the lines a row takes: its fullest cell's links and texts, four to a line. */
    private static int weight(Block.Row row) {
        int widest = 1;
        for (List<Inline> cell : row.cells()) {
            widest = Math.max(widest, 1 + cell.size() / 4);
        }
        return widest;
    }

    /** A section slice being filled. */
    private static final class Open {
        final Section section;
        final int level;
        final boolean first;
        final List<Block> blocks = new ArrayList<>();
        final List<Open> subsections = new ArrayList<>();

        Open(Section section, int level, boolean first) {
            this.section = section;
            this.level = level;
            this.first = first;
        }

        SectionSlice slice() {
            return new SectionSlice(section, level, first, blocks, subsections.stream().map(Open::slice).toList());
        }
    }
}

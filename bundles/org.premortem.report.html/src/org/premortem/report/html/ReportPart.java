/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.html;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one page of a report written in parts holds: the front matter (title block and contents, with the page of
 * each section when they are known) or slices of the sections; the generator's footer ends the last part. Figures
 * are numbered across the whole report, so a part says the number of its first figure.
 */
public record ReportPart(boolean frontMatter, Map<String, String> contentsPages, List<SectionSlice> slices,
        int firstFigure, boolean last) {

    public ReportPart {
        contentsPages = Map.copyOf(contentsPages);
        slices = List.copyOf(slices);
        Objects.checkIndex(firstFigure - 1, Integer.MAX_VALUE);
    }

    /** The title block and the contents, each entry with its page ({@code contentsPages}: anchor to page). */
    public static ReportPart front(Map<String, String> contentsPages) {
        return new ReportPart(true, contentsPages, List.of(), 1, false);
    }

    public static ReportPart body(List<SectionSlice> slices, int firstFigure, boolean last) {
        return new ReportPart(false, Map.of(), slices, firstFigure, last);
    }
}

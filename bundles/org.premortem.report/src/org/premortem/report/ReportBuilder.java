/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.premortem.core.report.ReportInput;
import org.premortem.model.stpa.Analysis;
import org.premortem.report.content.ContentSections;
import org.premortem.report.doc.ReportDocument;
import org.premortem.report.doc.Section;
import org.premortem.report.doc.TitleBlock;

/**
 * Builds the content of a report from an analysis, in the order of the STPA steps: title block; goals and
 * assumptions; losses; hazards; system-level constraints; control structure diagrams; responsibilities and process
 * models; UCA tables; controller constraints; loss scenarios; requirements; traceability; coverage; validation
 * findings when validation ran.
 */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static ReportDocument build(ReportInput input) {
        Objects.requireNonNull(input, "input");
        Analysis analysis = input.analysis();
        TitleBlock title = new TitleBlock(analysis.getName(), analysis.getDescription(), analysis.getFormatVersion(),
                input.date());
        List<Section> sections = new ArrayList<>(ContentSections.of(input));
        return new ReportDocument(title, sections);
    }
}

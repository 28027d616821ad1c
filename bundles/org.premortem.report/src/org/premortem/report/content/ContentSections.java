/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.content;

import java.util.ArrayList;
import java.util.List;

import org.premortem.core.report.ReportInput;
import org.premortem.report.doc.Section;

/** The sections of a report, in order, each made by its own builder. */
public final class ContentSections {

    private ContentSections() {
    }

    public static List<Section> of(ReportInput input) {
        ReportContext context = new ReportContext(input);
        ScenarioSections scenarios = new ScenarioSections(context);
        TraceabilitySections traceability = new TraceabilitySections(context);
        List<Section> sections = new ArrayList<>(new PurposeSections(context).build());
        sections.add(new ControlStructureSections(context).build());
        sections.add(new ControllerSections(context).build());
        sections.add(new UcaSections(context).build());
        sections.add(scenarios.controllerConstraints());
        sections.add(scenarios.scenarios());
        sections.add(scenarios.requirements());
        sections.add(traceability.traceability());
        sections.add(traceability.coverage());
        traceability.findings().ifPresent(sections::add);
        return sections;
    }
}

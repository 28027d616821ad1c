/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.build.ControlStructureBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.core.report.ReportInput;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.NotApplicableVerdict;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;
import org.premortem.report.html.HtmlReportExporter;
import org.premortem.report.pdf.PdfReportExporter;
import org.premortem.report.text.csv.CsvReportExporter;

/** The analyses the report tests export, and helpers to export them. */
final class Reports {

    static final Path EXAMPLE = Path.of("..", "..", "bundles", "org.premortem.examples", "projects",
            "dynamodb-dns", "dynamodb-dns.premortem");
    static final LocalDate DATE = LocalDate.of(2026, 11, 28);

    /** Text that must stay text: markup, an attribute break-out, spreadsheet formulas, control characters. */
    static final List<String> PAYLOADS = List.of("<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>",
            "=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(A1)", "  =HYPERLINK(\"http://evil\")",
            "javascript:alert(1)", "**bold** _em_ [link](http://evil) ![img](http://evil/x.png) | pipe",
            "# heading\n- item\n1. one", "bell\u0007 nul\u0000 &amp; &lt;b&gt;");

    private Reports() {
    }

    static Analysis example() throws ModelLoadException {
        return AnalysisStore.load(EXAMPLE);
    }

    /** Every exporter, found as the command line finds them: through each bundle's META-INF/services. */
    static ReportExporterRegistry registry() {
        return ReportExporterRegistry.fromServiceLoader(HtmlReportExporter.class.getClassLoader(),
                PdfReportExporter.class.getClassLoader(), CsvReportExporter.class.getClassLoader());
    }

    static List<Path> export(String format, Analysis analysis, Path folder) throws IOException {
        return export(format, ReportInput.of(analysis, DATE), folder);
    }

    static List<Path> export(String format, ReportInput input, Path folder) throws IOException {
        ReportExporter exporter = registry().find(format).orElseThrow();
        return exporter.export(input, folder, "report");
    }

    /** An analysis in which every text of every kind is {@code payload} (by index, so they differ). */
    static Analysis payload() {
        AnalysisBuilder b = AnalysisBuilder.create(p(0), IdSource.seeded(11)).description(p(1));
        b.goal(p(2));
        b.assumption(p(3));
        Loss loss = b.loss(p(4));
        Hazard hazard = b.hazard(p(5), loss);
        Hazard sub = b.subHazard(hazard, p(6), loss);
        SystemConstraint constraint = b.systemConstraint(p(7), hazard, sub);
        ControlStructureBuilder cs = b.controlStructure(p(8));
        Component controller = cs.replicatedController(p(9), 2);
        Component process = cs.controlledProcess(p(10));
        cs.responsibility(controller, p(0), constraint);
        cs.variable(controller, p(1), p(2), p(3));
        ControlAction action = cs.controlAction(controller, process, p(4));
        cs.feedback(process, controller, p(5));
        cs.inputOutput(process, null, p(6));
        UnsafeControlAction uca = b.uca(action, UcaType.PROVIDED, p(7), p(8), hazard);
        uca.setRationale(p(9));
        b.notApplicable(action, UcaCategory.PARAMETER, NotApplicableVerdict.NOT_APPLICABLE, p(10));
        b.controllerConstraint(p(0), uca);
        LossScenario scenario = b.lossScenario(uca, ScenarioClass.INADEQUATE_FEEDBACK, p(1),
                CausalFactorKind.FEEDBACK_DELAYED);
        scenario.getCausalFactors().get(0).setText(p(2));
        Requirement requirement = b.requirement(p(3));
        requirement.setRationale(p(4));
        b.addresses(requirement, scenario, uca, hazard);
        return b.build();
    }

    private static String p(int index) {
        return PAYLOADS.get(index % PAYLOADS.size());
    }
}

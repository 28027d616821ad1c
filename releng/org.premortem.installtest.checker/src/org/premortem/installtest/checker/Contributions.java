/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.installtest.checker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;
import org.premortem.core.interchange.AnalysisImporter;
import org.premortem.core.interchange.AnalysisImporterRegistry;
import org.premortem.core.interchange.ImportRequest;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.core.report.ReportInput;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;
import org.premortem.ui.interchange.ImporterExtensionReader;
import org.premortem.ui.report.ReportExporterExtensionReader;
import org.premortem.ui.validation.RuleExtensionReader;

/**
 * The part of the check that uses Premortem's classes (imported optionally, so that the checker also starts in an
 * installation without Premortem): the workbench's extension readers create every contribution, and the example is
 * validated, exported in every format and imported back.
 */
final class Contributions {

    private Contributions() {
    }

    static void check(CheckApplication check, Map<String, String> args, Path example, Path expected, Path work)
            throws IOException {
        RuleRegistry rules = RuleExtensionReader.read(Platform.getExtensionRegistry());
        check.expectEquals("rules created", Integer.parseInt(args.getOrDefault("rules", "-1")), rules.rules().size());
        ReportExporterRegistry exporters = ReportExporterExtensionReader.read(Platform.getExtensionRegistry());
        check.expectEquals("exporters created", new TreeSet<>(List.of(args.getOrDefault("exporters", "").split(","))),
                new TreeSet<>(exporters.ids()));
        AnalysisImporterRegistry importers = ImporterExtensionReader.read(Platform.getExtensionRegistry());
        check.expectEquals("importers created", new TreeSet<>(List.of(args.getOrDefault("importers", "").split(","))),
                new TreeSet<>(importers.ids()));

        Analysis analysis = AnalysisStore.load(example);
        List<Finding> findings = new Validator(rules, ValidationSettings.defaults()).validate(analysis);
        List<String> actual = new ArrayList<>();
        for (Finding finding : findings) {
            actual.add(finding.severity().label() + " " + finding.ruleId() + " " + finding.displayId() + ": "
                    + finding.message());
        }
        List<String> wanted = new ArrayList<>();
        for (String line : Files.readAllLines(expected)) {
            // "path: severity rule element: message", as premortem validate prints it.
            if (!line.isBlank()) {
                wanted.add(line.substring(line.indexOf(": ") + 2));
            }
        }
        Collections.sort(actual);
        Collections.sort(wanted);
        if (actual.equals(wanted)) {
            System.out.println("checker: the example validates with the expected " + actual.size() + " findings");
        } else {
            List<String> missing = new ArrayList<>(wanted);
            missing.removeAll(actual);
            List<String> extra = new ArrayList<>(actual);
            extra.removeAll(wanted);
            check.fail("the example's findings differ from " + expected + ": " + actual.size() + " found, "
                    + wanted.size() + " expected; missing " + missing + "; unexpected " + extra);
        }

        Files.createDirectories(work);
        ReportInput input = ReportInput.of(analysis, CheckApplication.reportDate()).withFindings(findings);
        for (ReportExporter exporter : exporters.all()) {
            Path directory = Files.createDirectories(work.resolve(exporter.id()));
            try {
                List<Path> written = exporter.export(input, directory, "dynamodb-dns");
                long size = written.isEmpty() ? 0 : Files.size(written.get(0));
                if (size == 0) {
                    check.fail("exporter " + exporter.id() + " wrote nothing");
                } else {
                    System.out.println("checker: exporter " + exporter.id() + " wrote " + written.get(0).getFileName()
                            + " (" + size + " bytes)");
                }
            } catch (Throwable e) {
                check.fail("exporter " + exporter.id() + " failed: " + e);
                e.printStackTrace(System.out);
            }
        }
        AnalysisImporter pasta = importers.find("pasta").orElse(null);
        Path pastaFile = work.resolve("pasta").resolve("dynamodb-dns.stpa");
        if (pasta != null && Files.exists(pastaFile)) {
            try {
                Analysis back = pasta.read(ImportRequest.of(pastaFile)).analysis();
                System.out.println("checker: importer pasta read back " + back.getUnsafeControlActions().size()
                        + " UCAs");
            } catch (Throwable e) {
                check.fail("importer pasta failed: " + e);
                e.printStackTrace(System.out);
            }
        }
    }
}

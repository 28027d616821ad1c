/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.premortem.core.persistence.ElementLines;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.RuleRegistry;
import org.premortem.core.validation.Severity;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code premortem validate FILE [--format text|json|sarif] [--fail-on error|warning|info]}: runs every rule on an
 * analysis, honouring the settings file next to it. Exit 0 when no finding reaches the fail level, 1 when one does,
 * 2 for bad input.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    /** Exit code when a finding reaches the fail level. */
    static final int FINDINGS_EXIT_CODE = 1;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PremortemCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "validate.file")
    private Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif", descriptionKey = "validate.format")
    private FindingsFormat format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|info",
            descriptionKey = "validate.failOn", converter = SeverityConverter.class)
    private Severity failOn;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Analysis> analysis = AnalysisFileLoader.load(file, err);
        if (analysis.isEmpty()) {
            return CommandLine.ExitCode.USAGE;
        }
        RuleRegistry registry = parent.services().rules();
        ValidationSettings settings;
        try {
            settings = ValidationSettings.forModel(file, ValidationSettings.defaults());
        } catch (IOException e) {
            err.println("premortem: " + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        for (String unknown : settings.mentionedRuleIds()) {
            if (registry.find(unknown).isEmpty()) {
                err.println("premortem: " + ValidationSettings.FILE_NAME + ": no rule has the id '" + unknown
                        + "' (ignored)");
            }
        }
        Validator validator = new Validator(registry, settings);
        List<Finding> findings = validator.validate(analysis.get());
        switch (format) {
            case TEXT -> FindingsText.write(file, findings, out);
            case JSON -> out.println(FindingsJson.write(file, findings, lines()));
            case SARIF -> out.println(FindingsSarif.write(file, findings, validator.rules(), lines()));
        }
        boolean failed = findings.stream().anyMatch(finding -> finding.severity().reaches(failOn));
        return failed ? FINDINGS_EXIT_CODE : CommandLine.ExitCode.OK;
    }

    private ElementLines lines() throws IOException {
        return ElementLines.of(Files.readAllBytes(file));
    }

    /** Accepts error, warning or info in any case. */
    static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Severity.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not one of error, warning, info"));
        }
    }
}

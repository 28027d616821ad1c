/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.report.ReportDate;
import org.premortem.core.report.ReportExporter;
import org.premortem.core.report.ReportInput;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;
import org.premortem.ui.validation.ValidationPreferences;
import org.premortem.ui.validation.WorkbenchRules;

/**
 * Writes the reports of one .premortem file of the workspace, the same way from the export wizard and from the
 * Generate Report command: validation findings with the workbench's settings, the report date of
 * {@link ReportDate}, every chosen exporter, then a refresh of the workspace folders written into.
 */
public final class ReportGeneration {

    /** What to generate: which model, in which formats, into which folder, with or without validation findings. */
    public record Request(IFile model, List<ReportExporter> exporters, Path folder, boolean validate) {
        public Request {
            Objects.requireNonNull(model, "model");
            exporters = List.copyOf(exporters);
            Objects.requireNonNull(folder, "folder");
        }
    }

    private ReportGeneration() {
    }

    /** The folder the command writes into: {@code reports} beside the model. */
    public static Path defaultFolder(IFile model) {
        Path location = model.getLocation() == null ? Path.of(model.getName()) : model.getLocation().toFile().toPath();
        Path parent = location.toAbsolutePath().getParent();
        return parent.resolve("reports");
    }

    /** The report files are named after the model: dynamodb-dns.premortem gives dynamodb-dns.html. */
    public static String baseName(IFile model) {
        String name = model.getName();
        String extension = model.getFileExtension();
        return extension == null ? name : name.substring(0, name.length() - extension.length() - 1);
    }

    /** Writes the reports and returns the files written. */
    public static List<Path> run(Request request, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, request.exporters().size() + 2);
        IFile model = request.model();
        Path path = model.getLocation() == null ? Path.of(model.getName()) : model.getLocation().toFile().toPath();
        Analysis analysis = load(model, path);
        List<Path> written = new ArrayList<>();
        try {
            ReportInput input = ReportInput.of(analysis, ReportDate.resolve(Optional.empty()));
            if (request.validate()) {
                input = input.withFindings(findings(analysis, path));
            }
            progress.worked(1);
            Files.createDirectories(request.folder());
            for (ReportExporter exporter : request.exporters()) {
                progress.subTask(NLS.bind(Messages.ReportGeneration_task, exporter.label()));
                try {
                    written.addAll(exporter.export(input, request.folder(), baseName(model)));
                } catch (IOException | RuntimeException e) {
                    throw new CoreException(Status.error(NLS.bind(Messages.ReportGeneration_cannotWrite, new Object[] {
                            exporter.id(), request.folder(), e.getMessage() }), e));
                }
                progress.worked(1);
            }
        } catch (IOException e) {
            throw new CoreException(Status.error(NLS.bind(Messages.ReportGeneration_cannotWrite, new Object[] { "",
                    request.folder(), e.getMessage() }), e));
        } finally {
            analysis.eResource().unload();
        }
        refresh(request.folder(), progress.split(1));
        return written;
    }

    private static Analysis load(IFile model, Path path) throws CoreException {
        try (InputStream in = model.getContents(true)) {
            return AnalysisStore.parse(path, in.readAllBytes()); // a ModelLoadException is an IOException
        } catch (IOException e) {
            throw new CoreException(Status.error(NLS.bind(Messages.ReportGeneration_cannotRead, model.getFullPath(),
                    e.getMessage()), e));
        }
    }

    private static List<org.premortem.core.validation.Finding> findings(Analysis analysis, Path path)
            throws IOException {
        var rules = WorkbenchRules.registry();
        ValidationSettings settings = ValidationSettings.forModel(path, ValidationPreferences.settings(rules.rules()));
        return new Validator(rules, settings).validate(analysis);
    }

    /** Makes the workspace see the files if they were written inside it. */
    private static void refresh(Path folder, IProgressMonitor monitor) throws CoreException {
        for (IContainer container : ResourcesPlugin.getWorkspace().getRoot()
                .findContainersForLocationURI(folder.toAbsolutePath().getParent().toUri())) {
            container.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        }
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.premortem.core.report.ReportExporter;
import org.premortem.ui.validation.PremortemFiles;

/** The one page of the export wizard: analysis, formats, folder, and whether to include validation findings. */
public final class ReportExportPage extends WizardPage {

    private static final List<String> CHECKED_FIRST = List.of("html", "pdf");

    private final List<ReportExporter> exporters;
    private final List<IFile> models = new ArrayList<>();
    private final IFile initial;
    private final Map<ReportExporter, Button> formats = new LinkedHashMap<>();
    private Combo analysis;
    private Text folder;
    private Button validate;
    private boolean folderEdited;

    ReportExportPage(List<ReportExporter> exporters, IFile initial) {
        super("premortemReport");
        this.exporters = exporters;
        this.initial = initial;
        setTitle(Messages.ExportPage_title);
        setDescription(Messages.ExportPage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.ExportPage_analysis);
        analysis = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(analysis);
        fillModels();
        analysis.addListener(SWT.Selection, event -> {
            if (!folderEdited) {
                selectedModel().ifPresent(model -> folder.setText(ReportGeneration.defaultFolder(model).toString()));
            }
            update();
        });

        Label formatsLabel = new Label(page, SWT.NONE);
        formatsLabel.setText(Messages.ExportPage_formats);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(formatsLabel);
        Composite checks = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(checks);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(checks);
        for (ReportExporter exporter : exporters) {
            Button check = new Button(checks, SWT.CHECK);
            check.setText(exporter.label());
            check.setSelection(CHECKED_FIRST.contains(exporter.id()));
            check.addListener(SWT.Selection, event -> update());
            formats.put(exporter, check);
        }

        new Label(page, SWT.NONE).setText(Messages.ExportPage_folder);
        folder = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        selectedModel().ifPresent(model -> folder.setText(ReportGeneration.defaultFolder(model).toString()));
        folder.addListener(SWT.Modify, event -> update());
        folder.addListener(SWT.KeyDown, event -> folderEdited = true);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.ExportPage_browse);
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folderEdited = true;
                folder.setText(chosen);
            }
        });

        validate = new Button(page, SWT.CHECK);
        validate.setText(Messages.ExportPage_validate);
        validate.setSelection(true);
        GridDataFactory.swtDefaults().span(3, 1).applyTo(validate);
        setControl(page);
        update();
    }

    private void fillModels() {
        try {
            models.addAll(PremortemFiles.in(new StructuredSelection(ResourcesPlugin.getWorkspace().getRoot())));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
        if (initial != null && !models.contains(initial)) {
            models.add(0, initial);
        }
        for (IFile model : models) {
            analysis.add(model.getFullPath().toString());
        }
        if (!models.isEmpty()) {
            analysis.select(Math.max(0, models.indexOf(initial)));
        }
    }

    private java.util.Optional<IFile> selectedModel() {
        int index = analysis.getSelectionIndex();
        return index < 0 ? java.util.Optional.empty() : java.util.Optional.of(models.get(index));
    }

    private void update() {
        String problem = null;
        if (selectedModel().isEmpty()) {
            problem = Messages.ExportPage_noAnalysis;
        } else if (selectedExporters().isEmpty()) {
            problem = Messages.ExportPage_noFormat;
        } else if (folder.getText().isBlank()) {
            problem = Messages.ExportPage_noFolder;
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private List<ReportExporter> selectedExporters() {
        return formats.entrySet().stream().filter(entry -> entry.getValue().getSelection()).map(Map.Entry::getKey)
                .toList();
    }

    /** What the page asks for. */
    ReportGeneration.Request request() {
        return new ReportGeneration.Request(selectedModel().orElseThrow(), selectedExporters(),
                Path.of(folder.getText().strip()), validate.getSelection());
    }

    /** Ticks exactly the formats with these ids, as a user would. */
    public void chooseFormats(List<String> ids) {
        formats.forEach((exporter, check) -> check.setSelection(ids.contains(exporter.id())));
        update();
    }

    /** Types a folder, as a user would. */
    public void chooseFolder(String path) {
        folderEdited = true;
        folder.setText(path);
        update();
    }

    /** The analysis chosen, as the workspace path shown. */
    public String chosenAnalysis() {
        return analysis.getText();
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.interchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.premortem.core.interchange.AnalysisImporter;

/** The one page of the import wizard: the file, its format (from its extension by default), the workspace target. */
public final class ImportPage extends WizardPage {

    private final List<AnalysisImporter> importers;
    private final IContainer initialFolder;
    private Text source;
    private Combo format;
    private Text folder;
    private Text name;

    ImportPage(List<AnalysisImporter> importers, IContainer initialFolder) {
        super("premortemImport");
        this.importers = importers;
        this.initialFolder = initialFolder;
        setTitle(Messages.ImportPage_title);
        setDescription(Messages.ImportPage_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.ImportPage_source);
        source = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(source);
        source.addListener(SWT.Modify, event -> sourceChanged());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.ImportPage_browse);
        browse.addListener(SWT.Selection, event -> browseSource());

        new Label(page, SWT.NONE).setText(Messages.ImportPage_format);
        format = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);
        importers.forEach(importer -> format.add(importer.label()));
        format.addListener(SWT.Selection, event -> update());

        new Label(page, SWT.NONE).setText(Messages.ImportPage_folder);
        folder = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        if (initialFolder != null) {
            folder.setText(initialFolder.getFullPath().toString());
        }
        folder.addListener(SWT.Modify, event -> update());
        Button browseFolder = new Button(page, SWT.PUSH);
        browseFolder.setText(Messages.ImportPage_browse);
        browseFolder.addListener(SWT.Selection, event -> {
            ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), targetFolder().orElse(null),
                    false, null);
            if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
                folder.setText(dialog.getResult()[0].toString());
            }
        });

        new Label(page, SWT.NONE).setText(Messages.ImportPage_name);
        name = new Text(page, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
        name.addListener(SWT.Modify, event -> update());
        setControl(page);
        update();
    }

    private void browseSource() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        List<String> filters = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (AnalysisImporter importer : importers) {
            filters.add(String.join(";", importer.fileExtensions().stream().map(e -> "*." + e).toList()));
            names.add(importer.label());
        }
        dialog.setFilterExtensions(filters.toArray(String[]::new));
        dialog.setFilterNames(names.toArray(String[]::new));
        String chosen = dialog.open();
        if (chosen != null) {
            source.setText(chosen);
        }
    }

    /** A new source: the format follows its extension, the file name its base name. */
    private void sourceChanged() {
        String text = source.getText().strip();
        if (!text.isEmpty()) {
            Path file = Path.of(text);
            if (file.getFileName() != null) {
                String base = file.getFileName().toString();
                int dot = base.lastIndexOf('.');
                name.setText((dot > 0 ? base.substring(0, dot) : base) + ".premortem");
                WorkbenchImporters.registry().forFile(file).ifPresent(importer -> format.select(importers.indexOf(
                        importer)));
            }
        }
        update();
    }

    private Optional<IContainer> targetFolder() {
        String text = folder.getText().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(text));
        return resource instanceof IContainer container && container.getType() != IResource.ROOT
                ? Optional.of(container) : Optional.empty();
    }

    private void update() {
        String problem = null;
        String sourceText = source.getText().strip();
        if (sourceText.isEmpty() || !Files.isRegularFile(Path.of(sourceText))) {
            problem = Messages.ImportPage_noSource;
        } else if (format.getSelectionIndex() < 0) {
            problem = Messages.ImportPage_noFormat;
        } else if (targetFolder().isEmpty()) {
            problem = Messages.ImportPage_noFolder;
        } else if (!name.getText().strip().endsWith(".premortem") || name.getText().contains("/")) {
            problem = Messages.ImportPage_badName;
        } else if (target().exists()) {
            problem = NLS.bind(Messages.ImportPage_exists, target().getFullPath());
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The file chosen to import. */
    Path source() {
        return Path.of(source.getText().strip());
    }

    /** The importer chosen. */
    AnalysisImporter importer() {
        return importers.get(format.getSelectionIndex());
    }

    /** The workspace file to create. */
    IFile target() {
        return targetFolder().orElseThrow().getFile(IPath.fromOSString(name.getText().strip()));
    }

    /** Types the file to import, as a user would. */
    public void chooseSource(String path) {
        source.setText(path);
    }

    /** Types the workspace folder, as a user would. */
    public void chooseFolder(String workspacePath) {
        folder.setText(workspacePath);
    }
}

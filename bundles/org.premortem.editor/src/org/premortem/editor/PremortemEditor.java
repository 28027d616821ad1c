/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.premortem.core.ids.IdAssigningAdapter;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.persistence.ModelLoadException;
import org.premortem.diagram.DiagramFinding;
import org.premortem.diagram.DiagramPage;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.provider.StpaItemProviderAdapterFactory;
import org.premortem.tables.ContextTablesPage;
import org.premortem.tables.ScenariosPage;
import org.premortem.tables.TraceabilityPage;
import org.premortem.tables.UcaTablePage;
import org.premortem.ui.emf.DeleteElementsAction;
import org.premortem.ui.validation.LiveValidation;
import org.premortem.ui.validation.ProblemMarkers;

/**
 * The editor of .premortem files. All pages share one EMF editing domain and command stack, so every edit on
 * every page is undone by Edit > Undo, marks the editor dirty, and is saved atomically. When the file changes on
 * disk the editor offers to reload, and it never overwrites such a change without asking.
 */
public final class PremortemEditor extends MultiPageEditorPart
        implements IEditingDomainProvider, IGotoMarker, ITabbedPropertySheetPageContributor {

    /** The editor's id, as declared in plugin.xml. */
    public static final String ID = "org.premortem.editor";

    private static final int MODEL_PAGE = 0;
    private static final int DIAGRAM_PAGE = 1;
    private static final int UCA_TABLE_PAGE = 2;
    private static final int TRACEABILITY_PAGE = 3;
    private static final int SCENARIOS_PAGE = 4;
    private static final int CONTEXT_TABLES_PAGE = 5;

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(List.of(
            new ResourceItemProviderAdapterFactory(), new StpaItemProviderAdapterFactory(),
            new ReflectiveItemProviderAdapterFactory()));
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack);
    private final EditorSelection selection = new EditorSelection();
    private final CommandStackListener stackListener = this::commandStackChanged;
    private final IResourceChangeListener diskListener = this::resourceChanged;
    private EditorPrompt prompt = EditorPrompt.DIALOGS;

    private Resource resource;
    private ModelPage modelPage;
    private DiagramPage diagramPage;
    /** The markers changed while the diagram was not shown: its badges are read again when it is. */
    private boolean markersStale;
    private UcaTablePage ucaTablePage;
    private TraceabilityPage traceabilityPage;
    private ScenariosPage scenariosPage;
    private ContextTablesPage contextTablesPage;
    private ModelOutlinePage outline;
    private TabbedPropertySheetPage propertySheet;
    private DeleteElementsAction deleteAction;
    private volatile long loadedStamp;
    private volatile boolean changedOnDisk;
    /** What the editor last read or wrote: a new stamp over the same bytes is no change made outside. */
    private final DiskCopy diskCopy = new DiskCopy();
    /**
     * While the editor writes its own file: the content changes it makes then are not changes on disk to offer a
     * reload for (the workbench's save spins the event loop, and the empty append that keeps local history is
     * reported before the new bytes are written).
     */
    private volatile boolean saving;
    /** Findings of the edited elements into the Problems view after every command, before a save. */
    private LiveValidation liveValidation;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput)) {
            throw new PartInitException(Messages.Input_unsupported);
        }
        super.init(site, input);
        setPartName(input.getName());
        load(file());
        commandStack.addCommandStackListener(stackListener);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(diskListener, IResourceChangeEvent.POST_CHANGE);
        site.setSelectionProvider(selection);
        selection.addSelectionChangedListener(event -> {
            if (outline != null) {
                outline.follow(event.getSelection());
            }
        });
    }

    private void load(IFile file) throws PartInitException {
        try (InputStream in = file.getContents(true)) {
            byte[] bytes = in.readAllBytes();
            diskCopy.remember(bytes);
            Analysis analysis = AnalysisStore.parse(path(file), bytes, domain.getResourceSet());
            IdAssigningAdapter.install(analysis, IdSource.random());
            resource = analysis.eResource();
            if (liveValidation != null) {
                liveValidation.stop();
            }
            liveValidation = LiveValidation.start(file, analysis);
            loadedStamp = file.getModificationStamp();
            changedOnDisk = false;
        } catch (ModelLoadException e) {
            throw new PartInitException(Status.error(e.getMessage(), e));
        } catch (IOException | CoreException e) {
            throw new PartInitException(Status.error(Messages.bind(Messages.Load_failed, file.getFullPath()), e));
        }
    }

    @Override
    protected void createPages() {
        deleteAction = new DeleteElementsAction();
        deleteAction.setEditingDomain(domain);
        selection.addSelectionChangedListener(event -> deleteAction.selectionChanged(event.getSelection()));
        modelPage = new ModelPage(getContainer(), adapterFactory, domain, deleteAction);
        modelPage.setInput(resource);
        setPageText(addPage(modelPage.viewer().getControl()), Messages.Page_model);
        addPlaceholders();
        selection.setDelegate(modelPage.viewer());
    }

    /**
     * Adds the tabs of the diagram and table pages with empty stand-ins: each page is built when it is first shown
     * (or asked for), not at open. Built eagerly, a 10k-UCA analysis took seconds more to open, most of it for pages
     * the user may never look at (the Context tables page alone lists every control action).
     */
    private void addPlaceholders() {
        String[] texts = { Messages.Page_diagram, Messages.Page_ucaTable, Messages.Page_traceability,
                Messages.Page_scenarios, Messages.Page_contextTables };
        for (int index = DIAGRAM_PAGE; index <= CONTEXT_TABLES_PAGE; index++) {
            addPage(index, new Composite(getContainer(), SWT.NONE));
            setPageText(index, texts[index - DIAGRAM_PAGE]);
        }
    }

    /** Builds page {@code index} if it is not built yet, in place of its stand-in. */
    private void createPage(int index) {
        if (getContainer() == null || getContainer().isDisposed() || index <= MODEL_PAGE || index >= getPageCount()
                || isCreated(index)) {
            return;
        }
        Control placeholder = getControl(index);
        Control built = switch (index) {
            case DIAGRAM_PAGE -> createDiagramPage();
            case UCA_TABLE_PAGE -> (ucaTablePage = new UcaTablePage(getContainer(), analysis(), domain)).control();
            case TRACEABILITY_PAGE -> (traceabilityPage = new TraceabilityPage(getContainer(), analysis(), domain))
                    .control();
            case SCENARIOS_PAGE -> (scenariosPage = new ScenariosPage(getContainer(), analysis(), domain)).control();
            case CONTEXT_TABLES_PAGE -> (contextTablesPage = new ContextTablesPage(getContainer(), analysis(), domain))
                    .control();
            default -> throw new IllegalArgumentException("page " + index);
        };
        setControl(index, built);
        if (placeholder != null && !placeholder.isDisposed()) {
            placeholder.dispose();
        }
        if (index == DIAGRAM_PAGE) {
            showMarkers();
        }
    }

    private boolean isCreated(int index) {
        return switch (index) {
            case DIAGRAM_PAGE -> diagramPage != null;
            case UCA_TABLE_PAGE -> ucaTablePage != null;
            case TRACEABILITY_PAGE -> traceabilityPage != null;
            case SCENARIOS_PAGE -> scenariosPage != null;
            case CONTEXT_TABLES_PAGE -> contextTablesPage != null;
            default -> true;
        };
    }

    /** The context tables page. */
    public ContextTablesPage contextTablesPage() {
        createPage(CONTEXT_TABLES_PAGE);
        return contextTablesPage;
    }

    /** Shows the context tables (page "Context tables"). */
    public void showContextTables() {
        setActivePage(CONTEXT_TABLES_PAGE);
    }

    /** The loss scenarios and requirements page. */
    public ScenariosPage scenariosPage() {
        createPage(SCENARIOS_PAGE);
        return scenariosPage;
    }

    /** Shows the loss scenarios and requirements (page "Scenarios"). */
    public void showScenarios() {
        setActivePage(SCENARIOS_PAGE);
    }

    /** The UCA table page. */
    public UcaTablePage ucaTablePage() {
        createPage(UCA_TABLE_PAGE);
        return ucaTablePage;
    }

    /** The traceability matrices page. */
    public TraceabilityPage traceabilityPage() {
        createPage(TRACEABILITY_PAGE);
        return traceabilityPage;
    }

    /** Shows the UCA table (page "UCA table"). */
    public void showUcaTable() {
        setActivePage(UCA_TABLE_PAGE);
    }

    /** Shows the traceability matrices (page "Traceability"). */
    public void showTraceability() {
        setActivePage(TRACEABILITY_PAGE);
    }

    private Control createDiagramPage() {
        diagramPage = new DiagramPage(getContainer(), analysis(), domain);
        diagramPage.setShowInModelTree(element -> {
            setActivePage(MODEL_PAGE);
            modelPage.reveal(List.of(element));
        });
        return diagramPage.control();
    }

    /** The control-structure diagram page. */
    public DiagramPage diagramPage() {
        createPage(DIAGRAM_PAGE);
        return diagramPage;
    }

    /** Shows the diagram (page "Control structure"). */
    public void showDiagram() {
        setActivePage(DIAGRAM_PAGE);
    }

    /** The analysis being edited. */
    public Analysis analysis() {
        return (Analysis) resource.getContents().get(0);
    }

    Resource resource() {
        return resource;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The delete action of this editor (bound to Edit > Delete by the contributor). */
    public DeleteElementsAction deleteAction() {
        return deleteAction;
    }

    /** The tree of page "Model" (tests click it, as a user does). */
    public Tree modelTree() {
        return modelPage.viewer().getTree();
    }

    /** Replaces the questions asked when the file changes on disk (tests answer them without dialogs). */
    public void setPrompt(EditorPrompt prompt) {
        this.prompt = prompt;
    }

    /** The Properties view's tabs are contributed for this id (plugin.xml). */
    @Override
    public String getContributorId() {
        return ID;
    }

    /** Selects elements in the active page (and so in Outline and Properties). */
    public void select(ISelection newSelection) {
        selection.setSelection(newSelection);
    }

    @Override
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        IFile file = file();
        try {
            file.refreshLocal(0, monitor);
            if ((changedOnDisk || file.getModificationStamp() != loadedStamp) && file.exists()
                    && !diskCopy.isStillOn(path(file)) && !prompt.overwrite(getSite().getShell(), file.getName())) {
                if (monitor != null) {
                    monitor.setCanceled(true);
                }
                return;
            }
            write(file, monitor);
        } catch (IOException | CoreException e) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            ErrorDialog.openError(getSite().getShell(), Messages.bind(Messages.Save_failed, file.getName()),
                    e.getMessage(), Status.error(String.valueOf(e.getMessage()), e));
        }
    }

    private void write(IFile file, IProgressMonitor monitor) throws IOException, CoreException {
        saving = true;
        try {
            writeFile(file, monitor);
        } finally {
            saving = false;
        }
    }

    private void writeFile(IFile file, IProgressMonitor monitor) throws IOException, CoreException {
        byte[] bytes = AnalysisStore.serialize(analysis());
        if (file.exists()) {
            // The file is written atomically beside the workspace API (a crash never leaves half a file), so the
            // platform would keep no local history of it: appending nothing with KEEP_HISTORY records the version
            // about to be replaced, for Compare With / Replace With > Local History, and leaves its bytes alone.
            file.appendContents(new ByteArrayInputStream(new byte[0]), IResource.KEEP_HISTORY | IResource.FORCE,
                    monitor);
        }
        AnalysisStore.writeAtomically(path(file), bytes);
        diskCopy.remember(bytes);
        file.refreshLocal(0, monitor);
        loadedStamp = file.getModificationStamp();
        changedOnDisk = false;
        commandStack.saveIsDone();
        liveValidation.settingsChanged();
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSaveAs() {
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
        dialog.setOriginalFile(file());
        if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
            return;
        }
        IPath target = dialog.getResult();
        if (target.getFileExtension() == null) {
            target = target.addFileExtension("premortem");
        }
        saveAs(ResourcesPlugin.getWorkspace().getRoot().getFile(target));
    }

    /** Saves into another workspace file and continues editing that one. */
    public void saveAs(IFile target) {
        try {
            resource.setURI(URI.createFileURI(path(target).toString()));
            write(target, null);
            setInputWithNotify(new FileEditorInput(target));
            setPartName(target.getName());
            liveValidation.stop();
            liveValidation = LiveValidation.start(target, analysis());
        } catch (IOException | CoreException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.bind(Messages.Save_failed, target.getName()),
                    e.getMessage(), Status.error(String.valueOf(e.getMessage()), e));
        }
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String elementId = marker.getAttribute(ProblemMarkers.ELEMENT_ID, null);
        EObject element = elementId == null ? null : resource.getEObject(elementId);
        if (element != null) {
            setActivePage(MODEL_PAGE);
            select(new StructuredSelection(element));
        }
    }

    @Override
    protected void pageChange(int newPageIndex) {
        ISelection previous = selection.getSelection();
        createPage(newPageIndex);
        super.pageChange(newPageIndex);
        if (newPageIndex == MODEL_PAGE && modelPage != null) {
            selection.setDelegate(modelPage.viewer());
        } else if (newPageIndex == DIAGRAM_PAGE && diagramPage != null) {
            selection.setDelegate(diagramPage);
            if (markersStale) {
                showMarkers();
            }
        } else if (newPageIndex == UCA_TABLE_PAGE && ucaTablePage != null) {
            selection.setDelegate(ucaTablePage.selectionProvider());
        } else if (newPageIndex == TRACEABILITY_PAGE && traceabilityPage != null) {
            selection.setDelegate(traceabilityPage.selectionProvider());
        } else if (newPageIndex == SCENARIOS_PAGE && scenariosPage != null) {
            selection.setDelegate(scenariosPage.selectionProvider());
        } else if (newPageIndex == CONTEXT_TABLES_PAGE && contextTablesPage != null) {
            selection.setDelegate(contextTablesPage.selectionProvider());
        }
        selection.setSelection(previous);
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new ModelOutlinePage(adapterFactory, this);
            }
            return type.cast(outline);
        }
        if (type == IPropertySheetPage.class) {
            if (propertySheet == null || propertySheet.getControl() == null || propertySheet.getControl().isDisposed()) {
                propertySheet = new TabbedPropertySheetPage(this);
            }
            return type.cast(propertySheet);
        }
        if (type == IGotoMarker.class) {
            return type.cast(this);
        }
        if (type == EditingDomain.class) {
            return type.cast(domain);
        }
        return super.getAdapter(type);
    }

    private void commandStackChanged(EventObject event) {
        Display.getDefault().asyncExec(() -> {
            if (getContainer() == null || getContainer().isDisposed()) {
                return;
            }
            firePropertyChange(PROP_DIRTY);
            liveValidation.afterCommand();
            Command recent = commandStack.getMostRecentCommand();
            Collection<?> affected = recent == null ? List.of() : recent.getAffectedObjects();
            if (!affected.isEmpty() && affected.stream().allMatch(o -> o instanceof EObject e && e.eResource() != null)) {
                select(new StructuredSelection(affected.toArray()));
            }
            if (propertySheet != null && propertySheet.getControl() != null && !propertySheet.getControl().isDisposed()
                    && propertySheet.getCurrentTab() != null) {
                propertySheet.refresh();
            }
        });
    }

    private void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(file().getFullPath());
        if (delta != null && (delta.getFlags() & IResourceDelta.MARKERS) != 0) {
            Display.getDefault().asyncExec(this::showMarkers);
        }
        if (saving || delta == null || delta.getKind() != IResourceDelta.CHANGED
                || (delta.getFlags() & IResourceDelta.CONTENT) == 0 || file().getModificationStamp() == loadedStamp) {
            return;
        }
        if (diskCopy.isStillOn(path(file()))) {
            // the workspace caught up with bytes this editor read or wrote itself: nothing to reload
            loadedStamp = file().getModificationStamp();
            return;
        }
        changedOnDisk = true;
        Display.getDefault().asyncExec(this::offerReload);
    }

    private void offerReload() {
        if (getContainer() == null || getContainer().isDisposed() || !changedOnDisk) {
            return;
        }
        if (prompt.reload(getSite().getShell(), file().getName(), isDirty())) {
            reload();
        }
    }

    /** Reads the file again, discarding the command stack (and with it unsaved edits). */
    public void reload() {
        Resource old = resource;
        try {
            load(file());
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.bind(Messages.Load_failed, file().getName()),
                    e.getMessage(), e.getStatus());
            return;
        }
        domain.getResourceSet().getResources().remove(old);
        old.unload();
        commandStack.flush();
        modelPage.setInput(resource);
        int active = getActivePage();
        removePage(CONTEXT_TABLES_PAGE);
        removePage(SCENARIOS_PAGE);
        removePage(TRACEABILITY_PAGE);
        removePage(UCA_TABLE_PAGE);
        removePage(DIAGRAM_PAGE);
        diagramPage = null;
        ucaTablePage = null;
        traceabilityPage = null;
        scenariosPage = null;
        contextTablesPage = null;
        addPlaceholders();
        if (active > MODEL_PAGE) {
            setActivePage(active);
        }
        if (outline != null) {
            outline.setInput(resource);
        }
        firePropertyChange(PROP_DIRTY);
    }

    /**
     * Shows the validation findings of the file on the diagram's figures, when the diagram is the page shown; else
     * when it is shown next. (Live validation changes markers after every command: reading all of them, some 3,000
     * at 10k UCAs, for a diagram nobody sees was a part of every edit in the tables.)
     */
    private void showMarkers() {
        if (diagramPage == null || diagramPage.control().isDisposed()) {
            return;
        }
        if (getActivePage() != DIAGRAM_PAGE) {
            markersStale = true;
            return;
        }
        markersStale = false;
        Map<String, List<DiagramFinding>> findings = new HashMap<>();
        try {
            for (IMarker marker : file().findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
                String elementId = marker.getAttribute(ProblemMarkers.ELEMENT_ID, null);
                if (elementId != null) {
                    findings.computeIfAbsent(elementId, id -> new ArrayList<>()).add(new DiagramFinding(
                            marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO),
                            marker.getAttribute(IMarker.MESSAGE, "")));
                }
            }
        } catch (CoreException e) {
            return; // the file is gone; nothing to show
        }
        diagramPage.setFindings(findings);
    }

    private IFile file() {
        return ((IFileEditorInput) getEditorInput()).getFile();
    }

    private static Path path(IFile file) {
        return file.getLocation() == null ? Path.of(file.getName()) : file.getLocation().toFile().toPath();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(diskListener);
        commandStack.removeCommandStackListener(stackListener);
        adapterFactory.dispose();
        if (liveValidation != null) {
            liveValidation.stop();
        }
        super.dispose();
    }
}

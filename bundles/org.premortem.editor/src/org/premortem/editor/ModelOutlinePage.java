/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.premortem.core.validation.EditRecorder;
import org.premortem.model.stpa.Analysis;
import org.premortem.ui.emf.ItemProviderLabelProvider;

/**
 * The Outline view of a Premortem editor: the analysis by hazard ({@link HazardTrace}) — what the model tree shows
 * by kind, shown here along the trace from hazards to requirements. Selecting an entry selects its element in the
 * editor; the outline follows the editor's selection where it shows the element. After a command only the entries
 * it changed are read again ({@link TraceChanges}); a 10k-UCA analysis made a full refresh too slow for every edit.
 */
final class ModelOutlinePage extends ContentOutlinePage {

    private final AdapterFactory adapterFactory;
    private final PremortemEditor editor;
    private final CommandStack commandStack;
    private final CommandStackListener refresher = this::commandStackChanged;
    /** At most this many entries are shown expanded when the outline opens. */
    private static final int EXPANDED_ENTRIES = 500;

    private final HazardTrace trace = new HazardTrace();
    /** The changes of the analysis shown since the last command. */
    private EditRecorder recorder;
    private Analysis recorded;

    ModelOutlinePage(AdapterFactory adapterFactory, PremortemEditor editor) {
        this.adapterFactory = adapterFactory;
        this.editor = editor;
        this.commandStack = editor.getEditingDomain().getCommandStack();
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(trace);
        viewer.setLabelProvider(new ItemProviderLabelProvider(adapterFactory) {
            @Override
            public String getText(Object element) {
                return super.getText(element instanceof HazardTrace.Entry entry ? entry.element() : element);
            }

            @Override
            public Image getImage(Object element) {
                return super.getImage(element instanceof HazardTrace.Entry entry ? entry.element() : element);
            }
        });
        commandStack.addCommandStackListener(refresher);
        setInput(editor.resource());
    }

    void setInput(Resource resource) {
        if (getTreeViewer() != null && resource != null && !resource.getContents().isEmpty()) {
            Object analysis = resource.getContents().get(0);
            record(analysis instanceof Analysis shown ? shown : null);
            getTreeViewer().setInput(analysis);
            expandHazards(analysis);
        }
    }

    private void record(Analysis analysis) {
        if (recorder != null) {
            recorded.eAdapters().remove(recorder);
        }
        recorder = analysis == null ? null : EditRecorder.install(analysis);
        recorded = analysis;
    }

    /**
     * Expands the hazards, in order, as long as their entries together stay under {@link #EXPANDED_ENTRIES}: all of
     * them in an analysis of ordinary size. In one of 10k UCAs a hazard leads to thousands of UCAs; expanding them
     * all made tens of thousands of tree items at open (most of the editor's opening time) and every refresh after
     * an edit walked them again. Such hazards start collapsed; a click expands them.
     */
    private void expandHazards(Object analysis) {
        int left = EXPANDED_ENTRIES;
        for (Object hazard : trace.getElements(analysis)) {
            left -= trace.getChildren(hazard).length;
            if (left < 0) {
                break;
            }
            getTreeViewer().expandToLevel(hazard, 1);
        }
    }

    /** Tells listeners (Properties) the elements selected, not the outline's entries. */
    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        IStructuredSelection elements = elements(event.getSelection());
        super.selectionChanged(new SelectionChangedEvent(this, elements));
        if (getTreeViewer().getControl().isFocusControl()) {
            editor.select(elements);
        }
    }

    @Override
    public ISelection getSelection() {
        return elements(super.getSelection());
    }

    private static IStructuredSelection elements(ISelection selection) {
        List<EObject> elements = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object entry : structured) {
                if (entry instanceof HazardTrace.Entry trace) {
                    elements.add(trace.element());
                }
            }
        }
        return new StructuredSelection(elements);
    }

    /** Follows the editor's selection without echoing it back. */
    void follow(ISelection selection) {
        TreeViewer viewer = getTreeViewer();
        if (viewer != null && !viewer.getControl().isDisposed() && !viewer.getControl().isFocusControl()) {
            setSelection(selection);
        }
    }

    /** Selects and shows the first entry of each given element the outline shows. */
    @Override
    public void setSelection(ISelection selection) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<HazardTrace.Entry> entries = new ArrayList<>();
        if (selection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                if (element instanceof EObject object) {
                    HazardTrace.entryOf(object).ifPresent(entries::add);
                }
            }
        }
        viewer.setSelection(new StructuredSelection(entries), true);
    }

    private void commandStackChanged(EventObject event) {
        TreeViewer viewer = getTreeViewer();
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Optional<TraceChanges> changes = recorder == null ? Optional.empty()
                : TraceChanges.of(recorded, recorder.drain());
        changes.ifPresentOrElse(trace::update, trace::invalidate);
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                changes.ifPresentOrElse(this::refresh, viewer::refresh);
            }
        });
    }

    /** Reads again the entries whose children changed, and the labels of those whose elements changed. */
    private void refresh(TraceChanges changes) {
        List<HazardTrace.Entry> structure = new ArrayList<>();
        List<HazardTrace.Entry> labels = new ArrayList<>();
        collect(getTreeViewer().getTree().getItems(), changes, structure, labels);
        structure.forEach(entry -> getTreeViewer().refresh(entry));
        if (!labels.isEmpty()) {
            getTreeViewer().update(labels.toArray(), null);
        }
    }

    /** The entries shown (expanded, or at the top) of the changed elements, outermost first. */
    private static void collect(TreeItem[] items, TraceChanges changes, List<HazardTrace.Entry> structure,
            List<HazardTrace.Entry> labels) {
        for (TreeItem item : items) {
            if (!(item.getData() instanceof HazardTrace.Entry entry)) {
                continue;
            }
            if (changes.parents().contains(entry.element())) {
                structure.add(entry);
            } else if (changes.labels().contains(entry.element())) {
                labels.add(entry);
            }
            if (item.getExpanded()) {
                collect(item.getItems(), changes, structure, labels);
            }
        }
    }

    @Override
    public void dispose() {
        commandStack.removeCommandStackListener(refresher);
        record(null);
        super.dispose();
    }
}

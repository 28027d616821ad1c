/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.premortem.diagram.layout.AnalystPlacement;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.ControlStructureLayouter;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.diagram.layout.DiagramStyle;
import org.premortem.diagram.layout.svg.SvgOptions;
import org.premortem.diagram.layout.svg.SvgWriter;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaFactory;

/**
 * Page "Control structure" of the editor: one diagram per control structure (chosen at the top), laid out by ELK
 * with the Handbook's conventions, with the analyst's moves and sizes kept in the model. The palette creates
 * components and connections; boxes move and resize; names are edited in place; Delete removes an element with its
 * connections. Every edit is a command on the editor's stack.
 */
public final class DiagramPage implements ISelectionProvider {

    private static final double MIN_ZOOM = 0.25;
    private static final double MAX_ZOOM = 4;

    private final Analysis analysis;
    private final EditingDomain domain;
    private final DiagramCommands commands;
    private final Composite control;
    private final Combo structures;
    private final ScrolledComposite scroller;
    private final Canvas canvas;
    private final SwtTextMetrics metrics;
    private final DiagramPainter painter;
    private final ControlStructureLayouter layouter;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                invalidate();
            }
        }
    };

    private Map<IdentifiedElement, Integer> severities = Map.of();
    private Set<IdentifiedElement> selection = new LinkedHashSet<>();
    private DiagramLayout layout;
    private int structureIndex;
    private double zoom = 1;
    private Tool tool = Tool.SELECT;

    public DiagramPage(Composite parent, Analysis analysis, EditingDomain domain) {
        this.analysis = analysis;
        this.domain = domain;
        this.commands = new DiagramCommands(domain);
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        Composite header = new Composite(control, SWT.NONE);
        header.setLayout(new GridLayout(2, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(header, SWT.NONE).setText(Messages.Structure_label);
        structures = new Combo(header, SWT.READ_ONLY);
        structures.addListener(SWT.Selection, event -> showStructure(structures.getSelectionIndex()));
        new DiagramPalette(header, this).control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        scroller = new ScrolledComposite(control, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setBackground(scroller.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        scroller.setContent(canvas);
        metrics = new SwtTextMetrics(canvas.getDisplay());
        painter = new DiagramPainter(metrics);
        layouter = new ControlStructureLayouter(metrics, DiagramStyle.standard());
        canvas.addPaintListener(event -> {
            event.gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            event.gc.fillRectangle(canvas.getClientArea());
            painter.paint(event.gc, layout(), zoom, selection, severities);
            DiagramInteraction.paintFeedback(event.gc, this);
        });
        new DiagramInteraction(this, canvas);
        canvas.addDisposeListener(event -> dispose());
        analysis.eAdapters().add(modelListener);
        refreshStructures();
    }

    public Composite control() {
        return control;
    }

    /** The control structure shown. */
    public Optional<ControlStructure> structure() {
        List<ControlStructure> all = analysis.getControlStructures();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(Math.min(structureIndex, all.size() - 1)));
    }

    /** Shows the control structure at {@code index} of the analysis. */
    public void showStructure(int index) {
        structureIndex = Math.max(0, index);
        selection = new LinkedHashSet<>();
        invalidate();
    }

    /** The diagram as displayed: ELK's layout with the analyst's placements applied. */
    public DiagramLayout layout() {
        if (layout == null) {
            layout = structure().map(s -> AnalystPlacement.apply(layouter.layout(s), s))
                    .orElseGet(() -> new DiagramLayout(StpaFactory.eINSTANCE.createControlStructure(), 0, 0, List.of(),
                            List.of(), DiagramStyle.standard()));
            resizeCanvas();
        }
        return layout;
    }

    /** The automatic (ELK) layout, without placements: deterministic for the same model. */
    public DiagramLayout automaticLayout() {
        return structure().map(layouter::layout).orElseThrow();
    }

    // --- palette operations (mouse and keyboard end here, and tests call them) ---

    public Tool tool() {
        return tool;
    }

    public void setTool(Tool newTool) {
        tool = newTool;
    }

    /** Creates a component of {@code kind} with its box's top left corner at (x, y) in diagram coordinates. */
    public Component createComponent(ComponentKind kind, double x, double y) {
        ControlStructure structure = structure().orElseThrow();
        Tool creating = List.of(Tool.values()).stream().filter(t -> t.componentKind().orElse(null) == kind)
                .findFirst().orElse(Tool.CONTROLLER);
        Command command = commands.createComponent(structure, kind, creating.newName(), new Box(x, y, 160, 56));
        execute(command);
        Component created = structure.getComponents().get(structure.getComponents().size() - 1);
        select(List.of(created));
        return created;
    }

    /** Connects two components with a new control action or feedback. */
    public IdentifiedElement connect(Tool connecting, Component source, Component target) {
        ControlStructure structure = structure().orElseThrow();
        var connection = connecting == Tool.FEEDBACK ? StpaFactory.eINSTANCE.createFeedback()
                : StpaFactory.eINSTANCE.createControlAction();
        execute(commands.connect(structure, connection, source, target, connecting.newName()));
        select(List.of(connection));
        return connection;
    }

    public void move(Component component, double dx, double dy) {
        execute(commands.move(structure().orElseThrow(), layout(), component, dx, dy));
    }

    public void resize(Component component, double width, double height) {
        AnalystPlacement.node(layout(), component)
                .ifPresent(node -> execute(commands.resize(structure().orElseThrow(), node, width, height)));
    }

    public void rename(IdentifiedElement element, String name) {
        execute(commands.rename(element, name));
    }

    /** Deletes the selected elements (components with their connections). */
    public void deleteSelection() {
        if (!selection.isEmpty()) {
            execute(commands.delete(structure().orElseThrow(), List.copyOf(selection)));
            select(List.of());
        }
    }

    /** Places every box where the automatic layout puts it. */
    public void layOut() {
        execute(commands.layOut(structure().orElseThrow(), automaticLayout()));
    }

    public double zoom() {
        return zoom;
    }

    public void setZoom(double newZoom) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        resizeCanvas();
        canvas.redraw();
    }

    public void zoomToFit() {
        DiagramLayout current = layout();
        var area = scroller.getClientArea();
        if (current.width() > 0 && current.height() > 0 && area.width > 0 && area.height > 0) {
            setZoom(Math.min(area.width / (current.width() + 20), area.height / (current.height() + 20)));
        }
    }

    /** Writes the diagram as a standalone SVG file (the same drawing the reports embed). */
    public void exportSvg(Path file) throws IOException {
        String id = structure().map(ControlStructure::getDisplayId).orElse("diagram");
        Files.writeString(file, SvgWriter.write(layout(), SvgOptions.file(id)), StandardCharsets.UTF_8);
    }

    /** Writes the diagram as a PNG image at zoom 1. */
    public void exportPng(Path file) {
        DiagramLayout current = layout();
        Image image = new Image(canvas.getDisplay(), (int) Math.ceil(current.width()) + 20,
                (int) Math.ceil(current.height()) + 20);
        GC gc = new GC(image);
        try {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(image.getBounds());
            painter.paint(gc, current, 1, Set.of(), severities);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Shows validation findings: the worst IMarker severity per element (by permanent id). */
    public void setSeverities(Map<String, Integer> byElementId) {
        Map<IdentifiedElement, Integer> result = new HashMap<>();
        for (DiagramNode node : layout().nodes()) {
            Integer severity = byElementId.get(node.component().getId());
            if (severity != null) {
                result.put(node.component(), severity);
            }
        }
        layout().edges().forEach(edge -> {
            Integer severity = byElementId.get(edge.connection().getId());
            if (severity != null) {
                result.put(edge.connection(), severity);
            }
        });
        severities = result;
        canvas.redraw();
    }

    /** The worst severity shown on an element, or 0. */
    public int severityOf(IdentifiedElement element) {
        return severities.getOrDefault(element, 0);
    }

    // --- selection ---

    void select(List<? extends IdentifiedElement> elements) {
        selection = new LinkedHashSet<>(elements);
        canvas.redraw();
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener listener : listeners) {
            listener.selectionChanged(event);
        }
    }

    Set<IdentifiedElement> selectedElements() {
        return selection;
    }

    @Override
    public ISelection getSelection() {
        return new StructuredSelection(new ArrayList<>(selection));
    }

    @Override
    public void setSelection(ISelection newSelection) {
        List<IdentifiedElement> shown = new ArrayList<>();
        if (newSelection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                if (element instanceof IdentifiedElement identified && isShown(identified)) {
                    shown.add(identified);
                }
            }
        }
        selection = new LinkedHashSet<>(shown);
        canvas.redraw();
    }

    private boolean isShown(IdentifiedElement element) {
        DiagramLayout current = layout();
        return current.nodes().stream().anyMatch(n -> n.component() == element)
                || current.edges().stream().anyMatch(e -> e.connection() == element);
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    // --- internals ---

    Canvas canvas() {
        return canvas;
    }

    void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private void invalidate() {
        if (canvas.isDisposed()) {
            return;
        }
        if (canvas.getDisplay().getThread() != Thread.currentThread()) {
            canvas.getDisplay().asyncExec(this::invalidate);
            return;
        }
        layout = null;
        refreshStructures();
        canvas.redraw();
    }

    private void refreshStructures() {
        List<String> names = new ArrayList<>();
        for (ControlStructure structure : analysis.getControlStructures()) {
            names.add((structure.getDisplayId() == null ? "" : structure.getDisplayId() + ": ")
                    + (structure.getName() == null ? "" : structure.getName()));
        }
        if (!names.equals(List.of(structures.getItems()))) {
            structures.setItems(names.toArray(String[]::new));
        }
        if (!names.isEmpty()) {
            structures.select(Math.min(structureIndex, names.size() - 1));
        }
        structures.getParent().layout();
    }

    private void resizeCanvas() {
        if (layout != null) {
            canvas.setSize((int) Math.ceil((layout.width() + 40) * zoom), (int) Math.ceil((layout.height() + 40) * zoom));
        }
    }

    private void dispose() {
        analysis.eAdapters().remove(modelListener);
        painter.dispose();
        metrics.dispose();
    }
}

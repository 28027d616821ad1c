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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
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
import org.premortem.diagram.layout.DiagramStyle;
import org.premortem.diagram.layout.svg.SvgOptions;
import org.premortem.diagram.layout.svg.SvgWriter;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ComponentKind;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.NodeLayout;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.StpaPackage;

/**
 * Page "Control structure" of the editor: one diagram per control structure (chosen at the top), laid out by ELK
 * with the Handbook's conventions, with the analyst's moves and sizes kept in the model. The palette (right) creates
 * components and connections; boxes move and resize; names are edited in place; a context menu renames, deletes,
 * connects, shows the element in the model tree and validates. Every edit is a command on the editor's stack.
 */
public final class DiagramPage implements ISelectionProvider {

    private static final double MIN_ZOOM = 0.25;
    private static final double MAX_ZOOM = 4;
    private static final int MARGIN = 40;
    /** The size of a component created by a click. */
    static final double DEFAULT_WIDTH = 160;
    static final double DEFAULT_HEIGHT = 56;

    private final Analysis analysis;
    private final EditingDomain domain;
    private final DiagramCommands commands;
    private final Composite control;
    private final Combo structures;
    private final DiagramPalette palette;
    private final ScrolledComposite scroller;
    private final Canvas canvas;
    private final SwtTextMetrics metrics;
    private final DiagramPainter painter;
    private final ControlStructureLayouter layouter;
    private final DiagramInteraction interaction;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    /**
     * Redraws after changes of the control structures, the only part of the analysis a diagram shows. It follows only
     * them: attached to every element of a 10k-UCA analysis it cost a noticeable part of the page's first showing,
     * and every added UCA threw the layout away.
     */
    private final EContentAdapter modelListener = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && !isOutsideStructures(notification)) {
                invalidate();
            }
        }

        @Override
        protected void selfAdapt(Notification notification) {
            if (!isOutsideStructures(notification)) {
                super.selfAdapt(notification);
            }
        }

        @Override
        protected void setTarget(EObject target) {
            if (target instanceof Analysis shown) {
                basicSetTarget(shown);
                shown.getControlStructures().forEach(this::addAdapter);
            } else {
                super.setTarget(target);
            }
        }

        @Override
        protected void unsetTarget(EObject target) {
            if (target instanceof Analysis shown) {
                basicUnsetTarget(shown);
                shown.getControlStructures().forEach(this::removeAdapter);
            } else {
                super.unsetTarget(target);
            }
        }
    };

    /** Whether a change is of the analysis but not of its list of control structures. */
    private static boolean isOutsideStructures(Notification notification) {
        return notification.getNotifier() instanceof Analysis
                && notification.getFeature() != StpaPackage.Literals.ANALYSIS__CONTROL_STRUCTURES;
    }

    private Map<String, List<DiagramFinding>> findingsById = Map.of();
    private Set<IdentifiedElement> selection = new LinkedHashSet<>();
    private Consumer<? super IdentifiedElement> showInModelTree = element -> {
    };
    private DiagramLayout layout;
    private int structureIndex;
    private double zoom = 1;
    private Tool tool = Tool.SELECT;

    public DiagramPage(Composite parent, Analysis analysis, EditingDomain domain) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.commands = new DiagramCommands(domain);
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        Composite header = new Composite(control, SWT.NONE);
        header.setLayout(new GridLayout(3, false));
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        new Label(header, SWT.NONE).setText(Messages.Structure_label);
        structures = new Combo(header, SWT.READ_ONLY);
        structures.addListener(SWT.Selection, event -> showStructure(structures.getSelectionIndex()));
        scroller = new ScrolledComposite(control, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scroller.setBackground(scroller.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        scroller.setContent(canvas);
        palette = new DiagramPalette(header, control, this);
        metrics = new SwtTextMetrics(canvas.getDisplay());
        painter = new DiagramPainter(metrics);
        layouter = new ControlStructureLayouter(metrics, DiagramStyle.standard());
        interaction = new DiagramInteraction(this, canvas);
        canvas.addPaintListener(event -> {
            event.gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            event.gc.fillRectangle(canvas.getClientArea());
            painter.paint(event.gc, layout(), zoom, selection, findings());
            interaction.paintFeedback(event.gc);
        });
        new DiagramMenu(this, canvas);
        new BadgeToolTip(this, canvas);
        DiagramKeys.install(this, canvas);
        canvas.addDisposeListener(event -> dispose());
        analysis.eAdapters().add(modelListener);
        refreshStructures();
    }

    public Composite control() {
        return control;
    }

    /** The control structure shown; empty when the analysis has none yet (the first component creates one). */
    public Optional<ControlStructure> structure() {
        List<ControlStructure> all = analysis.getControlStructures();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(Math.min(structureIndex, all.size() - 1)));
    }

    /** The diagram as displayed: ELK's layout with the analyst's placements applied, in diagram coordinates. */
    public DiagramLayout layout() {
        if (layout == null) {
            layout = structure().map(s -> AnalystPlacement.apply(layouter.layout(s), s))
                    .orElseGet(() -> new DiagramLayout(StpaFactory.eINSTANCE.createControlStructure(), 0, 0, List.of(),
                            List.of(), DiagramStyle.standard()));
            resizeCanvas();
        }
        return layout;
    }

    /** The scale of the drawing: a point (x, y) of {@link #layout()} is drawn at (x * zoom, y * zoom) of the canvas. */
    public double zoom() {
        return zoom;
    }

    /** Shows validation findings as badges on their figures, with their messages as the badges' tool tips. */
    public void setFindings(Map<String, List<DiagramFinding>> byElementId) {
        Map<String, List<DiagramFinding>> copy = new HashMap<>();
        byElementId.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        findingsById = copy;
        canvas.redraw();
    }

    /** What the context menu's "Show in Model Tree" does with the element (the editor selects it in its tree). */
    public void setShowInModelTree(Consumer<? super IdentifiedElement> action) {
        showInModelTree = Objects.requireNonNull(action, "action");
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
            painter.paint(gc, current, 1, Set.of(), findings());
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    // --- what the palette, the mouse, the keyboard and the context menu do ---

    Tool tool() {
        return tool;
    }

    void setTool(Tool newTool) {
        tool = newTool;
        interaction.cancel();
        palette.show(newTool);
    }

    /**
     * Creates a component of {@code kind} in {@code box} (diagram coordinates), in a new control structure when the
     * analysis has none, selects it and opens its name for typing.
     */
    Component createComponent(ComponentKind kind, Box box) {
        Component component = StpaFactory.eINSTANCE.createComponent();
        component.setKind(kind);
        component.setName(Tool.creating(kind).newName());
        Box placed = new Box(Math.max(0, box.x()), Math.max(0, box.y()), Math.max(DiagramCommands.MIN_WIDTH,
                box.width()), Math.max(DiagramCommands.MIN_HEIGHT, box.height()));
        Optional<ControlStructure> structure = structure();
        execute(commands.createComponent(analysis, structure, component, placed));
        if (structure.isEmpty()) {
            showStructure(analysis.getControlStructures().indexOf(component.eContainer()));
        }
        select(List.of(component));
        interaction.editName(component);
        return component;
    }

    /** Connects two components with a new control action, feedback or input/output; selects it, opens its name. */
    IdentifiedElement connect(Tool connecting, Component source, Component target) {
        ControlStructure structure = structure().orElseThrow();
        Connection connection = switch (connecting) {
            case FEEDBACK -> StpaFactory.eINSTANCE.createFeedback();
            case INPUT_OUTPUT -> StpaFactory.eINSTANCE.createInputOutput();
            default -> StpaFactory.eINSTANCE.createControlAction();
        };
        execute(commands.connect(structure, connection, source, target, connecting.newName()));
        select(List.of(connection));
        interaction.editName(connection);
        return connection;
    }

    /** Starts connecting from {@code source}: the next click on another box ends the connection. */
    void startConnection(Tool connecting, Component source) {
        setTool(connecting);
        interaction.connectFrom(source);
    }

    void move(Component component, double dx, double dy) {
        structure().ifPresent(s -> execute(commands.move(s, layout(), component, dx, dy)));
    }

    void resize(Component component, double width, double height) {
        AnalystPlacement.node(layout(), component).ifPresent(node -> structure()
                .ifPresent(s -> execute(commands.resize(s, node, width, height))));
    }

    void rename(IdentifiedElement element, String name) {
        execute(commands.rename(element, name));
    }

    /** Opens the name of the single selected element for editing in place. */
    void renameSelection() {
        if (selection.size() == 1) {
            interaction.editName(selection.iterator().next());
        }
    }

    /** Deletes the selected elements (components with their connections). */
    void deleteSelection() {
        if (!selection.isEmpty() && structure().isPresent()) {
            execute(commands.delete(structure().get(), List.copyOf(selection)));
            select(List.of());
        }
    }

    /** Forgets the boxes' positions and sizes: the diagram shows ELK's layout, as the report does. */
    void layOut() {
        structure().ifPresent(s -> execute(commands.layOut(s)));
    }

    void showInModelTree(IdentifiedElement element) {
        showInModelTree.accept(element);
    }

    void setZoom(double newZoom) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        resizeCanvas();
        canvas.redraw();
    }

    void zoomToFit() {
        DiagramLayout current = layout();
        var area = scroller.getClientArea();
        if (current.width() > 0 && current.height() > 0 && area.width > 0 && area.height > 0) {
            setZoom(Math.min(area.width / (current.width() + 20), area.height / (current.height() + 20)));
        }
    }

    /** The findings of each element shown, by element. */
    Map<IdentifiedElement, List<DiagramFinding>> findings() {
        Map<IdentifiedElement, List<DiagramFinding>> result = new HashMap<>();
        DiagramLayout current = layout();
        current.nodes().forEach(node -> Optional.ofNullable(findingsById.get(node.component().getId()))
                .ifPresent(list -> result.put(node.component(), list)));
        current.edges().forEach(edge -> Optional.ofNullable(findingsById.get(edge.connection().getId()))
                .ifPresent(list -> result.put(edge.connection(), list)));
        return result;
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

    /** Selects the elements shown among those given; a box's placement stands for its component. */
    @Override
    public void setSelection(ISelection newSelection) {
        List<IdentifiedElement> shown = new ArrayList<>();
        if (newSelection instanceof IStructuredSelection structured) {
            for (Object element : structured) {
                Object meant = element instanceof NodeLayout placement ? placement.getElement() : element;
                if (meant instanceof IdentifiedElement identified && isShown(identified)) {
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

    /** Shows the control structure at {@code index} of the analysis. */
    private void showStructure(int index) {
        structureIndex = Math.max(0, index);
        selection = new LinkedHashSet<>();
        invalidate();
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

    /**
     * The canvas fills the visible area and grows with the drawing (and a margin to draw beyond it), so that every
     * click on the white area reaches it.
     */
    private void resizeCanvas() {
        if (layout != null) {
            scroller.setMinSize((int) Math.ceil((layout.width() + MARGIN) * zoom),
                    (int) Math.ceil((layout.height() + MARGIN) * zoom));
        }
    }

    private void dispose() {
        analysis.eAdapters().remove(modelListener);
        painter.dispose();
        metrics.dispose();
        palette.dispose();
    }
}

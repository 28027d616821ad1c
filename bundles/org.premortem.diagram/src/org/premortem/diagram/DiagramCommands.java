/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.premortem.diagram.layout.AnalystPlacement;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramLayout;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.NodeLayout;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.StpaPackage;

/**
 * The diagram's edits as EMF commands on the editor's editing domain, so the one command stack undoes them like any
 * other edit: create a component where it was dropped, connect two components, move or resize boxes (with what
 * they contain), rename, delete an element with its connections, and forget the boxes' places (lay out again).
 */
final class DiagramCommands {

    private static final StpaPackage STPA = StpaPackage.eINSTANCE;
    private static final StpaFactory FACTORY = StpaFactory.eINSTANCE;

    /** The smallest box a component can be given. */
    static final double MIN_WIDTH = 40;
    static final double MIN_HEIGHT = 24;

    private final EditingDomain domain;

    DiagramCommands(EditingDomain domain) {
        this.domain = domain;
    }

    /**
     * A new component of {@code kind} named {@code name}, with its box at {@code box}, in {@code structure}; with no
     * structure, in a new control structure of the analysis (so an analysis is drawn from nothing). Its affected
     * object is the component, which the editor then selects.
     */
    Command createComponent(Analysis analysis, Optional<ControlStructure> structure, Component component, Box box) {
        NodeLayout placement = placement(component, box);
        CompoundCommand command = affecting(Messages.Command_create, component);
        if (structure.isPresent()) {
            command.append(AddCommand.create(domain, structure.get(), STPA.getControlStructure_Components(),
                    component));
            command.append(AddCommand.create(domain, structure.get(), STPA.getControlStructure_Diagram(), placement));
        } else {
            ControlStructure created = FACTORY.createControlStructure();
            created.setName(Messages.Structure_new);
            created.getComponents().add(component);
            created.getDiagram().add(placement);
            command.append(AddCommand.create(domain, analysis, STPA.getAnalysis_ControlStructures(), created));
        }
        return command;
    }

    /** A new connection (control action, feedback or input/output) from {@code source} to {@code target}. */
    Command connect(ControlStructure structure, Connection connection, Component source, Component target,
            String name) {
        connection.setSource(source);
        connection.setTarget(target);
        connection.setName(name);
        CompoundCommand command = affecting(Messages.Command_connect, connection);
        command.append(AddCommand.create(domain, structure, STPA.getControlStructure_Connections(), connection));
        return command;
    }

    /** Moves a box by (dx, dy), with every box nested in it; not beyond the diagram's top and left edges. */
    Command move(ControlStructure structure, DiagramLayout layout, Component component, double dx, double dy) {
        CompoundCommand command = affecting(Messages.Command_move, component);
        Box moving = AnalystPlacement.node(layout, component).map(DiagramNode::bounds).orElse(null);
        if (moving == null) {
            return command;
        }
        double x = Math.max(dx, -moving.x());
        double y = Math.max(dy, -moving.y());
        for (Component moved : withDescendants(component)) {
            AnalystPlacement.node(layout, moved).ifPresent(node -> {
                Box box = node.bounds();
                command.append(place(structure, moved, new Box(box.x() + x, box.y() + y, box.width(), box.height())));
            });
        }
        return command;
    }

    /** Gives a box a new size (its top left corner stays). */
    Command resize(ControlStructure structure, DiagramNode node, double width, double height) {
        Box box = node.bounds();
        CompoundCommand command = affecting(Messages.Command_resize, node.component());
        command.append(place(structure, node.component(), new Box(box.x(), box.y(), Math.max(MIN_WIDTH, width),
                Math.max(MIN_HEIGHT, height))));
        return command;
    }

    /**
     * Forgets every position and size the analyst gave, so that the diagram shows ELK's layout, the one the report
     * draws; not executable when there is nothing to forget.
     */
    Command layOut(ControlStructure structure) {
        List<NodeLayout> placements = new ArrayList<>(structure.getDiagram());
        if (placements.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(Messages.Command_layout);
        command.append(RemoveCommand.create(domain, structure, STPA.getControlStructure_Diagram(), placements));
        return command;
    }

    Command rename(IdentifiedElement element, String name) {
        Object feature = element instanceof Component ? STPA.getComponent_Name() : STPA.getConnection_Name();
        CompoundCommand command = affecting(Messages.Command_rename, element);
        command.append(SetCommand.create(domain, element, feature, name));
        return command;
    }

    /** Deletes the elements, the connections of deleted components and their boxes, and every reference to them. */
    Command delete(ControlStructure structure, List<? extends IdentifiedElement> elements) {
        Set<EObject> doomed = new LinkedHashSet<>(elements);
        for (IdentifiedElement element : elements) {
            if (element instanceof Component component) {
                for (Component gone : withDescendants(component)) {
                    for (Connection connection : structure.getConnections()) {
                        if (connection.getSource() == gone || connection.getTarget() == gone) {
                            doomed.add(connection);
                        }
                    }
                }
            }
        }
        List<NodeLayout> boxes = structure.getDiagram().stream()
                .filter(box -> elements.stream().anyMatch(e -> e instanceof Component c
                        && withDescendants(c).contains(box.getElement())))
                .toList();
        CompoundCommand command = new CompoundCommand(Messages.Command_delete);
        if (!boxes.isEmpty()) {
            command.append(RemoveCommand.create(domain, structure, STPA.getControlStructure_Diagram(), boxes));
        }
        command.append(DeleteCommand.create(domain, List.copyOf(doomed)));
        return command;
    }

    /** A compound command whose affected object (what the editor selects after it) is {@code element}. */
    private static CompoundCommand affecting(String label, EObject element) {
        return new CompoundCommand(label) {
            @Override
            public Collection<?> getAffectedObjects() {
                return List.of(element);
            }
        };
    }

    private Command place(ControlStructure structure, Component component, Box box) {
        NodeLayout existing = structure.getDiagram().stream().filter(p -> p.getElement() == component).findFirst()
                .orElse(null);
        if (existing == null) {
            return AddCommand.create(domain, structure, STPA.getControlStructure_Diagram(), placement(component, box));
        }
        CompoundCommand command = new CompoundCommand();
        command.append(SetCommand.create(domain, existing, STPA.getNodeLayout_X(), (int) Math.round(box.x())));
        command.append(SetCommand.create(domain, existing, STPA.getNodeLayout_Y(), (int) Math.round(box.y())));
        command.append(SetCommand.create(domain, existing, STPA.getNodeLayout_Width(), (int) Math.round(box.width())));
        command.append(SetCommand.create(domain, existing, STPA.getNodeLayout_Height(), (int) Math.round(box.height())));
        return command;
    }

    private static NodeLayout placement(Component component, Box box) {
        NodeLayout placement = FACTORY.createNodeLayout();
        placement.setElement(component);
        placement.setX((int) Math.round(box.x()));
        placement.setY((int) Math.round(box.y()));
        placement.setWidth((int) Math.round(box.width()));
        placement.setHeight((int) Math.round(box.height()));
        return placement;
    }

    static List<Component> withDescendants(Component component) {
        List<Component> all = new ArrayList<>();
        all.add(component);
        for (TreeIterator<EObject> it = component.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Component child) {
                all.add(child);
            }
        }
        return all;
    }
}

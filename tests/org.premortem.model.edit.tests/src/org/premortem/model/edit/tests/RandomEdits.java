/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.model.edit.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.DisplayIdCounter;

/**
 * Random edits of the kinds the editor makes, built with the same EMF commands and item providers: setting
 * attributes (texts with odd characters, enum literals, numbers), setting, adding, removing and reordering
 * references, creating children from the item providers' descriptors, deleting, reordering, and moving or copying
 * by drag and drop. The model stays between half and twice its first size: beyond, creating and copying give way
 * to deleting; below, deleting gives way to creating.
 * Drop targets, reference values and edited elements are drawn from what the editor shows.
 */
final class RandomEdits {

    private static final List<String> TEXTS = List.of("", "Pump stops", "Ventil schließt zu spät", "\u63a7\u5236",
            "line one\nline two", "  padded  ", "<b>bold</b> & \"quoted\"", "\ud83d\udea8 alarm", "UCA-1",
            "x".repeat(300));
    private static final int MAX_ELEMENTS_AT_ONCE = 25;

    enum Kind {
        SET_ATTRIBUTE, SET_REFERENCE, CREATE_CHILD, DELETE, REORDER, DRAG_MOVE, DRAG_COPY, EDIT_VALUE_LIST
    }

    /** How often each kind is drawn: mostly edits of texts and links, as in an analyst's day. */
    private static final List<Kind> WEIGHTED_KINDS = List.of(Kind.SET_ATTRIBUTE, Kind.SET_ATTRIBUTE,
            Kind.SET_ATTRIBUTE, Kind.SET_REFERENCE, Kind.SET_REFERENCE, Kind.SET_REFERENCE, Kind.CREATE_CHILD,
            Kind.CREATE_CHILD, Kind.DELETE, Kind.REORDER, Kind.DRAG_MOVE, Kind.DRAG_COPY, Kind.EDIT_VALUE_LIST,
            Kind.EDIT_VALUE_LIST);

    private final EditingDomain domain;
    private final Analysis analysis;
    private final SplittableRandom random;
    private final int growthLimit;
    private final int shrinkLimit;

    RandomEdits(EditingDomain domain, Analysis analysis, SplittableRandom random) {
        this.domain = domain;
        this.analysis = analysis;
        this.random = random;
        this.growthLimit = 2 * objects().size();
        this.shrinkLimit = objects().size() / 2;
    }

    /** One drawn edit: its kind and the command that makes it. */
    record Edit(Kind kind, Command command) {
    }

    /** A random edit that can execute, or empty when this draw found none (the caller draws again). */
    Optional<Edit> next() {
        List<EObject> objects = objects();
        EObject target = pick(objects);
        Kind kind = pick(WEIGHTED_KINDS);
        if (objects.size() > growthLimit && (kind == Kind.CREATE_CHILD || kind == Kind.DRAG_COPY)) {
            kind = Kind.DELETE;
        } else if (objects.size() < shrinkLimit && kind == Kind.DELETE) {
            kind = Kind.CREATE_CHILD;
        }
        if (kind == Kind.SET_REFERENCE || kind == Kind.EDIT_VALUE_LIST) {
            // Few kinds of elements have references or value lists: draw among those, not among all.
            Kind drawn = kind;
            List<EObject> owners = objects.stream().filter(o -> !features(o, drawn).isEmpty()).toList();
            target = owners.isEmpty() ? target : pick(owners);
        }
        Command command = switch (kind) {
            case SET_ATTRIBUTE -> setAttribute(target);
            case SET_REFERENCE -> editReference(target, objects);
            case CREATE_CHILD -> createChild(target);
            case DELETE -> small(target) ? DeleteCommand.create(domain, List.of(target)) : null;
            case REORDER -> reorder(target);
            case DRAG_MOVE -> drag(target, pick(objects), DragAndDropFeedback.DROP_MOVE);
            case DRAG_COPY -> small(target) ? drag(target, pick(objects), DragAndDropFeedback.DROP_COPY) : null;
            case EDIT_VALUE_LIST -> editValueList(target);
        };
        if (command == null || !command.canExecute()) {
            if (command != null) {
                command.dispose();
            }
            return Optional.empty();
        }
        return Optional.of(new Edit(kind, command));
    }

    /**
     * What the editor lets an analyst edit: every element but the display-id counters, which are bookkeeping the
     * editor neither shows nor changes (only the id assigner moves them forward).
     */
    List<EObject> objects() {
        List<EObject> objects = new ArrayList<>();
        objects.add(analysis);
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof DisplayIdCounter) {
                it.prune();
            } else {
                objects.add(next);
            }
        }
        return objects;
    }

    private Command setAttribute(EObject target) {
        List<EAttribute> attributes = target.eClass().getEAllAttributes().stream()
                .filter(a -> a.isChangeable() && !a.isDerived() && !a.isTransient() && !a.isMany()
                        && !"id".equals(a.getName()))
                .toList();
        if (attributes.isEmpty()) {
            return null;
        }
        EAttribute attribute = pick(attributes);
        Object value;
        if (attribute.getEAttributeType() instanceof EEnum type) {
            value = pick(type.getELiterals()).getInstance();
        } else if (attribute.getEAttributeType().getInstanceClass() == int.class) {
            value = random.nextInt(-2, 6);
        } else if (attribute.getEAttributeType().getInstanceClass() == String.class) {
            value = random.nextInt(20) == 0 ? null : pick(TEXTS);
        } else {
            return null;
        }
        return SetCommand.create(domain, target, attribute, value);
    }

    /** The references an edit of this kind can change, or the value lists. */
    private static List<? extends EStructuralFeature> features(EObject target, Kind kind) {
        if (kind == Kind.SET_REFERENCE) {
            return target.eClass().getEAllReferences().stream()
                    .filter(r -> r.isChangeable() && !r.isDerived() && !r.isContainment() && !r.isContainer())
                    .toList();
        }
        return target.eClass().getEAllAttributes().stream()
                .filter(a -> a.isChangeable() && a.isMany() && a.getEAttributeType().getInstanceClass() == String.class)
                .toList();
    }

    private Command editReference(EObject target, List<EObject> objects) {
        List<? extends EStructuralFeature> references = features(target, Kind.SET_REFERENCE);
        if (references.isEmpty()) {
            return null;
        }
        EReference reference = (EReference) pick(references);
        List<EObject> candidates = objects.stream().filter(reference.getEReferenceType()::isInstance).toList();
        if (!reference.isMany()) {
            Object value = candidates.isEmpty() || random.nextInt(5) == 0 ? null : pick(candidates);
            return SetCommand.create(domain, target, reference, value);
        }
        return editList(target, reference, candidates.isEmpty() ? null : pick(candidates));
    }

    private Command editValueList(EObject target) {
        List<? extends EStructuralFeature> lists = features(target, Kind.EDIT_VALUE_LIST);
        return lists.isEmpty() ? null : editList(target, pick(lists), pick(TEXTS));
    }

    /** Adds {@code candidate} to a list feature, or removes or moves one of its entries. */
    private Command editList(EObject target, EStructuralFeature feature, Object candidate) {
        List<?> values = (List<?>) target.eGet(feature);
        int choice = random.nextInt(3);
        if (choice == 0 || values.isEmpty()) {
            return candidate == null ? null
                    : AddCommand.create(domain, target, feature, candidate, random.nextInt(values.size() + 1));
        }
        Object entry = pick(values);
        return choice == 1 ? RemoveCommand.create(domain, target, feature, entry)
                : MoveCommand.create(domain, target, feature, entry, random.nextInt(values.size()));
    }

    private Command createChild(EObject target) {
        List<?> descriptors = new ArrayList<>(domain.getNewChildDescriptors(target, null));
        if (descriptors.isEmpty() || !(pick(descriptors) instanceof CommandParameter descriptor)) {
            return null;
        }
        return CreateChildCommand.create(domain, target, descriptor, List.of(target));
    }

    private Command reorder(EObject target) {
        EObject container = target.eContainer();
        EReference feature = target.eContainmentFeature();
        if (container == null || !feature.isMany()) {
            return null;
        }
        int size = ((List<?>) container.eGet(feature)).size();
        return MoveCommand.create(domain, container, feature, target, random.nextInt(size));
    }

    /**
     * What the tree's drag and drop does: before, on or after the drop target, moving or copying. Only the drawn
     * operation is allowed: with both, EMF falls back from an impossible move to a copy, and copies of whole
     * structures would swamp the model.
     */
    private Command drag(EObject dragged, EObject dropTarget, int operation) {
        float location = new float[] { 0.1f, 0.5f, 0.9f }[random.nextInt(3)];
        return DragAndDropCommand.create(domain, dropTarget, location, operation, operation, List.of(dragged));
    }

    /** Whether an element is small enough to copy or delete in one go: a whole structure would swamp the model. */
    private boolean small(EObject target) {
        if (target == analysis) {
            return false;
        }
        int size = 0;
        for (TreeIterator<EObject> it = target.eAllContents(); it.hasNext() && size <= MAX_ELEMENTS_AT_ONCE; it.next()) {
            size++;
        }
        return size <= MAX_ELEMENTS_AT_ONCE;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.premortem.core.ids.IdSource;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * Generates random edits of an analysis, each valid on the analysis as the earlier ones left it, and applies them:
 * text changes, links and unlinks of list references, new UCAs and hazards, deletes of UCAs, scenarios,
 * requirements and hazards.
 */
final class RandomEdits {

    private static final String[] WORDS = { "plan", "Enactor", "stale", "Route53", "UCA-14", "H-3", "late", "again" };

    private final Random random;
    private final IdSource ids;
    /** Links and unlinks already made: a sequence touches each link once, so no edit undoes an earlier one. */
    private final java.util.Set<String> touchedLinks = new java.util.HashSet<>();

    RandomEdits(long seed) {
        this.random = new Random(seed);
        this.ids = IdSource.seeded(seed);
    }

    /** Makes {@code count} edits on {@code analysis} and returns them. */
    List<ModelEdit> edit(Analysis analysis, int count) {
        List<ModelEdit> edits = new ArrayList<>();
        while (edits.size() < count) {
            ModelEdit edit = next(analysis);
            if (edit != null) {
                edit.apply(analysis);
                edits.add(edit);
            }
        }
        return edits;
    }

    private ModelEdit next(Analysis analysis) {
        List<IdentifiedElement> elements = new ArrayList<>();
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element) {
                elements.add(element);
            }
        }
        IdentifiedElement element = elements.get(random.nextInt(elements.size()));
        return switch (random.nextInt(7)) {
            case 0, 1 -> setText(element);
            case 2 -> link(element, elements);
            case 3 -> unlink(element);
            case 4 -> addUca(analysis);
            case 5 -> new ModelEdit.AddHazard(ids.nextId(), sentence());
            default -> element instanceof UnsafeControlAction || element instanceof LossScenario
                    || element instanceof Requirement || element instanceof Hazard
                            ? new ModelEdit.Delete(element.getId()) : null;
        };
    }

    private ModelEdit setText(IdentifiedElement element) {
        List<EAttribute> texts = element.eClass().getEAllAttributes().stream()
                .filter(attribute -> attribute.getEAttributeType() == EcorePackage.Literals.ESTRING
                        && attribute.isChangeable() && !attribute.isDerived() && !attribute.isMany()
                        && !List.of("id", "displayId", "formatVersion").contains(attribute.getName()))
                .toList();
        if (texts.isEmpty()) {
            return null;
        }
        return new ModelEdit.SetText(element.getId(), texts.get(random.nextInt(texts.size())).getName(), sentence());
    }

    private ModelEdit link(IdentifiedElement element, List<IdentifiedElement> elements) {
        List<EReference> lists = listReferences(element);
        if (lists.isEmpty()) {
            return null;
        }
        EReference reference = lists.get(random.nextInt(lists.size()));
        List<?> linked = (List<?>) element.eGet(reference);
        // only a target not linked yet: a link that changes nothing would, replayed after the other branch, change
        // something, and the oracle would expect more than the branch did
        List<IdentifiedElement> targets = elements.stream()
                .filter(candidate -> reference.getEReferenceType().isInstance(candidate) && !linked.contains(candidate))
                .toList();
        if (targets.isEmpty()) {
            return null;
        }
        String target = targets.get(random.nextInt(targets.size())).getId();
        return touchedLinks.add(element.getId() + " " + reference.getName() + " " + target)
                ? new ModelEdit.Link(element.getId(), reference.getName(), target) : null;
    }

    private ModelEdit unlink(IdentifiedElement element) {
        List<EReference> lists = listReferences(element);
        if (lists.isEmpty()) {
            return null;
        }
        EReference reference = lists.get(random.nextInt(lists.size()));
        @SuppressWarnings("unchecked")
        List<IdentifiedElement> linked = (List<IdentifiedElement>) element.eGet(reference);
        if (linked.isEmpty()) {
            return null;
        }
        String target = linked.get(random.nextInt(linked.size())).getId();
        return touchedLinks.add(element.getId() + " " + reference.getName() + " " + target)
                ? new ModelEdit.Unlink(element.getId(), reference.getName(), target) : null;
    }

    private ModelEdit addUca(Analysis analysis) {
        List<ControlAction> actions = new ArrayList<>();
        analysis.getControlStructures().forEach(structure -> structure.getConnections().forEach(connection -> {
            if (connection instanceof ControlAction action) {
                actions.add(action);
            }
        }));
        if (actions.isEmpty() || analysis.getHazards().isEmpty()) {
            return null;
        }
        return new ModelEdit.AddUca(ids.nextId(), actions.get(random.nextInt(actions.size())).getId(),
                analysis.getHazards().get(random.nextInt(analysis.getHazards().size())).getId(), sentence());
    }

    private static List<EReference> listReferences(IdentifiedElement element) {
        List<EReference> lists = new ArrayList<>();
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature instanceof EReference reference && !reference.isContainment() && reference.isMany()
                    && reference.isChangeable() && !reference.isDerived()) {
                lists.add(reference);
            }
        }
        return lists;
    }

    private String sentence() {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(4); i < n; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}

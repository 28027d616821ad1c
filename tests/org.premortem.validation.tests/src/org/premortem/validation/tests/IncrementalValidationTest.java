/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.core.validation.AnalysisIndex;
import org.premortem.core.validation.EditRecorder;
import org.premortem.core.validation.EditedElements;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.IndexUpdater;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaPackage;

/**
 * Revalidating only what an edit affected gives the findings a full validation gives: after every edit of a random
 * sequence (texts and display ids set, emptied or duplicated; links made and dropped; elements added, deleted, moved
 * within their list or into another container with all they contain; features unset; the edit before undone or
 * redone), the index the edits kept current answers every question as an index built afresh does, and the findings
 * kept from before for the unaffected elements plus the affected elements' new findings equal a full run's, finding
 * for finding.
 */
class IncrementalValidationTest {

    private static final Path EXAMPLE = Path.of("..", "..", "bundles", "org.premortem.examples", "projects",
            "dynamodb-dns", "dynamodb-dns.premortem");
    private static final String[] WORDS = { "", "plan", "H-1", "UCA-3", "Route53", "the Enactor provides" };

    private final Validator validator = new Validator(BuiltinRules.registry(), ValidationSettings.defaults());

    @Test
    void incrementalFindingsEqualAFullRunAfterEveryRandomEdit() throws Exception {
        followRandomEdits(element -> true);
    }

    /** Edits of the structure alone, so that connections are added, moved, reordered and rewired often. */
    @Test
    void theIndexFollowsRandomEditsOfTheControlStructure() throws Exception {
        followRandomEdits(element -> element instanceof ControlStructure || element instanceof Component
                || element instanceof Connection);
    }

    /**
     * 480 random edits of elements that {@code editable} accepts (links and moves may reach any other element); after
     * each, the index kept by the edits is compared with a fresh one, and the incremental findings with a full run's.
     */
    private void followRandomEdits(Predicate<IdentifiedElement> editable) throws Exception {
        for (long seed = 1; seed <= 12; seed++) {
            Analysis analysis = AnalysisStore.load(EXAMPLE);
            EditRecorder recorder = EditRecorder.install(analysis);
            IndexUpdater updater = IndexUpdater.install(analysis);
            Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<String> displayIds = new HashSet<>(List.of(WORDS));
            List<String> findings = texts(validator.validate(analysis));
            Random random = new Random(seed);
            ChangeDescription last = null;
            for (int step = 0; step < 40; step++) {
                remember(analysis, seen, displayIds);
                String edit;
                if (last != null && random.nextInt(6) == 0) {
                    last.applyAndReverse(); // now it describes the way back
                    edit = "undo or redo of the edit before";
                } else {
                    ChangeRecorder changes = new ChangeRecorder(analysis);
                    edit = edit(analysis, random, editable);
                    last = changes.endRecording();
                    changes.dispose();
                }
                remember(analysis, seen, displayIds);
                String context = "seed " + seed + ", step " + step + ": " + edit;
                AnalysisIndex index = updater.index();
                IndexComparison.assertAgree(new AnalysisIndex(analysis), index, seen, displayIds, context);
                EditedElements edited = EditedElements.of(analysis, recorder.drain(), index);
                List<String> incremental = new ArrayList<>();
                for (String finding : findings) {
                    String elementId = finding.substring(0, finding.indexOf(' '));
                    if (!edited.removedIds().contains(elementId)
                            && edited.affected().stream().noneMatch(e -> elementId.equals(e.getId()))) {
                        incremental.add(finding);
                    }
                }
                incremental.addAll(texts(validator.validate(edited.affected(), index)));
                List<String> full = texts(validator.validate(analysis));
                List<String> missing = new ArrayList<>(full);
                incremental.forEach(missing::remove);
                List<String> extra = new ArrayList<>(incremental);
                full.forEach(extra::remove);
                assertEquals(sorted(full), sorted(incremental), context + "\nmissing: " + missing + "\nextra: " + extra);
                findings = full;
            }
        }
    }

    /** Every object of the analysis now, and every display id, added to those seen before (removed ones stay). */
    private static void remember(Analysis analysis, Set<EObject> seen, Set<String> displayIds) {
        seen.add(analysis);
        analysis.eAllContents().forEachRemaining(seen::add);
        for (EObject object : seen) {
            if (object instanceof IdentifiedElement element && element.getDisplayId() != null) {
                displayIds.add(element.getDisplayId());
            }
        }
    }

    @Test
    void anEditOfALargeAnalysisAffectsAFewOfItsElements() throws Exception {
        Analysis analysis = SyntheticAnalysis.generate(2_000, 7);
        EditRecorder recorder = EditRecorder.install(analysis);
        analysis.getUnsafeControlActions().get(1_000).setText("Controller provides the action too late");
        EditedElements edited = EditedElements.of(analysis, recorder.drain(), new AnalysisIndex(analysis));
        int elements = 1;
        for (var it = analysis.eAllContents(); it.hasNext();) {
            elements += it.next() instanceof IdentifiedElement ? 1 : 0;
        }
        assertTrue(edited.affected().size() * 100 < elements, edited.affected().size() + " of " + elements);
    }

    /** One random edit; says what it did. */
    private static String edit(Analysis analysis, Random random, Predicate<IdentifiedElement> editable) {
        List<IdentifiedElement> elements = new ArrayList<>();
        analysis.eAllContents().forEachRemaining(o -> {
            if (o instanceof IdentifiedElement e) {
                elements.add(e);
            }
        });
        List<IdentifiedElement> candidates = elements.stream().filter(editable).toList();
        if (candidates.isEmpty()) {
            return "nothing";
        }
        IdentifiedElement element = candidates.get(random.nextInt(candidates.size()));
        switch (random.nextInt(10)) {
        case 0 -> {
            List<EAttribute> texts = element.eClass().getEAllAttributes().stream()
                    .filter(a -> a.getEAttributeType() == EcorePackage.Literals.ESTRING && a.isChangeable()
                            && !a.isMany() && a != StpaPackage.Literals.IDENTIFIED_ELEMENT__ID)
                    .toList();
            if (texts.isEmpty()) {
                return "nothing";
            }
            EAttribute attribute = texts.get(random.nextInt(texts.size()));
            String value = attribute == StpaPackage.Literals.IDENTIFIED_ELEMENT__DISPLAY_ID
                    ? elements.get(random.nextInt(elements.size())).getDisplayId()
                    : WORDS[random.nextInt(WORDS.length)];
            element.eSet(attribute, value);
            return "set " + attribute.getName() + " of " + element.getId() + " to '" + value + "'";
        }
        case 1, 2 -> {
            List<EReference> references = element.eClass().getEAllReferences().stream()
                    .filter(r -> !r.isContainment() && !r.isContainer() && r.isChangeable() && !r.isDerived())
                    .toList();
            if (references.isEmpty()) {
                return "nothing";
            }
            EReference reference = references.get(random.nextInt(references.size()));
            List<IdentifiedElement> targets = elements.stream().filter(reference.getEReferenceType()::isInstance)
                    .toList();
            IdentifiedElement target = targets.isEmpty() ? null : targets.get(random.nextInt(targets.size()));
            if (reference.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> list = (EList<EObject>) element.eGet(reference);
                if (!list.isEmpty() && random.nextBoolean()) {
                    EObject dropped = list.remove(random.nextInt(list.size()));
                    return "unlink " + reference.getName() + " of " + element.getId() + " from " + dropped;
                }
                if (target != null && !list.contains(target)) {
                    list.add(target);
                }
            } else {
                element.eSet(reference, random.nextInt(4) == 0 ? null : target);
            }
            return "link " + reference.getName() + " of " + element.getId() + " to " + (target == null ? "" : target.getId());
        }
        case 3 -> {
            if (element == analysis) {
                return "nothing";
            }
            EcoreUtil.delete(element, true);
            return "delete " + element.getId();
        }
        case 6 -> {
            return move(element, random);
        }
        case 7 -> {
            return unset(element, random);
        }
        case 8 -> {
            return reparent(analysis, element, elements, random);
        }
        default -> {
            List<EReference> containments = element.eClass().getEAllContainments().stream()
                    .filter(r -> r.isMany() && StpaPackage.Literals.IDENTIFIED_ELEMENT.isSuperTypeOf(r.getEReferenceType())
                            && !r.getEReferenceType().isAbstract())
                    .toList();
            if (containments.isEmpty()) {
                return "nothing";
            }
            EReference containment = containments.get(random.nextInt(containments.size()));
            EClass kind = containment.getEReferenceType();
            IdentifiedElement added = (IdentifiedElement) EcoreUtil.create(kind);
            added.setId("_random_" + random.nextInt(1_000_000));
            if (random.nextBoolean()) {
                added.setDisplayId(elements.get(random.nextInt(elements.size())).getDisplayId());
            }
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) element.eGet(containment);
            if (random.nextBoolean()) {
                list.add(added);
                return "add a " + kind.getName() + " to " + containment.getName() + " of " + element.getId();
            }
            if (!list.isEmpty() && random.nextBoolean()) {
                List<EObject> several = new ArrayList<>(list.subList(0, Math.min(list.size(), 1 + random.nextInt(3))));
                list.removeAll(several);
                return "remove " + several.size() + " of " + containment.getName() + " of " + element.getId();
            }
            IdentifiedElement second = (IdentifiedElement) EcoreUtil.create(kind);
            second.setId("_random_" + random.nextInt(1_000_000));
            second.setDisplayId(added.getDisplayId());
            list.addAll(random.nextInt(list.size() + 1), List.of(added, second));
            return "add two " + kind.getName() + "s to " + containment.getName() + " of " + element.getId();
        }
        }
    }

    /** Moves an entry of one of the element's lists, contents or links, to another place in it. */
    private static String move(IdentifiedElement element, Random random) {
        List<EReference> lists = element.eClass().getEAllReferences().stream()
                .filter(r -> r.isMany() && r.isChangeable() && !r.isDerived() && ((List<?>) element.eGet(r)).size() > 1)
                .toList();
        if (lists.isEmpty()) {
            return "nothing";
        }
        EReference reference = lists.get(random.nextInt(lists.size()));
        @SuppressWarnings("unchecked")
        EList<EObject> list = (EList<EObject>) element.eGet(reference);
        int from = random.nextInt(list.size());
        int to = random.nextInt(list.size());
        list.move(to, from);
        return "move " + reference.getName() + " of " + element.getId() + " from " + from + " to " + to;
    }

    /** Unsets one feature of the element: a text, a link, or its contents (whole subtrees go). */
    private static String unset(IdentifiedElement element, Random random) {
        List<EStructuralFeature> features = element.eClass().getEAllStructuralFeatures().stream()
                .filter(f -> f.isChangeable() && !f.isDerived() && f != StpaPackage.Literals.IDENTIFIED_ELEMENT__ID
                        && !(f instanceof EReference r && r.isContainer()))
                .toList();
        EStructuralFeature feature = features.get(random.nextInt(features.size()));
        element.eUnset(feature);
        return "unset " + feature.getName() + " of " + element.getId();
    }

    /** Moves the element, with all it contains, into another container that can hold it. */
    private static String reparent(Analysis analysis, IdentifiedElement element, List<IdentifiedElement> elements,
            Random random) {
        if (element == analysis) {
            return "nothing";
        }
        List<Map.Entry<IdentifiedElement, EReference>> places = new ArrayList<>();
        for (IdentifiedElement container : elements) {
            if (container == element || EcoreUtil.isAncestor(element, container)) {
                continue;
            }
            for (EReference containment : container.eClass().getEAllContainments()) {
                if (containment.isChangeable() && containment.getEReferenceType().isInstance(element)
                        && !(container == element.eContainer() && containment == element.eContainmentFeature())) {
                    places.add(Map.entry(container, containment));
                }
            }
        }
        if (places.isEmpty()) {
            return "nothing";
        }
        Map.Entry<IdentifiedElement, EReference> place = places.get(random.nextInt(places.size()));
        if (place.getValue().isMany()) {
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) place.getKey().eGet(place.getValue());
            list.add(random.nextInt(list.size() + 1), element);
        } else {
            place.getKey().eSet(place.getValue(), element);
        }
        return "move " + element.getId() + " into " + place.getValue().getName() + " of " + place.getKey().getId();
    }

    private static List<String> texts(List<Finding> findings) {
        return findings.stream().map(f -> f.elementId() + " " + f.ruleId() + " " + f.severity() + " " + f.message())
                .toList();
    }

    private static List<String> sorted(List<String> findings) {
        return findings.stream().sorted().collect(Collectors.toList());
    }
}

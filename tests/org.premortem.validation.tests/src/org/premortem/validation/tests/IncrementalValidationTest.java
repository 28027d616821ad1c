/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.core.validation.AnalysisIndex;
import org.premortem.core.validation.EditRecorder;
import org.premortem.core.validation.EditedElements;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.ValidationSettings;
import org.premortem.core.validation.Validator;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaPackage;

/**
 * Revalidating only what an edit affected gives the findings a full validation gives: after every edit of a random
 * sequence (texts and display ids set, emptied or duplicated; links made and dropped; elements added and deleted),
 * the findings kept from before for the unaffected elements plus the affected elements' new findings equal a full
 * run's, finding for finding.
 */
class IncrementalValidationTest {

    private static final Path EXAMPLE = Path.of("..", "..", "bundles", "org.premortem.examples", "projects",
            "dynamodb-dns", "dynamodb-dns.premortem");
    private static final String[] WORDS = { "", "plan", "H-1", "UCA-3", "Route53", "the Enactor provides" };

    private final Validator validator = new Validator(BuiltinRules.registry(), ValidationSettings.defaults());

    @Test
    void incrementalFindingsEqualAFullRunAfterEveryRandomEdit() throws Exception {
        for (long seed = 1; seed <= 12; seed++) {
            Analysis analysis = AnalysisStore.load(EXAMPLE);
            EditRecorder recorder = EditRecorder.install(analysis);
            List<String> findings = texts(validator.validate(analysis));
            Random random = new Random(seed);
            for (int step = 0; step < 40; step++) {
                String edit = edit(analysis, random);
                AnalysisIndex index = new AnalysisIndex(analysis);
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
                assertEquals(sorted(full), sorted(incremental), "seed " + seed + ", step " + step + ": " + edit
                        + "\nmissing: " + missing + "\nextra: " + extra);
                findings = full;
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
    private static String edit(Analysis analysis, Random random) {
        List<IdentifiedElement> elements = new ArrayList<>();
        analysis.eAllContents().forEachRemaining(o -> {
            if (o instanceof IdentifiedElement e) {
                elements.add(e);
            }
        });
        IdentifiedElement element = elements.get(random.nextInt(elements.size()));
        switch (random.nextInt(6)) {
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
            list.add(added);
            return "add a " + kind.getName() + " to " + containment.getName() + " of " + element.getId();
        }
        }
    }

    private static List<String> texts(List<Finding> findings) {
        return findings.stream().map(f -> f.elementId() + " " + f.ruleId() + " " + f.severity() + " " + f.message())
                .toList();
    }

    private static List<String> sorted(List<String> findings) {
        return findings.stream().sorted().collect(Collectors.toList());
    }
}

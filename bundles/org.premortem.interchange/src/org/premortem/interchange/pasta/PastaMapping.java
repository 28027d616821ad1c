/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.premortem.core.ids.IdAssigner;
import org.premortem.core.ids.IdSource;
import org.premortem.core.interchange.ImportException;
import org.premortem.core.interchange.ImportNotice;
import org.premortem.core.persistence.FormatVersion;
import org.premortem.interchange.pasta.PastaAst.ActionUcas;
import org.premortem.interchange.pasta.PastaAst.Linked;
import org.premortem.interchange.pasta.PastaAst.Model;
import org.premortem.interchange.pasta.PastaAst.Name;
import org.premortem.interchange.pasta.PastaAst.Plain;
import org.premortem.interchange.pasta.PastaAst.Refined;
import org.premortem.interchange.pasta.PastaAst.Responsibilities;
import org.premortem.interchange.pasta.PastaAst.Responsibility;
import org.premortem.interchange.pasta.PastaAst.Rule;
import org.premortem.interchange.pasta.PastaAst.Scenario;
import org.premortem.interchange.pasta.PastaAst.Uca;
import org.premortem.interchange.pasta.PastaAst.UcaGroup;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Assumption;
import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControllerConstraint;
import org.premortem.model.stpa.Goal;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * Turns a parsed PASTA file into a Premortem analysis, section by section, resolving every reference. What has no
 * place in Premortem is kept in {@link PastaNotes} and listed as a notice; references to nothing are errors.
 */
final class PastaMapping {

    private static final StpaFactory STPA = StpaFactory.eINSTANCE;

    private final Path file;
    private final List<ImportNotice> errors = new ArrayList<>();
    private final List<ImportNotice> notices = new ArrayList<>();
    private final PastaNotes notes;
    private final PastaIds ids;
    private final PastaScope<Loss> losses;
    private final PastaScope<Hazard> hazards;
    private final PastaScope<SystemConstraint> constraints;
    private final PastaScope<UnsafeControlAction> ucas;
    private final PastaScope<LossScenario> scenarios;
    private final StructureMapping structure;

    PastaMapping(Path file) {
        this.file = file;
        notes = new PastaNotes(file);
        ids = new PastaIds(notes);
        losses = new PastaScope<>(Messages.get("kind.loss"), file, errors);
        hazards = new PastaScope<>(Messages.get("kind.hazard"), file, errors);
        constraints = new PastaScope<>(Messages.get("kind.systemConstraint"), file, errors);
        ucas = new PastaScope<>(Messages.get("kind.uca"), file, errors);
        scenarios = new PastaScope<>(Messages.get("kind.lossScenario"), file, errors);
        structure = new StructureMapping(file, errors, notes, ids);
    }

    /** The analysis, named after the file; the notices go to {@link #notices()}. */
    Analysis map(Model model, IdSource idSource) throws ImportException {
        Analysis analysis = STPA.createAnalysis();
        analysis.setFormatVersion(FormatVersion.CURRENT);
        String fileName = file.getFileName().toString();
        analysis.setName(fileName.endsWith(".stpa") ? fileName.substring(0, fileName.length() - 5) : fileName);
        for (Plain goal : model.goals()) {
            Goal element = STPA.createGoal();
            element.setText(goal.description());
            analysis.getGoals().add(identified(element, "G", goal.name()));
        }
        for (Plain assumption : model.assumptions()) {
            Assumption element = STPA.createAssumption();
            element.setText(assumption.description());
            analysis.getAssumptions().add(identified(element, "A", assumption.name()));
        }
        for (Plain loss : model.losses()) {
            Loss element = STPA.createLoss();
            element.setText(loss.description());
            losses.define(loss.name(), element);
            analysis.getLosses().add(identified(element, "L", loss.name()));
        }
        hazards(model.hazards(), analysis.getHazards(), null);
        constraints(model.constraints(), analysis.getSystemConstraints(), null);
        model.structure().ifPresent(graph -> analysis.getControlStructures().add(structure.map(graph)));
        model.responsibilities().forEach(this::responsibilities);
        model.ucas().forEach(actionUcas -> ucas(analysis, actionUcas));
        ContextTableMapping tables = new ContextTableMapping(structure, hazards, ucas, notes, ids);
        for (Rule rule : model.rules()) {
            tables.map(analysis, rule);
        }
        for (Rule rule : model.dcas()) {
            tables.map(analysis, rule);
        }
        for (Linked constraint : model.controllerConstraints()) {
            ControllerConstraint element = STPA.createControllerConstraint();
            element.setText(constraint.description());
            element.getUnsafeControlActions().addAll(ucas.resolveAll(constraint.refs()));
            analysis.getControllerConstraints().add(identified(element, "C", constraint.name()));
        }
        model.scenarios().forEach(scenario -> scenario(analysis, scenario));
        model.requirements().forEach(requirement -> requirement(analysis, requirement));
        if (!errors.isEmpty()) {
            throw new ImportException(errors);
        }
        new IdAssigner(analysis, idSource).assignMissing();
        notes.writeInto(analysis, Messages.get("mapping.imported", fileName));
        notices.addAll(notes.notices());
        if (ids.keptCount() > 0) {
            notices.add(new ImportNotice(file.toString(), Messages.get("mapping.idsKept", ids.keptCount())));
        }
        return analysis;
    }

    List<ImportNotice> notices() {
        return notices;
    }

    private <T extends IdentifiedElement> T identified(T element, String prefix, Name name) {
        ids.identify(element, prefix, name.text());
        return element;
    }

    private void hazards(List<Refined> list, EList<Hazard> into, Hazard parent) {
        for (Refined hazard : list) {
            Hazard element = STPA.createHazard();
            element.setText(hazard.description());
            element.getLosses().addAll(losses.resolveAll(hazard.refs()));
            into.add(element);
            identify(element, parent, "H", hazard.name());
            hazards.define(hazard.name(), element);
            headers(element, hazard);
            hazards(hazard.children(), element.getSubHazards(), element);
        }
    }

    private void constraints(List<Refined> list, EList<SystemConstraint> into, SystemConstraint parent) {
        for (Refined constraint : list) {
            SystemConstraint element = STPA.createSystemConstraint();
            element.setText(constraint.description());
            element.getHazards().addAll(hazards.resolveAll(constraint.refs()));
            into.add(element);
            identify(element, parent, "SC", constraint.name());
            constraints.define(constraint.name(), element);
            headers(element, constraint);
            constraints(constraint.children(), element.getSubConstraints(), element);
        }
    }

    private void identify(IdentifiedElement element, IdentifiedElement parent, String prefix, Name name) {
        if (parent == null) {
            ids.identify(element, prefix, name.text());
        } else {
            ids.identifyRefinement(element, parent, prefix, name.text());
        }
    }

    /** Headers group refinements in PASTA's editor; Premortem has no groups, so they are notes. */
    private void headers(IdentifiedElement element, Refined refined) {
        for (String header : refined.headers()) {
            notes.keep(element, "header", header, refined.name(),
                    Messages.get("note.header", header, refined.name().text()));
        }
    }

    private void responsibilities(Responsibilities forSystem) {
        Optional<Component> component = structure.nodes().resolve(forSystem.system());
        for (Responsibility responsibility : forSystem.responsibilities()) {
            org.premortem.model.stpa.Responsibility element = STPA.createResponsibility();
            element.setText(responsibility.description());
            element.getSystemConstraints().addAll(constraints.resolveAll(responsibility.constraints()));
            component.ifPresent(c -> c.getResponsibilities().add(element));
            ids.identify(element, "R", responsibility.name().text());
        }
    }

    private void ucas(Analysis analysis, ActionUcas actionUcas) {
        Optional<Component> controller = structure.nodes().resolve(actionUcas.system());
        Optional<ControlAction> action = controller.flatMap(c -> structure.action(c, actionUcas.system().text(),
                actionUcas.action()));
        UcaGroup[] groups = UcaGroup.values();
        for (int i = 0; i < groups.length; i++) {
            for (Uca uca : actionUcas.groups().get(i)) {
                UnsafeControlAction element = STPA.createUnsafeControlAction();
                element.setText(uca.description());
                element.setType(PastaUcaTypes.ofGroup(groups[i], uca.description()));
                controller.ifPresent(element::setSource);
                action.ifPresent(element::setControlAction);
                element.getHazards().addAll(hazards.resolveAll(uca.hazards()));
                analysis.getUnsafeControlActions().add(identified(element, "UCA", uca.name()));
                ucas.define(uca.name(), element);
            }
        }
    }

    private void scenario(Analysis analysis, Scenario scenario) {
        LossScenario element = STPA.createLossScenario();
        element.setText(scenario.description());
        scenario.factor().flatMap(keyword -> CausalFactors.of(keyword.text())).ifPresent(factor -> {
            CausalFactor causalFactor = STPA.createCausalFactor();
            causalFactor.setKind(factor.kind());
            causalFactor.setText(factor.text());
            element.getCausalFactors().add(causalFactor);
            element.setScenarioClass(factor.scenarioClass());
        });
        scenario.uca().flatMap(ucas::resolve).ifPresent(uca -> {
            element.setUnsafeControlAction(uca);
            element.setControlAction(uca.getControlAction());
        });
        element.getHazards().addAll(hazards.resolveAll(scenario.hazards()));
        analysis.getLossScenarios().add(identified(element, "LS", scenario.name()));
        scenarios.define(scenario.name(), element);
    }

    /** A safety requirement refers to loss scenarios, hazards or UCAs by name, looked up in that order. */
    private void requirement(Analysis analysis, Linked requirement) {
        Requirement element = STPA.createRequirement();
        element.setText(requirement.description());
        for (Name ref : requirement.refs()) {
            Optional<LossScenario> scenario = scenarios.find(ref.text());
            Optional<Hazard> hazard = hazards.find(ref.text());
            Optional<UnsafeControlAction> uca = ucas.find(ref.text());
            if (scenario.isPresent()) {
                element.getLossScenarios().add(scenario.get());
            } else if (hazard.isPresent()) {
                element.getHazards().add(hazard.get());
            } else if (uca.isPresent()) {
                element.getUnsafeControlActions().add(uca.get());
            } else {
                errors.add(ImportNotice.at(file, ref.line(), ref.column(),
                        Messages.get("mapping.unknownRequirementRef", ref.text())));
            }
        }
        analysis.getRequirements().add(identified(element, "REQ", requirement.name()));
    }
}

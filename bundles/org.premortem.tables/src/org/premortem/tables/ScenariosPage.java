/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.StpaPackage;

/**
 * Page "Scenarios" of the editor: the loss scenarios table (id, UCA, class, causal factors, text, requirements)
 * above the requirements table (id, text, rationale, UCAs, scenarios, hazards). Texts are edited in place; Add and
 * Delete are commands on the editor's stack.
 */
public final class ScenariosPage {

    private static final StpaPackage STPA = StpaPackage.eINSTANCE;

    private final Analysis analysis;
    private final EditingDomain domain;
    private final TableCommands commands;
    private final PageSelection selection = new PageSelection();
    private final SashForm control;
    private final ElementTable<LossScenario> scenarios;
    private final ElementTable<Requirement> requirements;

    public ScenariosPage(Composite parent, Analysis analysis, EditingDomain domain) {
        this.analysis = Objects.requireNonNull(analysis);
        this.domain = Objects.requireNonNull(domain);
        this.commands = new TableCommands(domain, analysis);
        control = new SashForm(parent, SWT.VERTICAL);
        scenarios = new ElementSection<LossScenario>(control, Messages.Scenarios_title,
                section -> new ElementTable<>(section, analysis, domain, analysis::getLossScenarios,
                        scenarioColumns()), this::addScenario, this::delete).table();
        requirements = new ElementSection<Requirement>(control, Messages.Requirements_title,
                section -> new ElementTable<>(section, analysis, domain, analysis::getRequirements,
                        requirementColumns()), this::addRequirement, this::delete).table();
        scenarios.onSelection(() -> selection.set(scenarios.selectedElements()));
        requirements.onSelection(() -> selection.set(requirements.selectedElements()));
    }

    private List<ElementColumn<LossScenario>> scenarioColumns() {
        return List.of(ElementColumn.shown(Messages.Column_id, 60, LossScenario::getDisplayId),
                ElementColumn.shown(Messages.Column_uca, 70,
                        s -> s.getUnsafeControlAction() == null ? "" : s.getUnsafeControlAction().getDisplayId()),
                ElementColumn.shown(Messages.Column_class, 150, s -> s.getScenarioClass() == null ? ""
                        : s.getScenarioClass().getName().toLowerCase(Locale.ROOT).replace('_', ' ')),
                ElementColumn.shown(Messages.Column_causalFactors, 240, s -> s.getCausalFactors().stream()
                        .map(ScenariosPage::factorText).collect(Collectors.joining("\n"))),
                ElementColumn.edited(Messages.Column_text, 420, STPA.getLossScenario_Text()),
                ElementColumn.shown(Messages.Column_requirements, 110, s -> ElementColumn.ids(analysis
                        .getRequirements().stream().filter(r -> r.getLossScenarios().contains(s)).toList())));
    }

    private List<ElementColumn<Requirement>> requirementColumns() {
        return List.of(ElementColumn.shown(Messages.Column_id, 60, Requirement::getDisplayId),
                ElementColumn.edited(Messages.Column_requirement, 380, STPA.getRequirement_Text()),
                ElementColumn.edited(Messages.Column_rationale, 260, STPA.getRequirement_Rationale()),
                ElementColumn.shown(Messages.Column_ucas, 110, r -> ElementColumn.ids(r.getUnsafeControlActions())),
                ElementColumn.shown(Messages.Column_scenarios, 110, r -> ElementColumn.ids(r.getLossScenarios())),
                ElementColumn.shown(Messages.Column_hazards, 90, r -> ElementColumn.ids(r.getHazards())));
    }

    private static String factorText(CausalFactor factor) {
        String kind = factor.getKind() == null ? "" : factor.getKind().getName().toLowerCase(Locale.ROOT).replace('_', ' ');
        return factor.getText() == null || factor.getText().isBlank() ? kind : kind + ": " + factor.getText();
    }

    public Control control() {
        return control;
    }

    /** The elements of the selected row, for Outline and Properties. */
    public ISelectionProvider selectionProvider() {
        return selection;
    }

    public ElementTable<LossScenario> scenarios() {
        return scenarios;
    }

    public ElementTable<Requirement> requirements() {
        return requirements;
    }

    /** Adds an empty loss scenario (Add button of the scenarios table). */
    public void addScenario() {
        execute(AddCommand.create(domain, analysis, STPA.getAnalysis_LossScenarios(),
                StpaFactory.eINSTANCE.createLossScenario()));
    }

    /** Adds an empty requirement (Add button of the requirements table). */
    public void addRequirement() {
        execute(AddCommand.create(domain, analysis, STPA.getAnalysis_Requirements(),
                StpaFactory.eINSTANCE.createRequirement()));
    }

    /** Deletes elements with every reference to them (Delete buttons). */
    public void delete(List<? extends EObject> elements) {
        execute(commands.delete(elements));
    }

    private void execute(Command command) {
        domain.getCommandStack().execute(command);
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.List;
import java.util.Objects;

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
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * Page "Scenarios" of the editor: the loss scenarios table (id, UCA, class, causal factors, text, requirements)
 * above the requirements table (id, text, rationale, UCAs, scenarios, hazards). Texts and causal factors (one per
 * line) are edited in place, a double-click on a scenario's UCA or class opens a chooser; "Suggest Scenarios…"
 * offers the scenario assistant's candidates for a UCA; every edit, Add, Delete and accepted or rejected set of
 * candidates is one command on the editor's stack.
 */
public final class ScenariosPage {

    private static final StpaPackage STPA = StpaPackage.eINSTANCE;
    /** The column of a scenario's text, and of a requirement's (see the column lists below). */
    private static final int SCENARIO_TEXT_COLUMN = 4;
    private static final int REQUIREMENT_TEXT_COLUMN = 1;

    private final Analysis analysis;
    private final EditingDomain domain;
    private final TableCommands commands;
    private final ScenarioCommands scenarioCommands;
    private final ScenarioSuggestions suggestions;
    private final PageSelection selection = new PageSelection();
    private final SashForm control;
    private final ElementTable<LossScenario> scenarios;
    private final ElementTable<Requirement> requirements;

    public ScenariosPage(Composite parent, Analysis analysis, EditingDomain domain) {
        this.analysis = Objects.requireNonNull(analysis);
        this.domain = Objects.requireNonNull(domain);
        this.commands = new TableCommands(domain, analysis);
        this.scenarioCommands = new ScenarioCommands(domain);
        this.suggestions = new ScenarioSuggestions(analysis, domain);
        control = new SashForm(parent, SWT.VERTICAL);
        scenarios = new ElementSection<LossScenario>(control, Messages.Scenarios_title,
                section -> new ElementTable<>(section, analysis, domain, analysis::getLossScenarios,
                        scenarioColumns()), this::addScenario, this::delete, Messages.Suggest_button,
                this::suggestScenarios).table();
        requirements = new ElementSection<Requirement>(control, Messages.Requirements_title,
                section -> new ElementTable<>(section, analysis, domain, analysis::getRequirements,
                        requirementColumns()), this::addRequirement, this::delete).table();
        scenarios.onSelection(() -> selection.set(scenarios.selectedElements()));
        requirements.onSelection(() -> selection.set(requirements.selectedElements()));
    }

    private List<ElementColumn<LossScenario>> scenarioColumns() {
        return List.of(ElementColumn.shown(Messages.Column_id, 60, LossScenario::getDisplayId),
                ElementColumn.chosen(Messages.Column_uca, 70,
                        s -> s.getUnsafeControlAction() == null ? "" : s.getUnsafeControlAction().getDisplayId(),
                        this::chooseUca),
                ElementColumn.chosen(Messages.Column_class, 150, s -> ScenarioWording.className(s.getScenarioClass()),
                        this::chooseClass),
                ElementColumn.typedLines(Messages.Column_causalFactors, 240,
                        s -> ScenarioWording.factorsText(s.getCausalFactors()), (editingDomain, s,
                                text) -> scenarioCommands.setCausalFactors(s, ScenarioWording.parseFactors(text))),
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

    /** Lets the analyst choose the scenario's UCA (a double-click on its UCA cell). */
    private void chooseUca(LossScenario scenario) {
        TableDialogs.one(control.getShell(), Messages.Dialog_ucaTitle, Messages.Dialog_ucaMessage,
                analysis.getUnsafeControlActions(), UnsafeControlAction::getLabel, scenario.getUnsafeControlAction())
                .ifPresent(uca -> setUca(scenario, uca));
    }

    /** Lets the analyst choose the scenario's class (a double-click on its class cell). */
    private void chooseClass(LossScenario scenario) {
        TableDialogs.one(control.getShell(), Messages.Dialog_classTitle, Messages.Dialog_classMessage,
                ScenarioClass.VALUES, ScenarioWording::className, scenario.getScenarioClass())
                .ifPresent(scenarioClass -> setScenarioClass(scenario, scenarioClass));
    }

    /** Sets the UCA a scenario explains (what choosing it in the UCA cell's chooser does). */
    public void setUca(LossScenario scenario, UnsafeControlAction uca) {
        execute(scenarioCommands.setUca(scenario, uca));
    }

    /** Sets a scenario's class (what choosing it in the class cell's chooser does). */
    public void setScenarioClass(LossScenario scenario, ScenarioClass scenarioClass) {
        execute(scenarioCommands.setClass(scenario, scenarioClass));
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

    /**
     * Adds an empty loss scenario (Add button of the scenarios table) and selects its text cell, scrolled into view,
     * so that what the user types next is the scenario's text.
     */
    public void addScenario() {
        LossScenario scenario = StpaFactory.eINSTANCE.createLossScenario();
        execute(AddCommand.create(domain, analysis, STPA.getAnalysis_LossScenarios(), scenario));
        scenarios.select(scenario, SCENARIO_TEXT_COLUMN);
    }

    /**
     * "Suggest Scenarios…": asks for the UCA (the selected scenario's UCA chosen at first), then shows the scenario
     * assistant's candidates for it as a checklist to accept or reject.
     */
    public void suggestScenarios() {
        UnsafeControlAction current = scenarios.selectedElements().stream().map(LossScenario::getUnsafeControlAction)
                .filter(Objects::nonNull).findFirst().orElse(null);
        TableDialogs.one(control.getShell(), Messages.Suggest_chooseUcaTitle, Messages.Suggest_chooseUcaMessage,
                analysis.getUnsafeControlActions(), UnsafeControlAction::getLabel, current)
                .ifPresent(this::suggestScenarios);
    }

    /**
     * Shows the scenario assistant's candidates for {@code uca} as a checklist to accept or reject; the first scenario
     * accepted comes selected on its text, in view, ready to be edited.
     */
    public void suggestScenarios(UnsafeControlAction uca) {
        List<LossScenario> accepted = suggestions.suggest(control.getShell(), uca);
        if (!accepted.isEmpty()) {
            scenarios.select(accepted.get(0), SCENARIO_TEXT_COLUMN);
        }
    }

    /** Adds an empty requirement (Add button of the requirements table) and selects its text cell, in view. */
    public void addRequirement() {
        Requirement requirement = StpaFactory.eINSTANCE.createRequirement();
        execute(AddCommand.create(domain, analysis, STPA.getAnalysis_Requirements(), requirement));
        requirements.select(requirement, REQUIREMENT_TEXT_COLUMN);
    }

    /** Deletes elements with every reference to them (Delete buttons). */
    public void delete(List<? extends EObject> elements) {
        execute(commands.delete(elements));
    }

    private void execute(Command command) {
        domain.getCommandStack().execute(command);
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.StpaPackage;

/**
 * Page "Traceability" of the editor: the hazard × loss matrix above the UCA × hazard matrix. A click on a cell
 * links or unlinks; the selected cell's two elements are the page's selection.
 */
public final class TraceabilityPage {

    private final PageSelection selection = new PageSelection();
    private final SashForm control;
    private final MatrixTable hazardLoss;
    private final MatrixTable ucaHazard;

    public TraceabilityPage(Composite parent, Analysis analysis, EditingDomain domain) {
        Objects.requireNonNull(analysis);
        control = new SashForm(parent, SWT.VERTICAL);
        StpaPackage stpa = StpaPackage.eINSTANCE;
        hazardLoss = new MatrixTable(section(Messages.Matrix_hazardLoss), analysis, domain,
                stpa.getHazard_Losses(), () -> TableDialogs.allHazards(analysis), analysis::getLosses);
        ucaHazard = new MatrixTable(section(Messages.Matrix_ucaHazard), analysis, domain,
                stpa.getUnsafeControlAction_Hazards(), analysis::getUnsafeControlActions,
                () -> TableDialogs.allHazards(analysis));
        for (MatrixTable matrix : List.of(hazardLoss, ucaHazard)) {
            matrix.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            matrix.onSelection(() -> selection.set(matrix.selectedElements()));
        }
        control.setWeights(1, 2);
    }

    private Composite section(String title) {
        Composite section = new Composite(control, SWT.NONE);
        section.setLayout(new GridLayout(1, false));
        new Label(section, SWT.NONE).setText(title);
        return section;
    }

    public Control control() {
        return control;
    }

    /** The elements of the selected matrix cell, for Outline and Properties. */
    public ISelectionProvider selectionProvider() {
        return selection;
    }

    /** The hazard × loss matrix (rows hazards with sub-hazards, columns losses). */
    public MatrixTable hazardLoss() {
        return hazardLoss;
    }

    /** The UCA × hazard matrix (rows UCAs, columns hazards with sub-hazards). */
    public MatrixTable ucaHazard() {
        return ucaHazard;
    }
}

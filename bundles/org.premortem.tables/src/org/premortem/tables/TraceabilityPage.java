/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.function.Function;
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
import org.eclipse.swt.widgets.Text;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.StpaPackage;

/**
 * Page "Traceability" of the editor: the hazard × loss matrix above the UCA × hazard matrix, each with a filter
 * field. A click on a cell links or unlinks, a click on a column header sorts; the selected cell's two elements
 * are the page's selection.
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
        hazardLoss = section(Messages.Matrix_hazardLoss, section -> new MatrixTable(section, analysis, domain,
                stpa.getHazard_Losses(), Messages.Matrix_hazardRows, () -> TableDialogs.allHazards(analysis),
                analysis::getLosses));
        ucaHazard = section(Messages.Matrix_ucaHazard, section -> new MatrixTable(section, analysis, domain,
                stpa.getUnsafeControlAction_Hazards(), Messages.Matrix_ucaRows, analysis::getUnsafeControlActions,
                () -> TableDialogs.allHazards(analysis)));
        control.setWeights(1, 2);
    }

    /** A titled section with a filter field above the matrix that {@code matrixFactory} makes in it. */
    private MatrixTable section(String title, Function<Composite, MatrixTable> matrixFactory) {
        Composite section = new Composite(control, SWT.NONE);
        section.setLayout(new GridLayout(3, false));
        Label label = new Label(section, SWT.NONE);
        label.setText(title);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Text filter = FilterField.create(section);
        filter.setLayoutData(new GridData(200, SWT.DEFAULT));
        MatrixTable matrix = matrixFactory.apply(section);
        matrix.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        matrix.onSelection(() -> selection.set(matrix.selectedElements()));
        FilterField.connect(filter, text -> matrix.table().setFilter(text));
        return matrix;
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

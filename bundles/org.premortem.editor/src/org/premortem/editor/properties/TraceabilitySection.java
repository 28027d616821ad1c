/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.premortem.editor.PremortemEditor;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.ui.emf.CommandLabels;

/**
 * The Traceability tab of Properties: what the selected element links to, and what links to it (a hazard's UCAs,
 * a UCA's scenarios and requirements), each with the relation's name. A double click or Enter on an entry selects
 * that element in the editor.
 */
public final class TraceabilitySection extends AbstractPropertySection {

    private Table outgoing;
    private Table incoming;
    private SectionInput input;

    /** One link: the relation's name and the element at its other end. */
    record Link(String relation, IdentifiedElement element) {
    }

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        Composite area = getWidgetFactory().createFlatFormComposite(parent);
        area.setLayout(new GridLayout(1, false));
        getWidgetFactory().createLabel(area, Messages.Properties_linksTo);
        outgoing = table(area);
        getWidgetFactory().createLabel(area, Messages.Properties_linkedFrom);
        incoming = table(area);
    }

    private Table table(Composite area) {
        Table table = getWidgetFactory().createTable(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 120;
        table.setLayoutData(data);
        new TableColumn(table, SWT.LEFT).setText(Messages.Properties_relation);
        new TableColumn(table, SWT.LEFT).setText(Messages.Properties_element);
        table.addListener(SWT.DefaultSelection, event -> open(event.item));
        return table;
    }

    private void open(Object item) {
        if (item instanceof TableItem row && row.getData() instanceof Link link && input != null
                && input.part() instanceof PremortemEditor editor) {
            editor.select(new StructuredSelection(link.element()));
        }
    }

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        input = SectionInput.of(part, selection).orElse(null);
    }

    @Override
    public void refresh() {
        IdentifiedElement element = input == null ? null : input.element();
        fill(outgoing, element == null ? List.of() : linksFrom(element));
        fill(incoming, element == null ? List.of() : linksTo(element));
    }

    /** Every element {@code element} refers to, by non-containment reference. */
    static List<Link> linksFrom(IdentifiedElement element) {
        List<Link> links = new ArrayList<>();
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                    || reference.isTransient()) {
                continue;
            }
            Object value = element.eGet(reference);
            Collection<?> targets = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
            for (Object target : targets) {
                if (target instanceof IdentifiedElement identified) {
                    links.add(new Link(name(reference), identified));
                }
            }
        }
        return links;
    }

    /** Every element that refers to {@code element}, with the reference's name. */
    static List<Link> linksTo(IdentifiedElement element) {
        List<Link> links = new ArrayList<>();
        EObject root = EcoreUtil.getRootContainer(element);
        for (EStructuralFeature.Setting setting : EcoreUtil.UsageCrossReferencer.find(element, root)) {
            if (setting.getEObject() instanceof IdentifiedElement source
                    && setting.getEStructuralFeature() instanceof EReference reference
                    && !reference.isContainment() && !reference.isDerived()) {
                links.add(new Link(name(reference), source));
            }
        }
        return links;
    }

    private static String name(EReference reference) {
        return CommandLabels.featureName(reference);
    }

    private static void fill(Table table, List<Link> links) {
        if (table == null || table.isDisposed()) {
            return;
        }
        table.removeAll();
        for (Link link : links) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { link.relation(), oneLine(link.element().getLabel()) });
            item.setData(link);
        }
        if (links.isEmpty()) {
            new TableItem(table, SWT.NONE).setText(new String[] { "", Messages.Properties_noLinks });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

    private static String oneLine(String label) {
        return label == null ? "" : label.replace('\n', ' ');
    }

    @Override
    public boolean shouldUseExtraSpace() {
        return true;
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;
import org.premortem.core.validation.ValidationRule;
import org.premortem.ui.Messages;

/** Window > Preferences > Premortem > Validation: each rule on or off, at its default or another severity. */
public final class ValidationPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    /** Choices of the severity column; index 0 is "default". */
    private static final String[] VALUES = { null, "off", "error", "warning", "info" };

    private final Map<ValidationRule, String> choices = new HashMap<>();
    private TableViewer viewer;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.ValidationPreferencePage_description);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        List<ValidationRule> rules = WorkbenchRules.registry().rules();
        for (ValidationRule rule : rules) {
            choices.put(rule, ValidationPreferences.stored(rule).orElse(null));
        }
        viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 360).applyTo(viewer.getTable());
        column(Messages.ValidationPreferencePage_rule, 230, ValidationRule::id);
        column(Messages.ValidationPreferencePage_category, 100,
                rule -> rule.category().name().toLowerCase(Locale.ROOT));
        TableViewerColumn severity = column(Messages.ValidationPreferencePage_severity, 120, this::choiceLabel);
        severity.setEditingSupport(new SeverityEditing());
        column(Messages.ValidationPreferencePage_rationale, 420, ValidationRule::description);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(rules);
        new Label(area, SWT.NONE);
        return area;
    }

    private TableViewerColumn column(String title, int width, Function<ValidationRule, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ValidationRule) element);
            }
        });
        return column;
    }

    private String choiceLabel(ValidationRule rule) {
        String choice = choices.get(rule);
        return choice == null ? NLS.bind(Messages.ValidationPreferencePage_default, rule.defaultSeverity().label())
                : choice;
    }

    @Override
    protected void performDefaults() {
        choices.replaceAll((rule, choice) -> null);
        viewer.refresh();
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        choices.forEach(ValidationPreferences::store);
        try {
            ValidationPreferences.flush();
        } catch (BackingStoreException e) {
            setErrorMessage(Messages.ValidationPreferencePage_saveFailed);
            return false;
        }
        return true;
    }

    private final class SeverityEditing extends EditingSupport {

        SeverityEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            String[] labels = VALUES.clone();
            labels[0] = NLS.bind(Messages.ValidationPreferencePage_default,
                    ((ValidationRule) element).defaultSeverity().label());
            return new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            String choice = choices.get(element);
            for (int i = 1; i < VALUES.length; i++) {
                if (VALUES[i].equals(choice)) {
                    return i;
                }
            }
            return 0;
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = value instanceof Integer i && i >= 0 ? i : 0;
            choices.put((ValidationRule) element, VALUES[index]);
            viewer.update(element, null);
        }
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.osgi.util.NLS;
import org.premortem.core.query.AnalysisQuery;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.DisplayIdCounter;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.NotApplicableEntry;
import org.premortem.model.stpa.NotApplicableVerdict;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The UCA table in the Handbook's form: one row per control action, grouped by controller; one column per UCA
 * category; each cell lists the action's UCAs of that category (display id, text, hazard ids) and its
 * not-applicable entries ("n/a — rationale"). Rows can be narrowed by a text filter. The cells' entries come from
 * a {@link UcaCellIndex}, so thousands of UCAs stay responsive; after an edit of UCAs or not-applicable entries only
 * their cells are updated ({@link #changed}), anything else reads the rows again.
 */
final class UcaTableModel {

    private final Analysis analysis;
    private List<ControlAction> rows = List.of();
    private UcaCellIndex cells;
    private String filter = "";

    UcaTableModel(Analysis analysis) {
        this.analysis = analysis;
        rebuild();
    }

    /** Reads the rows again from the model (after any change). */
    void rebuild() {
        cells = new UcaCellIndex(analysis);
        AnalysisQuery query = new AnalysisQuery(analysis);
        List<ControlAction> all = new ArrayList<>();
        for (Component controller : query.controllers()) {
            all.addAll(query.controlActionsOf(controller));
        }
        Set<ControlAction> grouped = Collections.newSetFromMap(new IdentityHashMap<>());
        grouped.addAll(all);
        query.controlActions().stream().filter(action -> !grouped.contains(action)).forEach(all::add);
        String needle = filter.toLowerCase(Locale.ROOT);
        rows = needle.isEmpty() ? List.copyOf(all) : all.stream().filter(a -> rowText(a).contains(needle)).toList();
    }

    /**
     * Catches up with the changes {@code notifications} describe (all of them: an empty list means anything may have
     * changed). Edits of UCAs, not-applicable entries (and what they contain) and hazards (whose ids the cells show)
     * move only the entries they touched; any other change, or any change while a filter narrows the rows (which
     * rows match may change), reads everything again.
     */
    void changed(List<Notification> notifications) {
        Collection<IdentifiedElement> entries = notifications.isEmpty() || !filter.isEmpty() ? null
                : cellEntries(notifications);
        if (entries == null) {
            rebuild();
        } else {
            entries.forEach(cells::place);
        }
    }

    /** The UCAs and not-applicable entries the notifications touched; null if they touched anything else. */
    private Collection<IdentifiedElement> cellEntries(List<Notification> notifications) {
        StpaPackage stpa = StpaPackage.eINSTANCE;
        Collection<IdentifiedElement> entries = new LinkedHashSet<>();
        for (Notification notification : notifications) {
            Object notifier = notification.getNotifier();
            if (notifier == analysis) {
                Object feature = notification.getFeature();
                if (feature != stpa.getAnalysis_UnsafeControlActions() && feature != stpa.getAnalysis_NotApplicable()) {
                    return null;
                }
                addEntries(notification.getOldValue(), entries);
                addEntries(notification.getNewValue(), entries);
            } else if (!(notifier instanceof EObject object) || !inCellEntryOrHazard(object, entries)) {
                return null;
            }
        }
        return entries;
    }

    private static void addEntries(Object value, Collection<IdentifiedElement> entries) {
        if (value instanceof Collection<?> many) {
            many.forEach(element -> addEntries(element, entries));
        } else if (value instanceof UnsafeControlAction || value instanceof NotApplicableEntry) {
            entries.add((IdentifiedElement) value);
        }
    }

    /**
     * Whether {@code object} is, or is inside, a UCA or not-applicable entry (added to {@code entries}), a hazard
     * (the cells show hazard ids: a repaint shows the change) or the display id counter (which the table does not
     * show).
     */
    private static boolean inCellEntryOrHazard(EObject object, Collection<IdentifiedElement> entries) {
        for (EObject at = object; at != null; at = at.eContainer()) {
            if (at instanceof UnsafeControlAction || at instanceof NotApplicableEntry) {
                entries.add((IdentifiedElement) at);
                return true;
            }
            if (at instanceof Hazard || at instanceof DisplayIdCounter) {
                return true;
            }
        }
        return false;
    }

    void setFilter(String text) {
        filter = text == null ? "" : text.strip();
        rebuild();
    }

    List<ControlAction> rows() {
        return rows;
    }

    static UcaCategory category(int column) {
        return UcaCategory.VALUES.get(column);
    }

    /** The UCAs of a cell, in id order. */
    List<UnsafeControlAction> ucas(ControlAction action, UcaCategory category) {
        return cells.ucas(action, category);
    }

    /** The not-applicable entries of a cell. */
    List<NotApplicableEntry> notApplicable(ControlAction action, UcaCategory category) {
        return cells.notApplicable(action, category);
    }

    /** The elements a cell shows: its UCAs, then its not-applicable entries. */
    List<Object> elements(ControlAction action, UcaCategory category) {
        List<Object> elements = new ArrayList<>(ucas(action, category));
        elements.addAll(notApplicable(action, category));
        return elements;
    }

    String cellText(ControlAction action, UcaCategory category) {
        List<String> lines = new ArrayList<>();
        for (UnsafeControlAction uca : ucas(action, category)) {
            String hazards = ElementColumn.ids(uca.getHazards());
            lines.add(hazards.isEmpty() ? NLS.bind(Messages.Uca_cellWithoutHazards, uca.getDisplayId(),
                    nullToEmpty(uca.getText())) : NLS.bind(Messages.Uca_cell, new Object[] {uca.getDisplayId(),
                            nullToEmpty(uca.getText()), hazards}));
        }
        for (NotApplicableEntry entry : notApplicable(action, category)) {
            String pattern = entry.getVerdict() == NotApplicableVerdict.NOT_HAZARDOUS ? Messages.Uca_notHazardous
                    : Messages.Uca_notApplicable;
            lines.add(NLS.bind(pattern, nullToEmpty(entry.getRationale())));
        }
        return String.join("\n", lines);
    }

    private String rowText(ControlAction action) {
        StringBuilder text = new StringBuilder(UcaWording.nameOf(action.getSource())).append(' ')
                .append(UcaWording.nameOrUnnamed(action.getName()));
        for (UcaCategory category : UcaCategory.VALUES) {
            text.append(' ').append(cellText(action, category));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    IDataProvider body() {
        return new ReadOnlyData(UcaCategory.VALUES.size(), () -> rows.size(),
                (column, row) -> cellText(rows.get(row), category(column)));
    }

    IDataProvider columnHeader() {
        return new ReadOnlyData(UcaCategory.VALUES.size(), () -> 1,
                (column, row) -> UcaWording.categoryName(category(column)));
    }

    /** Two row-header columns: the controller (only on the first row of its group) and the control action. */
    IDataProvider rowHeader() {
        return new ReadOnlyData(2, () -> rows.size(), (column, row) -> {
            ControlAction action = rows.get(row);
            if (column == 1) {
                return UcaWording.nameOrUnnamed(action.getName());
            }
            boolean first = row == 0 || rows.get(row - 1).getSource() != action.getSource();
            return first ? UcaWording.nameOf(action.getSource()) : "";
        });
    }
}

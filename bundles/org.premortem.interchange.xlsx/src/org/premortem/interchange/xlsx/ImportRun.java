/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.premortem.core.ids.IdSource;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * One import of a workbook's relational sheets into an analysis: rows are matched to elements by display id (a row
 * whose id the analysis does not have adds an element), placed where their "Part of" column says, given the values
 * of their cells, and, when asked, elements of a sheet the workbook has but no row names are removed. Every problem
 * is collected with its sheet, row and column; with any problem the run stops before removing anything and the
 * caller discards the analysis it worked on.
 */
final class ImportRun {

    private static final Pattern PERMANENT_ID = Pattern.compile("_[A-Za-z0-9_-]{22}");

    /** Where a row is: for messages. */
    private record Origin(SheetKind kind, SheetTable table, SheetTable.Row row, Map<Integer, Column> columns) {
    }

    private final Analysis analysis;
    private final boolean deleteMissing;
    private final IdSource ids;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, List<IdentifiedElement>> existing = new HashMap<>();
    private final Set<String> permanentIds = new HashSet<>();
    private final Map<String, IdentifiedElement> located = new LinkedHashMap<>();
    private final Map<IdentifiedElement, Origin> origins = new IdentityHashMap<>();
    private final Set<IdentifiedElement> added = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<IdentifiedElement> removed = new LinkedHashSet<>();
    private final List<ChangeSummary.Entry> addedEntries = new ArrayList<>();
    private final Map<IdentifiedElement, Set<String>> changed = new LinkedHashMap<>();
    private final List<ChangeSummary.Entry> movedEntries = new ArrayList<>();
    private final CellDecoder decoder = new CellDecoder(this::resolve);

    ImportRun(Analysis analysis, boolean deleteMissing, IdSource ids) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.deleteMissing = deleteMissing;
        this.ids = Objects.requireNonNull(ids, "ids");
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element) {
                if (element.getDisplayId() != null) {
                    existing.computeIfAbsent(element.getDisplayId(), k -> new ArrayList<>()).add(element);
                }
                if (element.getId() != null) {
                    permanentIds.add(element.getId());
                }
            }
        }
        if (analysis.getId() != null) {
            permanentIds.add(analysis.getId());
        }
    }

    /** Applies the sheets; the analysis is changed in place only if the result has no problems. */
    ChangeSummary apply(Map<SheetKind, SheetTable> sheets) throws XlsxImportException {
        List<Origin> rows = new ArrayList<>();
        sheets.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.addAll(originsOf(e.getKey(), e.getValue())));
        rows.forEach(this::locate);
        if (deleteMissing) {
            for (SheetKind kind : sheets.keySet()) {
                for (IdentifiedElement element : RelationalSheets.elementsOf(analysis, kind)) {
                    if (!origins.containsKey(element)) {
                        removed.add(element);
                    }
                }
            }
        }
        check();
        rows.forEach(this::place);
        check();
        rows.forEach(this::setValues);
        check();
        List<ChangeSummary.Entry> removedEntries = removed.stream()
                .map(e -> new ChangeSummary.Entry(e.getDisplayId(), SheetKind.of(e.eClass()).orElseThrow().sheetName()))
                .toList();
        EcoreUtil.deleteAll(removed, true);
        List<ChangeSummary.Entry> changedEntries = changed.entrySet().stream()
                .map(e -> new ChangeSummary.Entry(label(e.getKey()), String.join(", ", e.getValue()))).toList();
        return new ChangeSummary(addedEntries, changedEntries, movedEntries, removedEntries);
    }

    /** Records a change of the analysis itself (its name, ...), for the summary. */
    void analysisChanged(String what) {
        changed.computeIfAbsent(analysis, k -> new LinkedHashSet<>()).add(what);
    }

    private String label(IdentifiedElement element) {
        return element == analysis ? Messages.get("summary.analysis") : element.getDisplayId();
    }

    private void check() throws XlsxImportException {
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(ImportProblem::sheet).thenComparingInt(ImportProblem::row));
            throw new XlsxImportException(problems);
        }
    }

    private List<Origin> originsOf(SheetKind kind, SheetTable table) {
        List<Column> known = Columns.of(kind);
        Map<Integer, Column> columns = new LinkedHashMap<>();
        if (table.rows().isEmpty()) {
            return List.of();
        }
        SheetTable.Row header = table.rows().get(0);
        for (int c = 0; c < header.cells().size(); c++) {
            String text = header.cell(c);
            if (text.isBlank()) {
                continue;
            }
            Optional<Column> column = Columns.find(known, text);
            if (column.isEmpty()) {
                problems.add(problem(table, header, c, Messages.get("problem.unknownColumn", text.strip())));
            } else if (columns.containsValue(column.get())) {
                problems.add(problem(table, header, c, Messages.get("problem.duplicateColumn", text.strip())));
            } else {
                columns.put(c, column.get());
            }
        }
        if (columns.values().stream().noneMatch(c -> c.role() == Column.Role.ID)) {
            problems.add(new ImportProblem(table.name(), header.number(), "",
                    Messages.get("problem.noIdColumn", known.get(0).header())));
            return List.of();
        }
        return table.rows().subList(1, table.rows().size()).stream()
                .map(row -> new Origin(kind, table, row, columns)).toList();
    }

    private void locate(Origin origin) {
        int idColumn = columnOf(origin, Column.Role.ID).orElseThrow();
        String id = origin.row().cell(idColumn).strip();
        if (id.isEmpty()) {
            problems.add(problem(origin, idColumn, Messages.get("problem.noId")));
            return;
        }
        IdentifiedElement previous = located.get(id);
        if (previous != null) {
            problems.add(problem(origin, idColumn,
                    Messages.get("problem.duplicateId", id, origins.get(previous).row().number())));
            return;
        }
        Optional<EClass> eClass = classOf(origin);
        if (eClass.isEmpty()) {
            return;
        }
        List<IdentifiedElement> candidates = existing.getOrDefault(id, List.of()).stream()
                .filter(e -> origin.kind().holds(e.eClass())).toList();
        IdentifiedElement element;
        if (candidates.size() > 1) {
            problems.add(problem(origin, idColumn, Messages.get("problem.ambiguousId", id)));
            return;
        } else if (candidates.size() == 1) {
            element = candidates.get(0);
            if (element.eClass() != eClass.get()) {
                problems.add(problem(origin, columnOf(origin, Column.Role.CLASS).orElse(idColumn),
                        Messages.get("problem.classChanged", id, CellText.className(element.eClass()),
                                CellText.className(eClass.get()))));
                return;
            }
        } else {
            element = (IdentifiedElement) EcoreUtil.create(eClass.get());
            element.setDisplayId(id);
            element.setId(permanentIdFor(origin));
            added.add(element);
            addedEntries.add(new ChangeSummary.Entry(id, Messages.get("summary.row", origin.table().name(), origin.row().number())));
        }
        located.put(id, element);
        origins.put(element, origin);
    }

    private Optional<EClass> classOf(Origin origin) {
        List<EClass> classes = origin.kind().classes();
        Optional<Integer> column = columnOf(origin, Column.Role.CLASS);
        String text = column.map(c -> origin.row().cell(c).strip()).orElse("");
        if (classes.size() == 1) {
            return Optional.of(classes.get(0));
        }
        for (EClass eClass : classes) {
            if (CellText.className(eClass).equalsIgnoreCase(text) || eClass.getName().equalsIgnoreCase(text)) {
                return Optional.of(eClass);
            }
        }
        if (text.isEmpty()) {
            String id = columnOf(origin, Column.Role.ID).map(c -> origin.row().cell(c).strip()).orElse("");
            Optional<EClass> known = existing.getOrDefault(id, List.of()).stream().map(EObject::eClass)
                    .filter(classes::contains).findFirst();
            if (known.isPresent()) {
                return known;
            }
        }
        String choices = String.join(", ", classes.stream().map(CellText::className).toList());
        problems.add(problem(origin, column.orElse(0), Messages.get("problem.unknownClass", text, choices)));
        return Optional.empty();
    }

    private String permanentIdFor(Origin origin) {
        Optional<Integer> column = columnOf(origin, Column.Role.PERMANENT_ID);
        String wanted = column.map(c -> origin.row().cell(c).strip()).orElse("");
        if (!wanted.isEmpty()) {
            if (!PERMANENT_ID.matcher(wanted).matches()) {
                problems.add(problem(origin, column.get(), Messages.get("problem.badPermanentId", wanted)));
            } else if (!permanentIds.add(wanted)) {
                problems.add(problem(origin, column.get(), Messages.get("problem.permanentIdTaken", wanted,
                        holderOf(wanted))));
            } else {
                return wanted;
            }
        }
        String id = ids.nextId();
        permanentIds.add(id);
        return id;
    }

    private String holderOf(String permanentId) {
        for (IdentifiedElement element : origins.keySet()) {
            if (permanentId.equals(element.getId())) {
                return element.getDisplayId();
            }
        }
        return existing.values().stream().flatMap(List::stream).filter(e -> permanentId.equals(e.getId()))
                .map(IdentifiedElement::getDisplayId).findFirst().orElse(permanentId);
    }

    private void place(Origin origin) {
        IdentifiedElement element = elementOf(origin);
        if (element == null) {
            return;
        }
        Optional<Integer> partOfColumn = columnOf(origin, Column.Role.PART_OF);
        EObject parent;
        int column = partOfColumn.orElse(columnOf(origin, Column.Role.ID).orElseThrow());
        if (partOfColumn.isPresent() && !origin.row().cell(partOfColumn.get()).isBlank()) {
            CellDecoder.Result<EObject> found = resolve(origin.row().cell(partOfColumn.get()).strip(),
                    org.eclipse.emf.ecore.EcorePackage.Literals.EOBJECT);
            if (!found.ok()) {
                problems.add(problem(origin, column, found.problem()));
                return;
            }
            parent = found.value();
        } else if (partOfColumn.isEmpty() && !added.contains(element)) {
            return;
        } else {
            parent = analysis;
        }
        Optional<EReference> containment = parent.eClass().getEAllContainments().stream()
                .filter(r -> r.getEReferenceType().isSuperTypeOf(element.eClass())).findFirst();
        if (containment.isEmpty()) {
            problems.add(problem(origin, column, parent == analysis
                    ? Messages.get("problem.noParent", Messages.get("column.parent"))
                    : Messages.get("problem.wrongReferenceType", CellText.displayId(parent),
                            parent.eClass().getName())));
            return;
        }
        if (parent == element || EcoreUtil.isAncestor(element, parent)) {
            problems.add(problem(origin, column, Messages.get("problem.parentCycle", element.getDisplayId())));
            return;
        }
        if (element.eContainer() != parent || element.eContainmentFeature() != containment.get()) {
            if (!added.contains(element)) {
                movedEntries.add(new ChangeSummary.Entry(element.getDisplayId(),
                        parent == analysis ? Messages.get("summary.analysis") : CellText.displayId(parent)));
            }
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) parent.eGet(containment.get());
            list.add(element);
        }
    }

    private void setValues(Origin origin) {
        IdentifiedElement element = elementOf(origin);
        if (element == null) {
            return;
        }
        for (Map.Entry<Integer, Column> entry : origin.columns().entrySet()) {
            Column column = entry.getValue();
            if (column.feature() == null) {
                continue;
            }
            EStructuralFeature feature = column.feature();
            String cell = origin.row().cell(entry.getKey());
            if (!element.eClass().getEAllStructuralFeatures().contains(feature)) {
                if (!cell.isBlank()) {
                    problems.add(problem(origin, entry.getKey(), Messages.get("problem.featureNotApplicable",
                            CellText.className(element.eClass()), column.header())));
                }
                continue;
            }
            CellDecoder.Result<Object> value = decoder.decode(feature, cell);
            if (!value.ok()) {
                problems.add(problem(origin, entry.getKey(), value.problem()));
                continue;
            }
            set(element, feature, value.value(), column.header());
        }
    }

    private void set(IdentifiedElement element, EStructuralFeature feature, Object value, String header) {
        Object before = CellText.encode(element, feature);
        boolean empty = value == null || value instanceof Collection<?> list && list.isEmpty();
        if (empty) {
            if (element.eIsSet(feature)) {
                element.eUnset(feature);
            }
        } else if (!Objects.equals(before, encodedValue(element, feature, value))) {
            element.eSet(feature, value);
        }
        if (!added.contains(element) && !Objects.equals(before, CellText.encode(element, feature))) {
            changed.computeIfAbsent(element, k -> new LinkedHashSet<>()).add(header);
        }
    }

    /** The cell text a value would have, to leave values that are already right alone (and their objects). */
    private static Object encodedValue(EObject element, EStructuralFeature feature, Object value) {
        EObject probe = EcoreUtil.create(element.eClass());
        if (feature instanceof EReference reference && !reference.isContainment()) {
            return value instanceof Collection<?> list
                    ? String.join(CellText.LIST_SEPARATOR, list.stream().map(e -> CellText.displayId((EObject) e)).toList())
                    : CellText.displayId((EObject) value);
        }
        if (feature instanceof EReference) {
            probe.eSet(feature, EcoreUtil.copyAll((Collection<?>) value));
        } else {
            probe.eSet(feature, value);
        }
        return CellText.encode(probe, feature);
    }

    private IdentifiedElement elementOf(Origin origin) {
        int idColumn = columnOf(origin, Column.Role.ID).orElseThrow();
        IdentifiedElement element = located.get(origin.row().cell(idColumn).strip());
        return element != null && origins.get(element) == origin ? element : null;
    }

    /** The element a display id names: a row's element first, else an element of the analysis that stays. */
    private CellDecoder.Result<EObject> resolve(String displayId, EClass type) {
        IdentifiedElement row = located.get(displayId);
        if (row != null) {
            return type.isInstance(row) ? CellDecoder.Result.of(row)
                    : CellDecoder.Result.problem(Messages.get("problem.wrongReferenceType", displayId,
                            row.eClass().getName()));
        }
        List<IdentifiedElement> candidates = existing.getOrDefault(displayId, List.of()).stream()
                .filter(e -> !removed.contains(e) && !isRemovedWithParent(e)).toList();
        List<IdentifiedElement> typed = candidates.stream().filter(type::isInstance).toList();
        if (typed.size() == 1) {
            return CellDecoder.Result.of(typed.get(0));
        }
        if (typed.size() > 1) {
            return CellDecoder.Result.problem(Messages.get("problem.ambiguousId", displayId));
        }
        if (!candidates.isEmpty()) {
            return CellDecoder.Result.problem(Messages.get("problem.wrongReferenceType", displayId,
                    candidates.get(0).eClass().getName()));
        }
        return CellDecoder.Result.problem(Messages.get("problem.unknownReference", displayId));
    }

    private boolean isRemovedWithParent(EObject element) {
        for (EObject parent = element.eContainer(); parent != null; parent = parent.eContainer()) {
            if (removed.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Integer> columnOf(Origin origin, Column.Role role) {
        return origin.columns().entrySet().stream().filter(e -> e.getValue().role() == role)
                .map(Map.Entry::getKey).findFirst();
    }

    private static ImportProblem problem(Origin origin, int column, String message) {
        return problem(origin.table(), origin.row(), column, message);
    }

    private static ImportProblem problem(SheetTable table, SheetTable.Row row, int column, String message) {
        String header = table.rows().isEmpty() ? "" : table.rows().get(0).cell(column).strip();
        String where = SheetTable.columnLetters(column) + (header.isEmpty() ? "" : " (" + header + ")");
        return new ImportProblem(table.name(), row.number(), where, message);
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.compare;

import java.util.Arrays;
import java.util.function.Function;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.premortem.core.compare.Change;
import org.premortem.core.compare.ChangeKind;
import org.premortem.core.compare.ChangeWording;
import org.premortem.core.compare.ModelDiff;

/**
 * The changes of a {@link ModelDiff} as a tree: one branch per kind of change that occurs ("Changed (3)"), under
 * it the changes in the diff's order, in columns element, feature, left value, right value.
 */
final class ChangeTree {

    /** A branch of the tree: the changes of one kind. */
    record Category(ChangeKind kind) {
    }

    private final TreeViewer viewer;
    private ModelDiff diff;
    private ChangeWording wording;

    private final Composite area;
    private final TreeColumnLayout columns = new TreeColumnLayout();

    ChangeTree(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        area.setLayout(columns);
        viewer = new TreeViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new Content());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(Messages.get("column.element"), 30, this::element);
        column(Messages.get("column.feature"), 12, this::feature);
        column(Messages.get("column.left"), 29, change -> wording.after(change));
        column(Messages.get("column.right"), 29, change -> wording.before(change));
    }

    TreeViewer viewer() {
        return viewer;
    }

    /** What to lay out in the view: the tree in its own composite, whose layout shares the width among the columns. */
    Composite control() {
        return area;
    }

    private String element(Change change) {
        return wording.subject(change);
    }

    private String feature(Change change) {
        return change.feature();
    }

    /** A column that takes {@code weight} percent of the width. */
    private void column(String title, int weight, Function<Change, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setResizable(true);
        columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80, true));
        boolean first = viewer.getTree().getColumnCount() == 1;
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Category category) {
                    return first && diff != null
                            ? Messages.get("category." + category.kind().name(), diff.changes(category.kind()).size())
                            : "";
                }
                return element instanceof Change change && wording != null ? oneLine(text.apply(change)) : "";
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof Change change && wording != null ? text.apply(change) : null;
            }
        });
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 199) + "\u2026";
    }

    private final class Content implements ITreeContentProvider {

        @Override
        public void inputChanged(org.eclipse.jface.viewers.Viewer changed, Object oldInput, Object newInput) {
            diff = newInput instanceof ModelDiff modelDiff ? modelDiff : null;
            wording = diff == null ? null : new ChangeWording(diff);
        }

        @Override
        public Object[] getElements(Object input) {
            if (diff == null) {
                return new Object[0];
            }
            return Arrays.stream(ChangeKind.values()).filter(kind -> !diff.changes(kind).isEmpty())
                    .map(Category::new).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Category category && diff != null ? diff.changes(category.kind()).toArray()
                    : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Change change ? new Category(change.kind()) : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Category;
        }
    }
}

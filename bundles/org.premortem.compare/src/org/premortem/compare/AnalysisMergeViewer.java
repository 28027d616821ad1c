/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.contentmergeviewer.ContentMergeViewer;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.premortem.core.compare.Change;
import org.premortem.core.compare.ChangeAdoption;
import org.premortem.core.compare.DiffText;
import org.premortem.core.compare.ModelDiff;
import org.premortem.core.persistence.AnalysisStore;

/**
 * Compares two versions of an analysis element by element, as {@code premortem diff} does: the changes from the
 * right side to the left, grouped by kind (added, removed, moved, changed, linked, unlinked), each with the element,
 * the feature and both sides' values. A selected change can be copied to either side that is editable ("Copy Change
 * to Left/Right", in the tool bar and the changes' context menu); copying all of one side over the other is the
 * framework's usual pair of buttons. The copies stay in the compare editor until it is saved, as with text.
 * <p>
 * A three-way compare (with a common ancestor) shows the two sides' differences; the ancestor is not shown.
 */
public final class AnalysisMergeViewer extends ContentMergeViewer {

    /** The platform's texts and icons of the standard actions (copy all, swap sides, ancestor pane). */
    private static final ResourceBundle STANDARD_TEXTS = ResourceBundle.getBundle(
            "org.eclipse.compare.contentmergeviewer.TextMergeViewerResources", Locale.getDefault(),
            ContentMergeViewer.class.getClassLoader());

    private Composite body;
    private Label summary;
    private TreeViewer changes;
    private Label notes;
    private CompareSide left;
    private CompareSide right;
    private ModelDiff diff;
    private final CopyChangeAction copyToLeft = new CopyChangeAction(true);
    private final CopyChangeAction copyToRight = new CopyChangeAction(false);

    public AnalysisMergeViewer(Composite parent, CompareConfiguration configuration) {
        super(SWT.NONE, STANDARD_TEXTS, configuration);
        buildControl(parent);
    }

    @Override
    public String getTitle() {
        return Messages.get("viewer.title");
    }

    @Override
    protected void createControls(Composite composite) {
        body = new Composite(composite, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(0, 4).applyTo(body);
        summary = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        ChangeTree tree = new ChangeTree(body);
        changes = tree.viewer();
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.control());
        notes = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(notes);
        changes.addSelectionChangedListener(event -> updateCopyActions());
        MenuManager menu = new MenuManager();
        menu.add(copyToLeft);
        menu.add(copyToRight);
        changes.getControl().setMenu(menu.createContextMenu(changes.getControl()));
    }

    /** No sash between the sides: the changes take the whole width. */
    @Override
    protected Control createCenterControl(Composite parent) {
        Canvas center = new Canvas(parent, SWT.NONE);
        center.setVisible(false);
        return center;
    }

    @Override
    protected int getCenterWidth() {
        return 0;
    }

    @Override
    protected void handleResizeAncestor(int x, int y, int width, int height) {
        // the ancestor is not shown
    }

    @Override
    protected void handleResizeLeftRight(int x, int y, int leftWidth, int centerWidth, int rightWidth, int height) {
        body.setBounds(x, y, leftWidth + centerWidth + rightWidth, height);
    }

    @Override
    protected void createToolItems(ToolBarManager toolBar) {
        toolBar.appendToGroup("merge", copyToLeft);
        toolBar.appendToGroup("merge", copyToRight);
    }

    @Override
    protected boolean handleSetFocus() {
        return changes.getControl().setFocus();
    }

    @Override
    protected void updateContent(Object ancestor, Object leftElement, Object rightElement) {
        left = CompareSide.read(leftElement);
        right = CompareSide.read(rightElement);
        notes.setText("");
        show();
    }

    /** Shows the changes between the two sides as they are now (or why there are none to show). */
    private void show() {
        List<Object> expanded = List.of(changes.getExpandedElements());
        diff = null;
        String problem = problem();
        if (problem != null) {
            summary.setText(problem);
            changes.setInput(null);
        } else {
            diff = ModelDiff.between(right.snapshot(), left.snapshot());
            summary.setText(diff.isEmpty() ? Messages.get("summary.equal", right.name(), left.name())
                    : Messages.get("summary.changes", diff.changes().size(), right.name(), left.name(),
                            DiffText.summary(diff)));
            changes.setInput(diff);
            if (expanded.isEmpty()) {
                changes.expandAll();
            } else {
                changes.setExpandedElements(expanded.toArray());
            }
        }
        body.layout(true, true);
        updateCopyActions();
    }

    private String problem() {
        if (!left.isLoaded()) {
            return Messages.get("summary.notLoaded", Messages.get("side.left"), left.problem());
        }
        if (!right.isLoaded()) {
            return Messages.get("summary.notLoaded", Messages.get("side.right"), right.problem());
        }
        if (!left.snapshot().rootId().equals(right.snapshot().rootId())) {
            return Messages.get("summary.otherAnalysis", left.name(), right.name());
        }
        return null;
    }

    private List<Change> selectedChanges() {
        List<Change> selected = new ArrayList<>();
        for (Object element : ((IStructuredSelection) changes.getSelection()).toList()) {
            if (element instanceof Change change) {
                selected.add(change);
            } else if (element instanceof ChangeTree.Category category && diff != null) {
                selected.addAll(diff.changes(category.kind()));
            }
        }
        return selected;
    }

    private void updateCopyActions() {
        boolean some = diff != null && !selectedChanges().isEmpty();
        copyToLeft.setEnabled(some && isLeftEditable());
        copyToRight.setEnabled(some && isRightEditable());
    }

    /** Copies the selected changes to one side: the target agrees with the other side on each of them. */
    private void copySelected(boolean toLeft) {
        CompareSide target = toLeft ? left : right;
        CompareSide source = toLeft ? right : left;
        List<String> said = new ArrayList<>();
        CompareSide changed = target; // the last version that loaded: a copy that would not is not kept
        for (Change change : selectedChanges()) {
            try {
                ChangeAdoption.Outcome outcome = ChangeAdoption.adopt(changed.snapshot(), source.snapshot(), change);
                CompareSide reloaded = CompareSide.of(target.name(), AnalysisStore.serialize(outcome.analysis()));
                if (!reloaded.isLoaded()) {
                    said.add(reloaded.problem());
                    break;
                }
                changed = reloaded;
                said.addAll(outcome.notes());
            } catch (ChangeAdoption.RefusedException e) {
                said.add(e.getMessage());
            } catch (IOException e) {
                said.add(Messages.get("copy.failed", e.getMessage()));
                break;
            }
        }
        if (changed != target) {
            if (toLeft) {
                left = changed;
                setLeftDirty(true);
            } else {
                right = changed;
                setRightDirty(true);
            }
        }
        notes.setText(String.join("\n", said));
        show();
    }

    @Override
    protected void copy(boolean leftToRight) {
        if ((leftToRight ? left : right).bytes() == null) {
            return;
        }
        if (leftToRight) {
            right = CompareSide.of(right.name(), left.bytes());
            setRightDirty(true);
        } else {
            left = CompareSide.of(left.name(), right.bytes());
            setLeftDirty(true);
        }
        notes.setText("");
        show();
    }

    @Override
    protected byte[] getContents(boolean leftSide) {
        return leftSide ? left.bytes() : right.bytes();
    }

    /** "Copy Change to Left" and "Copy Change to Right". */
    private final class CopyChangeAction extends Action {

        private final boolean toLeft;

        CopyChangeAction(boolean toLeft) {
            super(Messages.get(toLeft ? "action.copyToLeft" : "action.copyToRight"), IAction.AS_PUSH_BUTTON);
            this.toLeft = toLeft;
            setToolTipText(Messages.get(toLeft ? "action.copyToLeft.tooltip" : "action.copyToRight.tooltip"));
            setImageDescriptor(AbstractUIPlugin.imageDescriptorFromPlugin("org.eclipse.compare",
                    toLeft ? "icons/full/elcl16/copycont_l_co.png" : "icons/full/elcl16/copycont_r_co.png"));
            setEnabled(false);
        }

        @Override
        public void run() {
            copySelected(toLeft);
        }
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.premortem.ui.tests.robot.Robot;

/** What a user does with a tree, through the robot: open items by their labels, click them, read them. */
final class TreeUser {

    /** The height of GTK's horizontal scroll bar, which is drawn over a tree's last row in view. */
    private static final int SCROLL_BAR = 16;

    private final Robot robot;
    private final Tree tree;

    TreeUser(Robot robot, Tree tree) {
        this.robot = robot;
        this.tree = tree;
    }

    Tree tree() {
        return tree;
    }

    /**
     * Clicks its way down to the item whose label starts with the last of {@code labels}, each label naming an
     * item under the one before (the first a top item); items on the way are expanded with the keypad's +.
     */
    TreeItem item(String... labels) {
        TreeItem item = null;
        for (int k = 0; k < labels.length; k++) {
            TreeItem parent = item;
            String label = labels[k];
            robot.waitUntil("a tree item '" + label + "'", () -> child(parent, label) != null);
            item = robot.ui(() -> child(parent, label));
            if (k < labels.length - 1) {
                expand(item);
            }
        }
        return item;
    }

    /** Selects {@code item} with a click, then presses + on the keypad, as a user opens a folder. */
    void expand(TreeItem item) {
        if (robot.ui(item::getExpanded)) {
            return;
        }
        click(item);
        robot.key(SWT.KEYPAD_ADD);
        robot.waitUntil("'" + robot.ui(item::getText) + "' to expand", item::getExpanded);
    }

    /**
     * Scrolls {@code item} into view and clicks its label; clicks again, as a person would, when the row was not
     * selected (on a loaded CI machine a click can land while GTK is still laying the rows out after an expand).
     */
    void click(TreeItem item) {
        List<String> tries = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            Rectangle bounds = visible(item);
            robot.click(tree, bounds.x + Math.min(12, bounds.width / 2), bounds.y + bounds.height / 2);
            if (robot.within(Duration.ofSeconds(5), () -> Arrays.asList(tree.getSelection()).contains(item))) {
                return;
            }
            tries.add("clicked " + bounds + ", selected " + robot.ui(() -> Arrays.stream(tree.getSelection())
                    .map(TreeItem::getText).toList()));
        }
        throw new AssertionError("'" + robot.ui(item::getText) + "' was not selected by three clicks: " + tries);
    }

    /** Selects {@code item} and opens its context menu with the right button. */
    void rightClick(TreeItem item) {
        click(item);
        Rectangle bounds = visible(item);
        robot.rightClick(tree, bounds.x + Math.min(12, bounds.width / 2), bounds.y + bounds.height / 2);
    }

    /** The labels of the items under {@code parent} (of the top items for {@code null}). */
    List<String> labels(TreeItem parent) {
        return robot.ui(() -> {
            List<String> labels = new ArrayList<>();
            for (TreeItem item : parent == null ? tree.getItems() : parent.getItems()) {
                labels.add(item.getText());
            }
            return labels;
        });
    }

    /** The data of the selected items. */
    List<Object> selection() {
        return robot.ui(() -> Arrays.stream(tree.getSelection()).map(TreeItem::getData).toList());
    }

    /** The text field of rename in place, once it is open and has the keyboard focus (what is typed goes there). */
    Text renameField() {
        Text field = robot.find(tree, Text.class, text -> true);
        robot.waitUntil("the rename field to have the focus", field::isFocusControl);
        return field;
    }

    /** Whether a rename field is open. */
    boolean renaming() {
        return robot.ui(() -> !Robot.all(tree, Text.class, text -> true).isEmpty());
    }

    /** Scrolls until the middle of {@code item} is in view (GTK scrolls on its next layout), then tells where it is. */
    private Rectangle visible(TreeItem item) {
        robot.uiRun(() -> tree.showItem(item));
        robot.waitUntil("'" + robot.ui(item::getText) + "' in view", () -> {
            Rectangle bounds = item.getBounds();
            Rectangle area = tree.getClientArea();
            int middle = bounds.y + bounds.height / 2;
            return bounds.height > 0 && middle >= area.y && middle < area.y + area.height;
        });
        if (!robot.ui(() -> clearOfTheBottomEdge(item))) {
            // GTK draws its horizontal scroll bar over the last row in view, and that bar takes the click
            robot.uiRun(() -> tree.setTopItem(item));
            robot.within(Duration.ofSeconds(2), () -> clearOfTheBottomEdge(item));
        }
        return robot.ui(item::getBounds);
    }

    /** Whether the whole row is in view and clear of where a horizontal scroll bar is drawn. */
    private boolean clearOfTheBottomEdge(TreeItem item) {
        Rectangle bounds = item.getBounds();
        Rectangle area = tree.getClientArea();
        return bounds.y >= area.y && bounds.y + bounds.height <= area.y + area.height - SCROLL_BAR;
    }

    private TreeItem child(TreeItem parent, String label) {
        for (TreeItem item : parent == null ? tree.getItems() : parent.getItems()) {
            if (item.getData() != null && item.getText().startsWith(label)) {
                return item;
            }
        }
        return null;
    }
}

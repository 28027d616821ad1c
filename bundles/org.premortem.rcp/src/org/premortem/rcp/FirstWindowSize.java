/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.rcp;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Gives the workbench window a sensible size the first time the product starts on a workspace: most of the screen
 * (nine tenths of the primary monitor's work area, centred) instead of the workbench's fixed 1024 × 768, which
 * leaves the UCA table and the diagram cramped. A model processor that runs only on the initial model (plugin.xml:
 * {@code apply="initial"}); from then on the workbench restores the size the user left. It sizes the window as it is
 * shown, after the workbench has given it its default size, so the window appears once, at its size.
 */
public final class FirstWindowSize {

    /** The share of the monitor's work area the first window takes, in each direction. */
    static final double SHARE = 0.9;

    @Execute
    public void execute(MApplication application) {
        Display display = Display.getCurrent();
        if (display == null) {
            return;
        }
        Listener[] sizeOnce = new Listener[1];
        sizeOnce[0] = event -> {
            if (event.widget instanceof Shell shell && shell.getParent() == null && application.getChildren()
                    .stream().anyMatch(window -> window.getWidget() == shell)) {
                display.removeFilter(SWT.Show, sizeOnce[0]);
                shell.setBounds(bounds(display.getPrimaryMonitor().getClientArea()));
            }
        };
        display.addFilter(SWT.Show, sizeOnce[0]);
    }

    /** Nine tenths of {@code area} in each direction, centred in it. */
    static Rectangle bounds(Rectangle area) {
        int width = (int) Math.round(area.width * SHARE);
        int height = (int) Math.round(area.height * SHARE);
        return new Rectangle(area.x + (area.width - width) / 2, area.y + (area.height - height) / 2, width, height);
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.premortem.rcp.QuietLogging;

/**
 * What a user meets when the product starts (the test runtime starts the same way, on a new workspace): a window
 * that takes most of the screen, and a console without SPI Fly's list of every ServiceLoader provider.
 */
class ProductStartTest {

    @Test
    void theFirstWindowTakesMostOfTheScreen() {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
        Rectangle bounds = window.getBounds();
        assertTrue(bounds.width >= screen.width * 0.85 && bounds.height >= screen.height * 0.85,
                "the window " + bounds + " takes most of the screen " + screen);
        assertTrue(screen.contains(bounds.x, bounds.y) && bounds.x + bounds.width <= screen.x + screen.width
                && bounds.y + bounds.height <= screen.y + screen.height, "and lies on it: " + bounds);
    }

    @Test
    void spiFlyLogsOnlyWarningsAndErrors() {
        Bundle spiFly = Platform.getBundle("org.apache.aries.spifly.dynamic.bundle");
        assertEquals(Bundle.ACTIVE, spiFly.getState(), "SPI Fly runs, as in the product");
        Logger logger = Logger.getLogger(QuietLogging.SPI_FLY + ".BaseActivator");
        assertFalse(logger.isLoggable(Level.INFO), "SPI Fly's INFO lines (one per provider) stay off the console");
        assertTrue(logger.isLoggable(Level.WARNING), "its warnings still show");
    }
}

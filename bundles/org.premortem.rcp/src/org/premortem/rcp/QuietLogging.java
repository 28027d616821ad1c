/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.rcp;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Keeps the product's console for what matters. Apache Aries SPI Fly (which SWT's SVG support needs) logs through
 * java.util.logging and tells at level INFO about every ServiceLoader provider it registers — some 240 lines at
 * every start — and has no setting of its own to stop that. The product starts this bundle at start level 1,
 * before SPI Fly (level 2), so its logger already stops below WARNING when SPI Fly starts; its warnings and errors
 * still show.
 */
public final class QuietLogging implements BundleActivator {

    /** The logger under which SPI Fly logs (its classes' loggers are children of it). */
    public static final String SPI_FLY = "org.apache.aries.spifly";

    /** Held here: java.util.logging keeps only weak references, and a collected logger forgets its level. */
    private static final Logger SPI_FLY_LOGGER = Logger.getLogger(SPI_FLY);

    @Override
    public void start(BundleContext context) {
        SPI_FLY_LOGGER.setLevel(Level.WARNING);
    }

    @Override
    public void stop(BundleContext context) {
        // the level stays: SPI Fly may still log while the framework shuts down
    }
}

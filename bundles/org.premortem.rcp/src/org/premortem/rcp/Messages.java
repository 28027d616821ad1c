/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.rcp;

import org.eclipse.osgi.util.NLS;

/** The product bundle's user-facing texts (messages.properties beside this class). */
public final class Messages extends NLS {

    public static String FirstStart_job;

    static {
        NLS.initializeMessages("org.premortem.rcp.messages", Messages.class);
    }

    private Messages() {
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import org.eclipse.emf.ecore.xmi.XMIException;

/** A place where a file says something EMF would not keep ({@link ContentCheck}), as a diagnostic of the resource. */
final class ContentProblem extends XMIException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    ContentProblem(String reason, String location, int line, int column) {
        super(reason, location, line, column);
        this.reason = reason;
    }

    /** The message alone, without the location EMF appends. */
    String reason() {
        return reason;
    }
}

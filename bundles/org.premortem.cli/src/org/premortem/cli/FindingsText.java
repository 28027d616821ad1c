/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.premortem.core.validation.Finding;

/** One line per finding: {@code FILE: SEVERITY RULE-ID ELEMENT-ID: message}. */
final class FindingsText {

    private FindingsText() {
    }

    static void write(Path file, List<Finding> findings, PrintWriter out) {
        for (Finding finding : findings) {
            out.println(file + ": " + finding.severity().label() + " " + finding.ruleId() + " " + finding.displayId()
                    + ": " + finding.message());
        }
    }
}

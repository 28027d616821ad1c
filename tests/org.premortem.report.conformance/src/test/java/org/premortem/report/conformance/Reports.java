/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.conformance;

import java.nio.file.Path;

/** Where org.premortem.report.tests leaves the reports checked here. */
final class Reports {

    private Reports() {
    }

    static Path folder() {
        return Path.of(System.getProperty("premortem.conformance.reports",
                "../org.premortem.report.tests/target/conformance"));
    }

    static String missing(Path report) {
        return report + " is missing: org.premortem.report.tests writes it (ArchivalPdfTest), so build that module in"
                + " the same run";
    }
}

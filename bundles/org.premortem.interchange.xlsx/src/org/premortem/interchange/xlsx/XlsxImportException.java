/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.List;

/** A workbook that cannot be imported: every problem found, each with its sheet, row and column. */
public final class XlsxImportException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 20;

    private final transient List<ImportProblem> problems;

    public XlsxImportException(List<ImportProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String summary(List<ImportProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
            text.append(i == 0 ? "" : "\n").append(problems.get(i));
        }
        if (problems.size() > SHOWN) {
            text.append('\n').append(Messages.get("problem.more", problems.size() - SHOWN));
        }
        return text.toString();
    }
}

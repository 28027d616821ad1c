/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.DisplayIdCounter;
import org.premortem.model.stpa.StpaFactory;

/**
 * Reads the workbook's analysis sheet (a property a row: name, description, label, permanent id, display-id
 * counters) into an analysis. The permanent id and the counters are taken only for a new analysis: an update keeps
 * the analysis's identity and never lowers a counter.
 */
final class AnalysisSheet {

    private static final Pattern COUNTER = Pattern.compile("(\\S+)\\s+(\\d{1,9})");
    private static final Pattern PERMANENT_ID = Pattern.compile("_[A-Za-z0-9_-]{22}");

    private AnalysisSheet() {
    }

    static void apply(SheetTable table, Analysis analysis, boolean isNew, ImportRun run, List<ImportProblem> problems) {
        for (SheetTable.Row row : table.rows()) {
            String property = row.cell(0).strip();
            String value = row.cell(1);
            if (property.equalsIgnoreCase(Messages.get("analysis.property"))) {
                continue;
            }
            if (property.equalsIgnoreCase(Messages.get("analysis.name"))) {
                text(analysis::getName, analysis::setName, value, property, run);
            } else if (property.equalsIgnoreCase(Messages.get("analysis.description"))) {
                text(analysis::getDescription, analysis::setDescription, value, property, run);
            } else if (property.equalsIgnoreCase(Messages.get("analysis.permanentId"))) {
                if (isNew && PERMANENT_ID.matcher(value.strip()).matches()) {
                    analysis.setId(value.strip());
                } else if (isNew && !value.isBlank()) {
                    problems.add(new ImportProblem(table.name(), row.number(), "B (" + property + ")",
                            Messages.get("problem.badPermanentId", value.strip())));
                }
            } else if (property.equalsIgnoreCase(Messages.get("analysis.counters"))) {
                if (isNew) {
                    counters(table, row, analysis, problems);
                }
            } else {
                problems.add(new ImportProblem(table.name(), row.number(), "A",
                        Messages.get("problem.unknownColumn", property)));
            }
        }
    }

    private static void text(Supplier<String> getter, Consumer<String> setter, String value, String property,
            ImportRun run) {
        String wanted = value.isEmpty() ? null : value;
        if (!Objects.equals(getter.get(), wanted)) {
            setter.accept(wanted);
            run.analysisChanged(property);
        }
    }

    private static void counters(SheetTable table, SheetTable.Row row, Analysis analysis,
            List<ImportProblem> problems) {
        List<DisplayIdCounter> counters = new ArrayList<>();
        for (String line : CellText.lines(row.cell(1))) {
            Matcher matcher = COUNTER.matcher(line.strip());
            if (!matcher.matches()) {
                problems.add(new ImportProblem(table.name(), row.number(), "B",
                        Messages.get("problem.badCounter", line.strip())));
                continue;
            }
            DisplayIdCounter counter = StpaFactory.eINSTANCE.createDisplayIdCounter();
            counter.setPrefix(matcher.group(1));
            counter.setLast(Integer.parseInt(matcher.group(2)));
            counters.add(counter);
        }
        analysis.getDisplayIdCounters().clear();
        analysis.getDisplayIdCounters().addAll(counters);
    }
}

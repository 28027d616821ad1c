/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.examples.DynamoDbDnsExample;
import org.premortem.interchange.xlsx.WorkbookImport;
import org.premortem.interchange.xlsx.XlsxImportException;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * {@code --update}: rows matched by display id change their elements, new rows add elements, and with
 * {@code --delete-missing} elements without a row go; the summary names each; the analysis given is untouched.
 */
class XlsxUpdateTest {

    private final Analysis original = DynamoDbDnsExample.build();

    /** The example edited as a reviewer would edit its workbook: a UCA reworded and linked, a hazard added, a scenario deleted. */
    private Analysis edited() {
        Analysis edited = EcoreUtil.copy(original);
        UnsafeControlAction uca3 = find(edited.getUnsafeControlActions(), "UCA-3");
        uca3.setText("Enactor does not add a plan to Route53 when no good plan is active");
        Hazard h2 = find(edited.getHazards(), "H-2");
        if (!uca3.getHazards().contains(h2)) {
            uca3.getHazards().add(h2);
        }
        AnalysisBuilder.extend(edited, IdSource.seeded(3)).hazard("DNS records of the endpoint are empty",
                edited.getLosses().get(0));
        LossScenario last = edited.getLossScenarios().get(edited.getLossScenarios().size() - 1);
        EcoreUtil.delete(last, true);
        return edited;
    }

    @Test
    void anUpdateWithDeleteMissingGivesTheEditedAnalysis() throws XlsxImportException {
        Analysis edited = edited();
        String before = Workbooks.saved(original);

        WorkbookImport.Result result = WorkbookImport.update(original, Workbooks.export(edited), "edited.xlsx", true);

        assertEquals(Workbooks.saved(Workbooks.held(edited)), Workbooks.saved(Workbooks.held(result.analysis())));
        List<String> lines = result.summary().lines();
        assertEquals("1 added, 1 changed, 0 moved, 1 removed", lines.get(0));
        assertTrue(lines.get(1).startsWith("added H-"), lines::toString);
        assertTrue(lines.get(2).startsWith("changed UCA-3: Text"), lines::toString);
        assertTrue(lines.get(3).startsWith("removed LS-"), lines::toString);
        assertEquals(before, Workbooks.saved(original), "the analysis given is not changed");
    }

    @Test
    void withoutDeleteMissingNothingIsRemoved() throws XlsxImportException {
        WorkbookImport.Result result = WorkbookImport.update(original, Workbooks.export(edited()), "edited.xlsx", false);

        assertEquals(original.getLossScenarios().size(), result.analysis().getLossScenarios().size());
        assertTrue(result.summary().removed().isEmpty());
        assertEquals(1, result.summary().added().size());
    }

    @Test
    void anAddedRowMovesTheDisplayIdCounterPastItsNumber() throws Exception {
        Analysis analysis = AnalysisBuilder.create("Tank", IdSource.seeded(1)).build();
        byte[] workbook = Workbooks.of(java.util.Map.of("Losses",
                List.of(List.of("Id", "Text"), List.of("L-7", "Loss of life"))));

        Analysis updated = WorkbookImport.update(analysis, workbook, "losses.xlsx", false).analysis();

        assertEquals("L-7", updated.getLosses().get(0).getDisplayId());
        assertEquals(7, updated.getDisplayIdCounters().stream().filter(c -> c.getPrefix().equals("L-"))
                .findFirst().orElseThrow().getLast());
    }

    private static <T extends org.premortem.model.stpa.IdentifiedElement> T find(List<T> elements, String id) {
        return elements.stream().filter(e -> id.equals(e.getDisplayId())).findFirst().orElseThrow();
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.premortem.core.query.IdOrder;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.StpaFactory;

/** Ids are listed as people read them: numbers by value, at every level of a hierarchical id, letters ignoring case. */
class IdOrderTest {

    @Test
    void numbersCompareByValueNotAsText() {
        List<String> ids = new ArrayList<>(List.of("UCA-10", "UCA-2", "UCA-1", "H-1.10", "H-1.2", "h-1.3", "CA-1"));
        ids.sort(IdOrder.INSTANCE);
        assertEquals(List.of("CA-1", "H-1.2", "h-1.3", "H-1.10", "UCA-1", "UCA-2", "UCA-10"), ids);
    }

    @Test
    void numbersLongerThanALongStillCompare() {
        assertEquals(-1, Integer.signum(IdOrder.INSTANCE.compare("L-99999999999999999999", "L-100000000000000000000")));
        assertEquals(0, IdOrder.INSTANCE.compare("L-7", "L-7"));
        assertEquals(-1, Integer.signum(IdOrder.INSTANCE.compare("L-7", "L-7a")), "a prefix comes first");
    }

    @Test
    void elementsSortByDisplayIdWithoutOneFirst() {
        List<Hazard> hazards = new ArrayList<>();
        for (String id : new String[] {"H-10", "H-9", null, "H-1"}) {
            Hazard hazard = StpaFactory.eINSTANCE.createHazard();
            hazard.setDisplayId(id);
            hazards.add(hazard);
        }
        hazards.sort(IdOrder.byDisplayId());
        assertEquals(Arrays.asList(null, "H-1", "H-9", "H-10"),
                hazards.stream().map(Hazard::getDisplayId).toList());
    }
}

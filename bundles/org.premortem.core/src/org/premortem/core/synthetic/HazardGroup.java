/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.synthetic;

import java.util.List;

import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.SystemConstraint;

/** A top-level hazard, its sub-hazards (the hazard comes first) and the system constraint that prevents it. */
record HazardGroup(SystemConstraint constraint, List<Hazard> hazards) {
}

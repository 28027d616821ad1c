/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.premortem.core.merge.ConflictResolution.Side;

/**
 * Quick fixes of the Problems view for {@code stpa.merge-conflict}: keep ours, or take theirs, for every conflict a
 * merge recorded on the marker's element.
 */
public final class MergeConflictResolutions implements IMarkerResolutionGenerator2 {

    static final String RULE_ID = "stpa.merge-conflict";

    @Override
    public boolean hasResolutions(IMarker marker) {
        return RULE_ID.equals(marker.getAttribute(ProblemMarkers.RULE_ID, ""))
                && !marker.getAttribute(ProblemMarkers.ELEMENT_ID, "").isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!hasResolutions(marker)) {
            return new IMarkerResolution[0];
        }
        return new IMarkerResolution[] { new PickSideResolution(Side.OURS), new PickSideResolution(Side.THEIRS) };
    }
}

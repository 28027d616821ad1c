/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.compare;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.IViewerCreator;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Composite;

/** Makes the compare framework show {@code .premortem} files in an {@link AnalysisMergeViewer}. */
public final class AnalysisMergeViewerCreator implements IViewerCreator {

    @Override
    public Viewer createViewer(Composite parent, CompareConfiguration configuration) {
        return new AnalysisMergeViewer(parent, configuration);
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.premortem.ui.PremortemPerspective;

/** The Premortem product opens its workbench in the Premortem perspective, with the perspective's views. */
class PerspectiveTest {

    @Test
    void productOpensInThePremortemPerspective() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "a workbench window is open");
        IWorkbenchPage page = window.getActivePage();
        assertNotNull(page, "the window has a page");
        assertEquals(PremortemPerspective.ID, page.getPerspective().getId());
        assertEquals("Premortem", page.getPerspective().getLabel());
    }

    @Test
    void perspectiveShowsTheAnalystsViews() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(PremortemPerspective.ID));
        page.resetPerspective();
        for (String viewId : new String[] { "org.eclipse.ui.navigator.ProjectExplorer", IPageLayout.ID_OUTLINE,
                IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET }) {
            assertNotNull(page.findViewReference(viewId), viewId + " is part of the perspective");
        }
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Premortem perspective: the project tree on the left, the analysis editors in the middle, Outline and
 * Properties on the right, validation problems below.
 */
public final class PremortemPerspective implements IPerspectiveFactory {

    /** The perspective's id, as declared in plugin.xml. */
    public static final String ID = "org.premortem.ui.perspective";

    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
    private static final String NEW_ANALYSIS_WIZARD = "org.premortem.editor.wizards.newAnalysis";
    private static final String EXAMPLE_WIZARD = "org.premortem.examples.ui.dynamodbDns";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.18f, editorArea);
        left.addView(PROJECT_EXPLORER);

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editorArea);
        right.addView(IPageLayout.ID_OUTLINE);

        // Properties is where texts, links and kinds are typed and chosen: it gets room for a few fields at once
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.64f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);

        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addPerspectiveShortcut(ID);
        layout.addNewWizardShortcut(NEW_ANALYSIS_WIZARD);
        layout.addNewWizardShortcut(EXAMPLE_WIZARD);
        // File > New always has "Project..." of its own; a shortcut to the same wizard would show it twice.
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.editor.PremortemEditor;
import org.premortem.report.ui.ReportJob;
import org.premortem.ui.tests.robot.Robot;
import org.premortem.ui.validation.ProblemMarkers;
import org.premortem.ui.validation.ValidationJob;

/**
 * Commands that work in the background say what they did: Premortem > Generate Report lists the files it wrote,
 * with Open (the HTML page in a browser) and Open Folder; Premortem > Validate counts the findings by severity and
 * offers the Problems view. Driven through the menus, as a user does.
 */
class FeedbackTest {

    private ExampleProject example;
    private PremortemEditor editor;
    private IWorkbenchPage page;

    @BeforeEach
    void openTheExample() throws Exception {
        example = new ExampleProject("feedback");
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = (PremortemEditor) IDE.openEditor(page, example.model);
        ExampleProject.settle();
    }

    @AfterEach
    void close() throws Exception {
        try {
            page.closeEditor(editor, false);
            Job.getJobManager().join(ReportJob.FAMILY, null);
        } finally {
            example.delete();
        }
    }

    @Test
    void generateReportListsTheFilesItWroteAndOpensThePageAndTheFolder(@TempDir Path temp) throws Exception {
        assumeFalse(PlatformUI.getWorkbench().getBrowserSupport().isInternalWebBrowserAvailable(),
                "with WebKitGTK the page opens inside the workbench instead");
        try (FakeBrowser browser = FakeBrowser.install(temp)) {
            Robot.play("report-notice", robot -> {
                Shell window = robot.ui(() -> page.getWorkbenchWindow().getShell());
                robot.menu(window::getMenuBar, "Premortem", "Generate Report");
                Job.getJobManager().join(ReportJob.FAMILY, null); // HTML and PDF take a few seconds
                Shell notice = robot.shell("Report Written");
                assertEquals("The report of dynamodb-dns.premortem is written:\n/feedback/reports/dynamodb-dns.html\n"
                        + "/feedback/reports/dynamodb-dns.pdf", message(robot, notice));
                robot.button(notice, "Open");
                robot.waitUntil("the page opens in the browser", () -> opened(browser).size() == 1);
                String url = opened(browser).get(0);
                assertTrue(url.startsWith("file:") && url.endsWith("/feedback/reports/dynamodb-dns.html"), url);

                robot.menu(window::getMenuBar, "Premortem", "Generate Report");
                Job.getJobManager().join(ReportJob.FAMILY, null);
                robot.button(robot.shell("Report Written"), "Open Folder");
                robot.waitUntil("the folder opens", () -> opened(browser).size() == 2);
                assertEquals(example.project.getFolder("reports").getLocation().toString(), opened(browser).get(1));
            });
        }
    }

    @Test
    void generateReportWhileAViewIsActiveReportsTheAnalysisInFront() throws Exception {
        Robot.play("report-from-view", robot -> {
            Shell window = robot.ui(() -> page.getWorkbenchWindow().getShell());
            robot.ui(() -> page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE));
            CTabFolder views = robot.ui(() -> Robot.all(window, CTabFolder.class, f -> List.of(f.getItems()).stream()
                    .anyMatch(i -> "Problems".equals(i.getText()))).get(0));
            CTabItem problems = robot.ui(() -> List.of(views.getItems()).stream()
                    .filter(i -> "Problems".equals(i.getText())).findFirst().orElseThrow());
            Rectangle tab = robot.ui(problems::getBounds);
            robot.click(views, tab.x + tab.width / 2, tab.y + tab.height / 2);
            robot.waitUntil("Problems is the active part",
                    () -> IPageLayout.ID_PROBLEM_VIEW.equals(page.getActivePart().getSite().getId()));

            robot.menu(window::getMenuBar, "Premortem", "Generate Report");
            Job.getJobManager().join(ReportJob.FAMILY, null);
            Shell notice = robot.shell("Report Written");
            assertTrue(message(robot, notice).startsWith("The report of dynamodb-dns.premortem is written:"),
                    message(robot, notice));
            robot.button(notice, "Close");
        });
    }

    @Test
    void validateCountsTheFindingsBySeverityAndShowsTheProblemsView() throws Exception {
        Robot.play("validate-summary", robot -> {
            robot.uiRun(() -> page.activate(editor));
            Shell window = robot.ui(() -> page.getWorkbenchWindow().getShell());
            robot.menu(window::getMenuBar, "Premortem", "Validate");
            Shell notice = robot.shell("Validate");
            Job.getJobManager().join(ValidationJob.FAMILY, null);
            int[] counts = robot.ui(() -> {
                int[] bySeverity = new int[3];
                for (IMarker marker : example.model.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
                    bySeverity[2 - marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)]++;
                }
                return bySeverity;
            });
            assertEquals(0, counts[0], "the example has no errors");
            assertEquals("Validated dynamodb-dns.premortem: no errors, " + count(counts[1], "warning") + ", "
                    + count(counts[2], "info") + ". The findings are in the Problems view.", message(robot, notice));
            robot.button(notice, "Show Problems");
            robot.waitUntil("the Problems view is the active part",
                    () -> IPageLayout.ID_PROBLEM_VIEW.equals(page.getActivePart().getSite().getId()));
        });
    }

    private static String count(int n, String what) {
        return n == 0 ? "no " + what + "s" : n == 1 ? "1 " + what : n + " " + what + "s";
    }

    private static List<String> opened(FakeBrowser browser) {
        try {
            return browser.opened();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(Robot robot, Shell dialog) {
        return robot.ui(() -> Robot.all(dialog, Label.class, l -> l.getText().length() > 20).get(0).getText());
    }
}

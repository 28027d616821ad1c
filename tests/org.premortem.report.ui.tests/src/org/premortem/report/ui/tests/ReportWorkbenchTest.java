/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.core.report.ReportExporterRegistry;
import org.premortem.interchange.pasta.PastaExporter;
import org.premortem.interchange.reqif.ReqifExporter;
import org.premortem.interchange.xlsx.XlsxExporter;
import org.premortem.report.html.HtmlReportExporter;
import org.premortem.report.pdf.PdfReportExporter;
import org.premortem.report.text.csv.CsvReportExporter;
import org.premortem.report.ui.ReportExportPage;
import org.premortem.report.ui.ReportExportWizard;
import org.premortem.report.ui.ReportJob;
import org.premortem.ui.report.ReportExporterExtensionReader;

/**
 * Reports in the workbench: exporters come from the extension point (the same as the command line finds), the
 * Generate Report command writes HTML and PDF beside the selected model, and File > Export > Premortem report writes
 * the formats chosen into the folder chosen.
 */
class ReportWorkbenchTest {

    private static final Path EXAMPLE = Path.of("..", "..", "bundles", "org.premortem.examples", "projects",
            "dynamodb-dns", "dynamodb-dns.premortem");
    private static final String GENERATE = "org.premortem.report.ui.generate";
    private static final String EXPORT_WIZARD = "org.premortem.report.ui.exportWizard";

    private IProject project;
    private IFile model;

    @BeforeEach
    void createProjectWithTheExample() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("reports");
        project.create(null);
        project.open(null);
        model = project.getFile("dynamodb-dns.premortem");
        model.create(new ByteArrayInputStream(Files.readAllBytes(EXAMPLE)), true, null);
    }

    @AfterEach
    void deleteProject() throws Exception {
        waitForReports();
        closeNotices();
        project.delete(true, true, null);
    }

    /** Closes the notices that said the reports were written (ReportNotice; the tests here do not look at them). */
    private static void closeNotices() {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (!shell.isDisposed() && "Report Written".equals(shell.getText())) {
                shell.close();
            }
        }
    }

    @Test
    void theExtensionPointAndTheServiceFilesOfferTheSameExporters() {
        ReportExporterRegistry extensions = ReportExporterExtensionReader.read(Platform.getExtensionRegistry());
        ReportExporterRegistry services = ReportExporterRegistry.fromServiceLoader(
                HtmlReportExporter.class.getClassLoader(), PdfReportExporter.class.getClassLoader(),
                CsvReportExporter.class.getClassLoader(), PastaExporter.class.getClassLoader(),
                XlsxExporter.class.getClassLoader(), ReqifExporter.class.getClassLoader());
        assertEquals(List.of("csv", "html", "md", "pasta", "pdf", "reqif", "xlsx"), extensions.ids());
        assertEquals(services.ids(), extensions.ids());
        for (String id : extensions.ids()) {
            assertEquals(services.find(id).orElseThrow().getClass(), extensions.find(id).orElseThrow().getClass());
        }
    }

    @Test
    void generateReportOnTheProjectExplorerSelectionWritesHtmlAndPdfBesideTheModel() throws Exception {
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(GENERATE);
        assertTrue(command.isDefined(), "the command is contributed");
        assertEquals("Generate Report", command.getName());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart explorer = page.showView("org.eclipse.ui.navigator.ProjectExplorer");
        ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(model));
        page.activate(explorer);

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(GENERATE, null);
        waitForReports();

        IFolder reports = project.getFolder("reports");
        assertTrue(reports.exists(), "the workspace sees the reports folder");
        IFile html = reports.getFile("dynamodb-dns.html");
        IFile pdf = reports.getFile("dynamodb-dns.pdf");
        assertTrue(html.exists() && pdf.exists(), "HTML and PDF are written");
        String text = new String(html.getContents().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("UCA-13"), "the report shows the analysis");
        assertTrue(text.contains("id=\"s-findings\""), "with the findings of the workbench's validation");
        assertTrue(Files.size(pdf.getLocation().toFile().toPath()) > 10_000, "a real PDF");
    }

    @Test
    void generateReportFromTheOpenEditorWritesItsModelsReports() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = IDE.openEditor(page, model, true);
        page.activate(editor);
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(GENERATE, null);
            waitForReports();

            IFile html = project.getFolder("reports").getFile("dynamodb-dns.html");
            assertTrue(html.exists(), "the open model's report is written, whatever is selected inside the editor");
            assertTrue(new String(html.getContents().readAllBytes(), StandardCharsets.UTF_8).contains("UCA-13"));
        } finally {
            page.closeEditor(editor, false);
        }
    }

    @Test
    void exportWizardWritesTheChosenFormatsIntoTheChosenFolder(@TempDir Path folder) throws Exception {
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(EXPORT_WIZARD);
        assertNotNull(descriptor, "File > Export offers the wizard");
        assertEquals("Premortem report", descriptor.getLabel());
        ReportExportWizard wizard = (ReportExportWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model));
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            ReportExportPage page = wizard.page();
            assertEquals("/reports/dynamodb-dns.premortem", page.chosenAnalysis());
            assertTrue(page.isPageComplete(), "HTML and PDF are ticked and the folder is filled in");
            page.chooseFormats(List.of());
            assertTrue(!page.isPageComplete(), "no format, no finish");
            page.chooseFormats(List.of("md", "csv"));
            page.chooseFolder(folder.toString());
            assertTrue(page.isPageComplete());
            assertTrue(wizard.performFinish(), String.valueOf(page.getErrorMessage()));
        } finally {
            dialog.close();
        }
        assertTrue(Files.isRegularFile(folder.resolve("dynamodb-dns.md")));
        assertTrue(Files.isRegularFile(folder.resolve("dynamodb-dns-control-structure-CS-1.svg")));
        assertTrue(Files.isRegularFile(folder.resolve("dynamodb-dns-csv").resolve("ucas.csv")));
        assertTrue(!Files.exists(folder.resolve("dynamodb-dns.html")), "only the formats chosen");
    }

    /** Lets the command's jobs start, then waits for them. */
    private static void waitForReports() throws InterruptedException {
        Display display = Display.getCurrent();
        for (int round = 0; round < 3; round++) {
            while (display.readAndDispatch()) {
                // drain UI events
            }
            Job.getJobManager().join(ReportJob.FAMILY, null);
        }
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.help.internal.base.BaseHelpSystem;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.ui.OpenGuideHandler;
import org.premortem.ui.tests.robot.Robot;

/**
 * The product ships the Eclipse help system: Help > Help Contents shows the Premortem guide with its table of
 * contents, served by the help system's own web server (Jetty, with its JSP pages compiled by Jasper), and
 * Premortem > User Guide opens the guide there — without WebKitGTK in the browser found on the system, or, if there is
 * none at all, says where to choose one.
 */
@SuppressWarnings("restriction")
class HelpSystemTest {

    @Test
    void workbenchHasAHelpUserInterface() {
        assertTrue(PlatformUI.getWorkbench().getHelpSystem().hasHelpUI(),
                "org.eclipse.help.ui is installed, so Help > Help Contents does something");
    }

    @Test
    void tableOfContentsHoldsTheGuide() {
        IToc guide = Arrays.stream(HelpSystem.getTocs())
                .filter(toc -> toc.getHref().startsWith("/org.premortem.help/"))
                .findFirst().orElse(null);
        assertNotNull(guide, "the Premortem guide is a book of the help system");
        assertEquals("Premortem User Guide", guide.getLabel());
        assertEquals(OpenGuideHandler.GUIDE_HELP_RESOURCE, guide.getTopic(null).getHref(),
                "the book's own page is the one Premortem > User Guide opens");
        List<String> pages = Arrays.stream(guide.getTopics()).map(ITopic::getHref).toList();
        assertEquals(List.of("/org.premortem.help/guide/four-steps.html", "/org.premortem.help/guide/validation.html",
                "/org.premortem.help/guide/reports.html", "/org.premortem.help/guide/example.html"), pages);
    }

    @Test
    void helpServerServesTheGuidePage() throws IOException {
        assertTrue(BaseHelpSystem.ensureWebappRunning(), "the help server starts");
        URL page = BaseHelpSystem.resolve(OpenGuideHandler.GUIDE_HELP_RESOURCE, true);
        assertEquals("http", page.getProtocol());
        assertEquals("127.0.0.1", page.getHost(), "the help server only listens on the loopback address");
        assertTrue(page.getPort() > 0, "the help server has a port: " + page);
        String html = get(page);
        assertTrue(html.contains("<h1>Premortem User Guide</h1>"),
                "the guide's first page comes back: " + html.substring(0, Math.min(300, html.length())));
    }

    @Test
    void helpWindowPagesAreCompiledAndServed() throws IOException {
        assertTrue(BaseHelpSystem.ensureWebappRunning(), "the help server starts");
        URL server = BaseHelpSystem.resolve(OpenGuideHandler.GUIDE_HELP_RESOURCE, true);
        // The help window itself is a JSP page: this needs Jasper and the Eclipse compiler in the product.
        String index = get(new URL(server, "/help/index.jsp"));
        assertTrue(index.contains("<title>Help - Premortem</title>") && index.contains("FRAMESET"),
                "index.jsp renders the help window's frames, titled with the product's name: " + index);
        // The table of contents the help window shows, as its contents view loads it: first the books, then the
        // pages of the book the reader opens.
        String books = get(new URL(server, "/help/advanced/tocfragment"));
        assertTrue(books.contains("title=\"Premortem User Guide\""), "the guide is a book: " + books);
        assertTrue(books.contains("topic/org.premortem.help/guide/index.html"), "whose own page is the guide's index");
        String pages = get(new URL(server, "/help/advanced/tocfragment?toc=/org.premortem.help/toc.xml"));
        for (String page : new String[] { "four-steps", "validation", "reports", "example" }) {
            assertTrue(pages.contains("topic/org.premortem.help/guide/" + page + ".html"), page + " is in the book");
        }
    }

    @Test
    void searchFindsTheGuide() throws IOException {
        assertTrue(BaseHelpSystem.ensureWebappRunning(), "the help server starts");
        URL server = BaseHelpSystem.resolve(OpenGuideHandler.GUIDE_HELP_RESOURCE, true);
        // Help > Search and the help window's search field go through the Lucene index, built at the first query.
        // Asked twice: the second query reads back the index the first one wrote (with the Lucene bundle's version).
        for (int query = 0; query < 2; query++) {
            String hits = get(new URL(server, "/help/search?phrase=hazard"));
            assertTrue(hits.contains("/org.premortem.help/guide/"), "the search finds the guide's pages: " + hits);
        }
    }

    @Test
    void withoutWebKitTheUserGuideOpensInTheFirstBrowserFoundOnTheSystemThatWorks(@TempDir Path temp)
            throws Exception {
        assumeFalse(PlatformUI.getWorkbench().getBrowserSupport().isInternalWebBrowserAvailable(),
                "with WebKitGTK the guide opens in the help system's own window");
        try (FakeBrowser browser = FakeBrowser.installBehindAFailingOne(temp)) {
            Robot.play("guide-in-browser", robot -> {
                Shell window = robot.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
                robot.menu(window::getMenuBar, "Premortem", "User Guide");
                robot.waitUntil("the browser is asked to open the guide", () -> !opened(browser).isEmpty());
                String url = opened(browser).get(0);
                assertTrue(url.startsWith("http://127.0.0.1:"), "the help system's own server: " + url);
                assertTrue(url.contains("/help/index.jsp") && url.contains("org.premortem.help"), url);
                assertTrue(get(new URL(url)).contains("FRAMESET"), "the help window, with contents and search");
            });
        }
    }

    @Test
    void withNoBrowserAnywhereTheUserGuideSaysWhereToChooseOne() throws Exception {
        assumeFalse(PlatformUI.getWorkbench().getBrowserSupport().isInternalWebBrowserAvailable());
        assumeTrue(Program.findProgram("html") == null, "the desktop knows no program for web pages");
        try (AutoCloseable none = FakeBrowser.none()) {
            Robot.play("guide-no-browser", robot -> {
                Shell window = robot.ui(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
                robot.menu(window::getMenuBar, "Premortem", "User Guide");
                Shell error = robot.shell("Premortem User Guide");
                String message = robot.ui(() -> Robot.all(error, Label.class, l -> l.getText().length() > 20).get(0)
                        .getText());
                assertTrue(message.contains("no web browser could open it") && message.contains(
                        "Window > Preferences > General > Web Browser"), message);
                robot.button(error, "OK");
            });
        }
    }

    private static List<String> opened(FakeBrowser browser) {
        try {
            return browser.opened();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String get(URL url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        try {
            assertEquals(200, connection.getResponseCode(), url + " answers");
            try (InputStream in = connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            connection.disconnect();
        }
    }
}

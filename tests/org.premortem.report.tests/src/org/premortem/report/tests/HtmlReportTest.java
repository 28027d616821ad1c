/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.core.report.ReportInput;
import org.premortem.core.validation.Finding;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.UnsafeControlAction;

/** The HTML report of the example, parsed: every section, every element with its id, every link resolving. */
class HtmlReportTest {

    private static final List<String> SECTIONS = List.of("s-purpose", "s-goals", "s-assumptions", "s-losses",
            "s-hazards", "s-system-constraints", "s-control-structures", "s-controllers", "s-ucas", "s-uca-list",
            "s-controller-constraints", "s-scenarios", "s-scenarios-by-uca", "s-scenarios-by-class",
            "s-requirements", "s-traceability", "s-hazard-loss-matrix", "s-chains", "s-coverage");

    @TempDir
    static Path folder;

    private static Analysis analysis;
    private static Document html;

    @BeforeAll
    static void export() throws Exception {
        analysis = Reports.example();
        Path file = Reports.export("html", analysis, folder).get(0);
        assertEquals("report.html", file.getFileName().toString());
        html = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void titleBlockNamesTheAnalysisItsFormatAndTheDate() {
        Element title = html.getElementById("s-title");
        assertNotNull(title);
        assertEquals(analysis.getName(), title.selectFirst("h1").text());
        assertTrue(title.text().contains(analysis.getDescription()));
        assertTrue(title.text().contains("1.0"), "format version");
        assertTrue(title.text().contains("2026-11-28"), "date");
    }

    @Test
    void everySectionIsThereInOrderAndInTheContents() {
        List<String> found = new ArrayList<>();
        for (Element section : html.select("main section")) {
            found.add(section.id());
        }
        int last = -1;
        for (String section : SECTIONS) {
            int index = found.indexOf(section);
            assertTrue(index > last, section + " comes after the previous section (found " + found + ")");
            last = index;
            assertNotNull(html.selectFirst("nav.toc a[href=#" + section + "]"), section + " is in the contents");
        }
        assertNotNull(html.getElementById("s-uca-table-CMP-1"), "Planner's UCA table");
        assertNotNull(html.getElementById("s-uca-table-CMP-2"), "Enactor's UCA table");
        assertTrue(html.getElementById("s-findings") == null, "no validation ran, so no findings section");
    }

    @Test
    void everyElementIsALinkTargetShowingItsDisplayId() {
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element && element.getDisplayId() != null) {
                Element target = html.getElementById(element.getDisplayId());
                assertNotNull(target, element.getDisplayId() + " has an anchor");
                assertTrue(target.text().contains(element.getDisplayId()), element.getDisplayId() + " is shown");
            }
        }
    }

    @Test
    void everyLinkHasATargetAndNothingPointsOutside() {
        List<Element> links = html.select("[href], [xlink:href], [src]");
        assertTrue(links.size() > 100, "the report is densely linked");
        for (Element link : links) {
            String href = link.hasAttr("href") ? link.attr("href") : link.attr("xlink:href");
            assertFalse(link.hasAttr("src"), "no external resource: " + link);
            assertTrue(href.startsWith("#"), "only links inside the page: " + href);
            assertNotNull(html.getElementById(href.substring(1)), "link target exists: " + href);
        }
        String styles = html.select("style").html();
        assertFalse(styles.contains("@import") || styles.contains("url("), "styles load nothing");
        assertTrue(html.select("script, link, iframe, object, embed, img").isEmpty(), "no script or loader");
    }

    @Test
    void ucasLinkToTheirHazardsAndHazardsToTheirLosses() {
        for (UnsafeControlAction uca : analysis.getUnsafeControlActions()) {
            Element cell = html.getElementById(uca.getDisplayId());
            assertEquals("span", cell.tagName(), "a UCA is a target inside its Handbook table cell");
            for (Hazard hazard : uca.getHazards()) {
                assertNotNull(cell.selectFirst("a[href=#" + hazard.getDisplayId() + "]"), uca.getDisplayId()
                        + " links to " + hazard.getDisplayId());
                Element hazardRow = html.getElementById(hazard.getDisplayId());
                for (Loss loss : hazard.getLosses()) {
                    assertNotNull(hazardRow.selectFirst("a[href=#" + loss.getDisplayId() + "]"),
                            hazard.getDisplayId() + " links to " + loss.getDisplayId());
                }
            }
        }
    }

    @Test
    void handbookTablesHaveTheFiveCategoriesAndRationalesForNotApplicable() {
        Element table = html.selectFirst("#s-uca-table-CMP-2 table.uca");
        List<String> header = table.select("thead th").eachText();
        assertEquals(List.of("Control action", "Not providing causes hazard", "Providing causes hazard",
                "Too early, too late, out of order", "Stopped too soon, applied too long",
                "Parameter too low or too high"), header);
        assertEquals(3, table.select("tbody tr").size(), "Enactor's three control actions");
        Element addPlan = table.select("tbody tr").get(0);
        assertTrue(addPlan.child(4).text().startsWith("NA-3: n/a (Transaction"), addPlan.child(4).text());
        assertTrue(addPlan.child(1).text().contains("UCA-3") && addPlan.child(1).text().contains("UCA-4"));
    }

    @Test
    void diagramIsInlineSvgLinkedToTheComponentRows() {
        Element svg = html.selectFirst("figure.diagram svg");
        assertNotNull(svg);
        assertEquals(4, svg.select("g.component").size());
        assertEquals(4, svg.select("g.control-action").size());
        assertEquals(2, svg.select("g.feedback").size());
        assertNotNull(svg.selectFirst("a[xlink:href=#CMP-2]"), "the Enactor's box links to its row");
    }

    /** Screen readers read the diagram in words: a paragraph of the figure that the styles hide from sight. */
    @Test
    void theDiagramIsAlsoInWordsForScreenReaders() {
        Element words = html.selectFirst("figure.diagram > p.diagram-text");
        assertNotNull(words);
        assertTrue(words.text().startsWith("Control structure diagram of CS-1 DynamoDB DNS management with 4 components:"),
                words.text());
        assertTrue(words.text().contains("Control actions: New plan from Planner to Enactor"), words.text());
        assertTrue(html.selectFirst("style").data().contains("p.diagram-text { position: absolute;"));
    }

    @Test
    void coverageAndTraceabilityCountTheExample() {
        String coverage = html.getElementById("s-coverage").text();
        assertTrue(coverage.contains("Unsafe control actions with a loss scenario 10 13 76 % UCA-5, UCA-9, UCA-11"),
                coverage);
        assertTrue(coverage.contains("Hazards with a system-level constraint 2 2 100"), coverage);
        Element matrix = html.selectFirst("table.matrix");
        assertEquals(List.of("Hazard", "L-1"), matrix.select("thead th").eachText());
        assertEquals(2, matrix.select("tbody td:contains(\u00d7)").size());
    }

    @Test
    void findingsAreListedWhenValidationRan(@TempDir Path out) throws Exception {
        Hazard hazard = analysis.getHazards().get(0);
        ReportInput input = ReportInput.of(analysis, Reports.DATE).withFindings(List.of(new Finding("test.rule",
                Severity.WARNING, hazard, "<b>check</b> this")));
        Document withFindings = Jsoup.parse(Files.readString(Reports.export("html", input, out).get(0)));
        Element section = withFindings.getElementById("s-findings");
        assertNotNull(section);
        assertTrue(section.text().contains("warning test.rule H-1 <b>check</b> this"), section.text());
        assertNotNull(section.selectFirst("a[href=#H-1]"));
    }
}

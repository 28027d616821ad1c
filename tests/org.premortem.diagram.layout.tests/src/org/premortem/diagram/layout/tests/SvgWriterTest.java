/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.premortem.diagram.layout.ControlStructureLayouter;
import org.premortem.diagram.layout.svg.SvgOptions;
import org.premortem.diagram.layout.svg.SvgWriter;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.ControlStructure;
import org.premortem.model.stpa.Feedback;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The SVG has one shape per component and one arrow per control action and feedback, and escapes all text. */
class SvgWriterTest {

    static Stream<ControlStructure> structures() throws Exception {
        return Stream.of(Structures.example(), Structures.doors());
    }

    private static Document svg(ControlStructure structure) throws Exception {
        String svg = SvgWriter.write(new ControlStructureLayouter().layout(structure), SvgOptions.file("t-"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    @ParameterizedTest
    @MethodSource("structures")
    void oneNodePerComponentAndOneEdgePerActionAndFeedback(ControlStructure structure) throws Exception {
        Document svg = svg(structure);
        assertEquals(displayIds(allComponents(structure.getComponents())), groups(svg, "component"));
        assertEquals(displayIds(structure.getConnections().stream().filter(ControlAction.class::isInstance).toList()),
                groups(svg, "control-action"));
        assertEquals(displayIds(structure.getConnections().stream().filter(Feedback.class::isInstance).toList()),
                groups(svg, "feedback"));
        for (Element group : elements(svg, "g")) {
            if (List.of(group.getAttribute("class").split(" ")).contains("connection")) {
                assertEquals(1, group.getElementsByTagNameNS("*", "path").getLength(), "one arrow per connection");
            }
        }
    }

    @Test
    void textIsEscapedAndNothingIsExternal() throws Exception {
        ControlStructure structure = Structures.doors();
        Component driver = structure.getComponents().get(0);
        driver.setName("<script>alert(1)</script> & \"quotes\" \u0007");
        String svg = SvgWriter.write(new ControlStructureLayouter().layout(structure), SvgOptions.file("t-"));
        assertFalse(svg.contains("<script"), svg);
        assertTrue(svg.contains("&lt;script&gt;"), "the name is shown as text");
        assertFalse(svg.contains("\u0007"), "control characters are dropped");
        assertFalse(svg.matches("(?s).*(href=\"http|src=|@import|url\\((?!#)).*"), "nothing outside the file");
        svg(structure);
    }

    private static Set<String> groups(Document svg, String cssClass) {
        Set<String> ids = new TreeSet<>();
        for (Element group : elements(svg, "g")) {
            if (List.of(group.getAttribute("class").split(" ")).contains(cssClass)) {
                assertTrue(ids.add(group.getAttribute("data-element")), "one shape per element");
            }
        }
        return ids;
    }

    private static List<Element> elements(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<Component> allComponents(List<Component> components) {
        List<Component> all = new ArrayList<>();
        for (Component component : components) {
            all.add(component);
            all.addAll(allComponents(component.getChildren()));
        }
        return all;
    }

    private static Set<String> displayIds(List<? extends org.premortem.model.stpa.IdentifiedElement> elements) {
        Set<String> ids = new TreeSet<>();
        elements.forEach(e -> ids.add(e.getDisplayId()));
        return ids;
    }
}

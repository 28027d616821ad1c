/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.reqif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.ControllerConstraint;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * Writes an analysis as a ReqIF 1.2 document (namespace {@code http://www.omg.org/spec/ReqIF/20110401/reqif.xsd}):
 * <ul>
 * <li>one SPEC-OBJECT-TYPE, "STPA element", with the attributes ReqIF.ForeignID (the display id), ReqIF.Text,
 * ReqIF.ChapterName (of the chapter headings) and "STPA kind" (an enumeration);</li>
 * <li>a SPEC-OBJECT per requirement, system-level constraint (sub-constraints too) and controller constraint, and per
 * hazard, UCA and loss scenario, which the trace links point to; and one heading object per chapter;</li>
 * <li>a SPEC-RELATION per trace link: requirement to loss scenario, UCA and hazard; system-level constraint to hazard;
 * controller constraint to UCA; one SPEC-RELATION-TYPE per kind of link;</li>
 * <li>one SPECIFICATION with a chapter per kind, sub-constraints and sub-hazards nested under their parents.</li>
 * </ul>
 * Identifiers come from permanent ids ({@link ReqifIds}); dates are the report date; the same analysis and date give
 * the same bytes.
 */
final class ReqifDocument {

    private static final String NAMESPACE = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd";
    private static final List<StpaKind> ELEMENT_KINDS = List.of(StpaKind.REQUIREMENT, StpaKind.SYSTEM_CONSTRAINT,
            StpaKind.CONTROLLER_CONSTRAINT, StpaKind.HAZARD, StpaKind.UCA, StpaKind.LOSS_SCENARIO);

    private final Analysis analysis;
    private final String date;
    private final XmlOut xml = new XmlOut();

    private ReqifDocument(Analysis analysis, LocalDate date) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.date = date + "T00:00:00Z";
    }

    static String write(Analysis analysis, LocalDate date) {
        return new ReqifDocument(analysis, date).document();
    }

    private String document() {
        xml.start("REQ-IF", "xmlns", NAMESPACE, "xml:lang", "en");
        header();
        xml.start("CORE-CONTENT").start("REQ-IF-CONTENT");
        datatypes();
        specTypes();
        specObjects();
        specRelations();
        specification();
        xml.end().end();
        xml.end();
        return xml.toString();
    }

    private void header() {
        xml.start("THE-HEADER").start("REQ-IF-HEADER", "IDENTIFIER", ReqifIds.header(analysis));
        xml.text("COMMENT", Messages.get("header.comment"));
        xml.text("CREATION-TIME", date);
        xml.text("REQ-IF-TOOL-ID", Messages.get("tool"));
        xml.text("REQ-IF-VERSION", "1.0");
        xml.text("SOURCE-TOOL-ID", Messages.get("tool"));
        xml.text("TITLE", nonNull(analysis.getName()));
        xml.end().end();
    }

    private void datatypes() {
        xml.start("DATATYPES");
        xml.empty("DATATYPE-DEFINITION-STRING", "IDENTIFIER", ReqifIds.DATATYPE_TEXT, "LAST-CHANGE", date,
                "LONG-NAME", Messages.get("datatype.text"), "MAX-LENGTH", String.valueOf(Integer.MAX_VALUE));
        xml.start("DATATYPE-DEFINITION-ENUMERATION", "IDENTIFIER", ReqifIds.DATATYPE_KIND, "LAST-CHANGE", date,
                "LONG-NAME", Messages.get("datatype.kind"));
        xml.start("SPECIFIED-VALUES");
        for (StpaKind kind : StpaKind.values()) {
            xml.start("ENUM-VALUE", "IDENTIFIER", ReqifIds.kindValue(kind), "LAST-CHANGE", date, "LONG-NAME",
                    kind.label());
            xml.start("PROPERTIES").empty("EMBEDDED-VALUE", "KEY", String.valueOf(kind.ordinal()), "OTHER-CONTENT",
                    kind.label()).end();
            xml.end();
        }
        xml.end().end().end();
    }

    private void specTypes() {
        xml.start("SPEC-TYPES");
        xml.start("SPEC-OBJECT-TYPE", "IDENTIFIER", ReqifIds.TYPE_ELEMENT, "LAST-CHANGE", date, "LONG-NAME",
                Messages.get("type.element"));
        xml.start("SPEC-ATTRIBUTES");
        stringAttribute(ReqifIds.ATTRIBUTE_FOREIGN_ID, "attribute.foreignId");
        stringAttribute(ReqifIds.ATTRIBUTE_TEXT, "attribute.text");
        stringAttribute(ReqifIds.ATTRIBUTE_CHAPTER_NAME, "attribute.chapterName");
        xml.start("ATTRIBUTE-DEFINITION-ENUMERATION", "IDENTIFIER", ReqifIds.ATTRIBUTE_KIND, "LAST-CHANGE", date,
                "LONG-NAME", Messages.get("attribute.kind"), "MULTI-VALUED", "false");
        xml.start("TYPE").text("DATATYPE-DEFINITION-ENUMERATION-REF", ReqifIds.DATATYPE_KIND).end();
        xml.end();
        xml.end().end();
        for (StpaKind kind : ELEMENT_KINDS) {
            for (EReference link : kind.traceLinks()) {
                xml.empty("SPEC-RELATION-TYPE", "IDENTIFIER", ReqifIds.relationType(link), "LAST-CHANGE", date,
                        "LONG-NAME", Messages.get("relation." + link.getEContainingClass().getName() + "."
                                + link.getName()));
            }
        }
        xml.empty("SPECIFICATION-TYPE", "IDENTIFIER", ReqifIds.TYPE_SPECIFICATION, "LAST-CHANGE", date, "LONG-NAME",
                Messages.get("type.specification"));
        xml.end();
    }

    private void stringAttribute(String identifier, String nameKey) {
        xml.start("ATTRIBUTE-DEFINITION-STRING", "IDENTIFIER", identifier, "LAST-CHANGE", date, "LONG-NAME",
                Messages.get(nameKey));
        xml.start("TYPE").text("DATATYPE-DEFINITION-STRING-REF", ReqifIds.DATATYPE_TEXT).end();
        xml.end();
    }

    private void specObjects() {
        xml.start("SPEC-OBJECTS");
        for (StpaKind kind : ELEMENT_KINDS) {
            specObject(ReqifIds.chapter(analysis, kind), kind.chapterName(), null, null, kind.chapterName(),
                    StpaKind.CHAPTER);
            for (IdentifiedElement element : elementsOf(kind)) {
                specObject(ReqifIds.object(element), element.getDisplayId(), element.getDisplayId(), textOf(element),
                        null, kind);
            }
        }
        xml.end();
    }

    private void specObject(String identifier, String longName, String foreignId, String text, String chapterName,
            StpaKind kind) {
        xml.start("SPEC-OBJECT", "IDENTIFIER", identifier, "LAST-CHANGE", date, "LONG-NAME", longName);
        xml.start("VALUES");
        stringValue(ReqifIds.ATTRIBUTE_FOREIGN_ID, foreignId);
        stringValue(ReqifIds.ATTRIBUTE_TEXT, text);
        stringValue(ReqifIds.ATTRIBUTE_CHAPTER_NAME, chapterName);
        xml.start("ATTRIBUTE-VALUE-ENUMERATION");
        xml.start("DEFINITION").text("ATTRIBUTE-DEFINITION-ENUMERATION-REF", ReqifIds.ATTRIBUTE_KIND).end();
        xml.start("VALUES").text("ENUM-VALUE-REF", ReqifIds.kindValue(kind)).end();
        xml.end();
        xml.end();
        xml.start("TYPE").text("SPEC-OBJECT-TYPE-REF", ReqifIds.TYPE_ELEMENT).end();
        xml.end();
    }

    private void stringValue(String definition, String value) {
        if (value == null) {
            return;
        }
        xml.start("ATTRIBUTE-VALUE-STRING", "THE-VALUE", value);
        xml.start("DEFINITION").text("ATTRIBUTE-DEFINITION-STRING-REF", definition).end();
        xml.end();
    }

    private void specRelations() {
        xml.start("SPEC-RELATIONS");
        for (StpaKind kind : ELEMENT_KINDS) {
            for (IdentifiedElement source : elementsOf(kind)) {
                for (EReference link : kind.traceLinks()) {
                    for (Object value : (List<?>) source.eGet(link)) {
                        IdentifiedElement target = (IdentifiedElement) value;
                        xml.start("SPEC-RELATION", "IDENTIFIER", ReqifIds.relation(source, link, target),
                                "LAST-CHANGE", date, "LONG-NAME", source.getDisplayId() + " \u2192 "
                                        + target.getDisplayId());
                        xml.start("SOURCE").text("SPEC-OBJECT-REF", ReqifIds.object(source)).end();
                        xml.start("TARGET").text("SPEC-OBJECT-REF", ReqifIds.object(target)).end();
                        xml.start("TYPE").text("SPEC-RELATION-TYPE-REF", ReqifIds.relationType(link)).end();
                        xml.end();
                    }
                }
            }
        }
        xml.end();
    }

    private void specification() {
        xml.start("SPECIFICATIONS");
        xml.start("SPECIFICATION", "IDENTIFIER", ReqifIds.specification(analysis), "LAST-CHANGE", date, "LONG-NAME",
                Messages.get("specification", nonNull(analysis.getName())));
        xml.start("CHILDREN");
        for (StpaKind kind : ELEMENT_KINDS) {
            xml.start("SPEC-HIERARCHY", "IDENTIFIER", ReqifIds.chapterNode(analysis, kind), "LAST-CHANGE", date);
            xml.start("OBJECT").text("SPEC-OBJECT-REF", ReqifIds.chapter(analysis, kind)).end();
            List<? extends IdentifiedElement> top = topLevel(kind);
            if (!top.isEmpty()) {
                xml.start("CHILDREN");
                top.forEach(this::node);
                xml.end();
            }
            xml.end();
        }
        xml.end();
        xml.start("TYPE").text("SPECIFICATION-TYPE-REF", ReqifIds.TYPE_SPECIFICATION).end();
        xml.end().end();
    }

    private void node(IdentifiedElement element) {
        xml.start("SPEC-HIERARCHY", "IDENTIFIER", ReqifIds.node(element), "LAST-CHANGE", date);
        xml.start("OBJECT").text("SPEC-OBJECT-REF", ReqifIds.object(element)).end();
        List<? extends IdentifiedElement> children = element instanceof Hazard hazard ? hazard.getSubHazards()
                : element instanceof SystemConstraint constraint ? constraint.getSubConstraints() : List.of();
        if (!children.isEmpty()) {
            xml.start("CHILDREN");
            children.forEach(this::node);
            xml.end();
        }
        xml.end();
    }

    private List<? extends IdentifiedElement> topLevel(StpaKind kind) {
        return switch (kind) {
            case REQUIREMENT -> analysis.getRequirements();
            case SYSTEM_CONSTRAINT -> analysis.getSystemConstraints();
            case CONTROLLER_CONSTRAINT -> analysis.getControllerConstraints();
            case HAZARD -> analysis.getHazards();
            case UCA -> analysis.getUnsafeControlActions();
            case LOSS_SCENARIO -> analysis.getLossScenarios();
            case CHAPTER -> List.of();
        };
    }

    /** Every element of a kind in document order, nested ones (sub-hazards, sub-constraints) included. */
    private List<IdentifiedElement> elementsOf(StpaKind kind) {
        List<IdentifiedElement> elements = new ArrayList<>();
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (kind.eClass().filter(c -> c == next.eClass()).isPresent()) {
                elements.add((IdentifiedElement) next);
            }
        }
        return elements;
    }

    private static String textOf(IdentifiedElement element) {
        String text = switch (element) {
            case Requirement requirement -> requirement.getText();
            case SystemConstraint constraint -> constraint.getText();
            case ControllerConstraint constraint -> constraint.getText();
            case Hazard hazard -> hazard.getText();
            case UnsafeControlAction uca -> uca.getText();
            case LossScenario scenario -> scenario.getText();
            default -> null;
        };
        return nonNull(text);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

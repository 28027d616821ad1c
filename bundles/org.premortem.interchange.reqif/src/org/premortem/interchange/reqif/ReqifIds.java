/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.reqif;

import org.eclipse.emf.ecore.EReference;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * The IDENTIFIERs of a ReqIF export, all derived from permanent ids (never from display ids or positions), so that
 * exporting the analysis again gives the same identifiers and a requirements tool updates what it imported before
 * instead of adding duplicates. Permanent ids ({@code _} and base64url characters) are valid in an XML ID after the
 * {@code premortem-} prefix. Types and datatypes have fixed identifiers, the same in every export.
 */
final class ReqifIds {

    static final String PREFIX = "premortem-";
    static final String DATATYPE_TEXT = PREFIX + "datatype-text";
    static final String DATATYPE_KIND = PREFIX + "datatype-stpa-kind";
    static final String TYPE_ELEMENT = PREFIX + "type-stpa-element";
    static final String TYPE_SPECIFICATION = PREFIX + "type-stpa-analysis";
    static final String ATTRIBUTE_FOREIGN_ID = PREFIX + "attribute-foreign-id";
    static final String ATTRIBUTE_TEXT = PREFIX + "attribute-text";
    static final String ATTRIBUTE_CHAPTER_NAME = PREFIX + "attribute-chapter-name";
    static final String ATTRIBUTE_KIND = PREFIX + "attribute-stpa-kind";

    private ReqifIds() {
    }

    static String header(Analysis analysis) {
        return PREFIX + "header" + analysis.getId();
    }

    static String specification(Analysis analysis) {
        return PREFIX + "specification" + analysis.getId();
    }

    static String object(IdentifiedElement element) {
        return PREFIX + element.getId();
    }

    static String node(IdentifiedElement element) {
        return PREFIX + "node" + element.getId();
    }

    static String chapter(Analysis analysis, StpaKind kind) {
        return PREFIX + "chapter-" + kind.slug() + analysis.getId();
    }

    static String chapterNode(Analysis analysis, StpaKind kind) {
        return PREFIX + "node-chapter-" + kind.slug() + analysis.getId();
    }

    static String kindValue(StpaKind kind) {
        return PREFIX + "kind-" + kind.slug();
    }

    static String relationType(EReference link) {
        return PREFIX + "relation-" + link.getEContainingClass().getName() + "-" + link.getName();
    }

    static String relation(IdentifiedElement source, EReference link, IdentifiedElement target) {
        return PREFIX + "link" + source.getId() + "-" + link.getName() + target.getId();
    }
}

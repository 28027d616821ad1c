/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A column of an element list: its header, the text it shows for an element, and, for a text attribute edited in
 * place, that attribute.
 *
 * @param header   the column title
 * @param text     the cell text of an element
 * @param editable the string attribute edited in this column, if any
 * @param width    the initial width in pixels
 */
record ElementColumn<T>(String header, Function<T, String> text, Optional<EAttribute> editable, int width) {

    /** A read-only column. */
    static <T> ElementColumn<T> shown(String header, int width, Function<T, String> text) {
        return new ElementColumn<>(header, text, Optional.empty(), width);
    }

    /** A column edited in place: the element's string attribute. */
    static <T extends IdentifiedElement> ElementColumn<T> edited(String header, int width, EAttribute attribute) {
        return new ElementColumn<>(header, element -> {
            Object value = element.eGet(attribute);
            return value == null ? "" : value.toString();
        }, Optional.of(attribute), width);
    }

    /** The display ids of elements, comma separated. */
    static String ids(Collection<? extends IdentifiedElement> elements) {
        return elements.stream().map(IdentifiedElement::getDisplayId).collect(Collectors.joining(", "));
    }
}

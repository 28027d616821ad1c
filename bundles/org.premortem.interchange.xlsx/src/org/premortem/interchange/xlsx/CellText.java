/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.VariableValue;

/**
 * How values are written in cells, both ways: enumeration literals in words ("controlled process"), booleans as
 * yes/no, references as display ids separated by ", ", lists of texts, causal factors and context conditions a line
 * each. An empty cell is an unset value.
 */
final class CellText {

    static final String LIST_SEPARATOR = ", ";
    static final String LINE = "\n";

    private CellText() {
    }

    /** The words of an enumeration literal: {@code CONTROLLED_PROCESS} as "controlled process". */
    static String words(Enumerator literal) {
        return literal.getName().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The literal of an enumeration that words name (case, blanks and underscores aside), or {@code null}. */
    static EEnumLiteral literal(EEnum eEnum, String words) {
        String wanted = normalized(words);
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            if (normalized(literal.getName()).equals(wanted) || normalized(literal.getLiteral()).equals(wanted)) {
                return literal;
            }
        }
        return null;
    }

    /** All literals of an enumeration in words, for messages. */
    static String choices(EEnum eEnum) {
        return eEnum.getELiterals().stream().map(l -> words(l.getInstance())).collect(Collectors.joining(", "));
    }

    /** The words of a class of a mixed sheet ("feedback"). */
    static String className(EClass eClass) {
        return Messages.find("class." + eClass.getName()).orElse(eClass.getName());
    }

    static String displayId(EObject element) {
        return element instanceof IdentifiedElement identified && identified.getDisplayId() != null
                ? identified.getDisplayId() : "";
    }

    /** The cell's value of a feature: a String, an Integer or {@code null} for an empty cell. */
    static Object encode(EObject element, EStructuralFeature feature) {
        if (!element.eClass().getEAllStructuralFeatures().contains(feature) || !element.eIsSet(feature)) {
            return null;
        }
        Object value = element.eGet(feature);
        if (feature.isMany()) {
            List<String> parts = new ArrayList<>();
            for (Object item : (Collection<?>) value) {
                parts.add(single(item));
            }
            if (parts.isEmpty()) {
                return null;
            }
            boolean lines = !(feature instanceof org.eclipse.emf.ecore.EReference reference) || reference.isContainment();
            return String.join(lines ? LINE : LIST_SEPARATOR, parts);
        }
        if (value instanceof Integer number) {
            return number;
        }
        return single(value);
    }

    private static String single(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator literal) {
            return words(literal);
        }
        if (value instanceof Boolean flag) {
            return Messages.get(flag ? "yes" : "no");
        }
        if (value instanceof CausalFactor factor) {
            return (factor.getKind() == null ? "" : words(factor.getKind())) + ": "
                    + (factor.getText() == null ? "" : factor.getText());
        }
        if (value instanceof VariableValue condition) {
            return displayId(condition.getVariable()) + " = "
                    + (condition.getValue() == null ? "" : condition.getValue());
        }
        if (value instanceof EObject element) {
            return displayId(element);
        }
        return value.toString();
    }

    /** Splits a cell of display ids: separated by commas, semicolons, blanks or line ends. */
    static List<String> ids(String cell) {
        List<String> ids = new ArrayList<>();
        for (String part : cell.split("[,;\\s]+")) {
            if (!part.isEmpty()) {
                ids.add(part);
            }
        }
        return ids;
    }

    /** Splits a cell of one value a line, dropping blank lines. */
    static List<String> lines(String cell) {
        List<String> lines = new ArrayList<>();
        for (String line : cell.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String normalized(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.model.stpa.VariableValue;

/**
 * Turns a cell's text into the value of a feature, the inverse of {@link CellText#encode}: an empty cell is
 * {@code null} (or an empty list); references are resolved by display id through a {@link Resolver}. A cell that
 * cannot be read gives a message, not a value.
 */
final class CellDecoder {

    /** Finds the element a display id names, of a type. */
    interface Resolver {

        /** The element, or a message saying why there is none. */
        Result<EObject> resolve(String displayId, EClass type);
    }

    /** A value or a message. */
    record Result<T>(T value, String problem) {

        static <T> Result<T> of(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> problem(String problem) {
            return new Result<>(null, problem);
        }

        boolean ok() {
            return problem == null;
        }
    }

    private final Resolver resolver;

    CellDecoder(Resolver resolver) {
        this.resolver = resolver;
    }

    Result<Object> decode(EStructuralFeature feature, String cell) {
        if (feature == StpaPackage.Literals.LOSS_SCENARIO__CAUSAL_FACTORS) {
            return causalFactors(cell);
        }
        if (feature == StpaPackage.Literals.UNSAFE_CONTROL_ACTION__CONTEXT_CONDITIONS) {
            return conditions(cell);
        }
        if (feature instanceof EReference reference) {
            return references(reference, cell);
        }
        EAttribute attribute = (EAttribute) feature;
        if (attribute.isMany()) {
            List<Object> values = new ArrayList<>();
            for (String line : CellText.lines(cell)) {
                Result<Object> value = single(attribute.getEAttributeType(), line);
                if (!value.ok()) {
                    return value;
                }
                values.add(value.value());
            }
            return Result.of(values);
        }
        return cell.isBlank() ? Result.of(null) : single(attribute.getEAttributeType(), cell);
    }

    private Result<Object> single(EDataType type, String text) {
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = CellText.literal(eEnum, text);
            return literal == null
                    ? Result.problem(Messages.get("problem.badEnum", text.strip(), CellText.choices(eEnum)))
                    : Result.of(literal.getInstance());
        }
        Class<?> instance = type.getInstanceClass();
        if (instance == int.class || instance == Integer.class) {
            try {
                return Result.of(new BigDecimal(text.strip()).intValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                return Result.problem(Messages.get("problem.badNumber", text.strip()));
            }
        }
        if (instance == boolean.class || instance == Boolean.class) {
            String word = text.strip().toLowerCase(Locale.ROOT);
            if (word.equals(Messages.get("yes")) || word.equals("true")) {
                return Result.of(Boolean.TRUE);
            }
            if (word.equals(Messages.get("no")) || word.equals("false")) {
                return Result.of(Boolean.FALSE);
            }
            return Result.problem(Messages.get("problem.badBoolean", text.strip(), Messages.get("yes"),
                    Messages.get("no")));
        }
        return Result.of(text);
    }

    private Result<Object> references(EReference reference, String cell) {
        List<String> ids = CellText.ids(cell);
        List<Object> elements = new ArrayList<>();
        for (String id : ids) {
            Result<EObject> element = resolver.resolve(id, reference.getEReferenceType());
            if (!element.ok()) {
                return Result.problem(element.problem());
            }
            elements.add(element.value());
        }
        if (reference.isMany()) {
            return Result.of(elements);
        }
        if (elements.size() > 1) {
            return Result.problem(Messages.get("problem.oneReference", cell.strip()));
        }
        return Result.of(elements.isEmpty() ? null : elements.get(0));
    }

    private Result<Object> causalFactors(String cell) {
        List<Object> factors = new ArrayList<>();
        for (String line : CellText.lines(cell)) {
            int colon = line.indexOf(':');
            Optional<EEnumLiteral> kind = colon < 0 ? Optional.empty()
                    : Optional.ofNullable(CellText.literal(StpaPackage.Literals.CAUSAL_FACTOR_KIND, line.substring(0, colon)));
            if (kind.isEmpty()) {
                return Result.problem(Messages.get("problem.badCausalFactor", line.strip()));
            }
            CausalFactor factor = StpaFactory.eINSTANCE.createCausalFactor();
            factor.setKind((CausalFactorKind) kind.get().getInstance());
            String text = line.substring(colon + 1);
            text = text.startsWith(" ") ? text.substring(1) : text;
            factor.setText(text.isEmpty() ? null : text);
            factors.add(factor);
        }
        return Result.of(factors);
    }

    private Result<Object> conditions(String cell) {
        List<Object> conditions = new ArrayList<>();
        for (String line : CellText.lines(cell)) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                return Result.problem(Messages.get("problem.badCondition", line.strip()));
            }
            Result<EObject> variable = resolver.resolve(line.substring(0, equals).strip(),
                    StpaPackage.Literals.PROCESS_MODEL_VARIABLE);
            if (!variable.ok()) {
                return Result.problem(variable.problem());
            }
            VariableValue condition = StpaFactory.eINSTANCE.createVariableValue();
            condition.setVariable((ProcessModelVariable) variable.value());
            String value = line.substring(equals + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            condition.setValue(value.isEmpty() ? null : value);
            conditions.add(condition);
        }
        return Result.of(conditions);
    }
}

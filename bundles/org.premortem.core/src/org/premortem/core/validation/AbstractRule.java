/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.text.MessageFormat;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * Holds a rule's fixed facts and texts, so a rule class only says what it checks. Texts come from the contributing
 * bundle's resource bundle: {@code <id>.description}, {@code <id>.message} and further {@code <id>.<variant>} keys.
 */
public abstract class AbstractRule implements ValidationRule {

    private final String id;
    private final RuleCategory category;
    private final Severity defaultSeverity;
    private final Set<EClass> elementKinds;
    private final ResourceBundle texts;

    protected AbstractRule(String id, RuleCategory category, Severity defaultSeverity, ResourceBundle texts,
            EClass... elementKinds) {
        this.id = Objects.requireNonNull(id, "id");
        this.category = Objects.requireNonNull(category, "category");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        this.elementKinds = Set.of(elementKinds);
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    @Override
    public String description() {
        return texts.getString(id + ".description");
    }

    /** The message {@code <id>.<variant>} with its arguments filled in. */
    protected final String message(String variant, Object... arguments) {
        return MessageFormat.format(texts.getString(id + "." + variant), arguments);
    }

    /** How an element is named in messages, e.g. {@code CMP-1 'Planner'}. */
    protected static String name(IdentifiedElement element) {
        return ElementNames.of(element);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final RuleCategory category() {
        return category;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final Set<EClass> elementKinds() {
        return elementKinds;
    }

    @Override
    public String toString() {
        return id;
    }
}

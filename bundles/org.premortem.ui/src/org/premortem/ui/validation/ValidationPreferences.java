/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.premortem.core.validation.Severity;
import org.premortem.core.validation.ValidationRule;
import org.premortem.core.validation.ValidationSettings;

/**
 * The workbench-wide rule settings (Window > Preferences > Premortem > Validation): per rule {@code off} or a
 * severity. They are the base that a model's premortem-validation.properties file overrides.
 */
public final class ValidationPreferences {

    static final String NODE = "org.premortem.ui";
    private static final String PREFIX = "validation.";
    private static final String OFF = "off";

    private ValidationPreferences() {
    }

    /** The settings the preferences describe, for the given rules. */
    public static ValidationSettings settings(Iterable<ValidationRule> rules) {
        ValidationSettings settings = ValidationSettings.defaults();
        for (ValidationRule rule : rules) {
            String value = node().get(PREFIX + rule.id(), null);
            if (OFF.equals(value)) {
                settings.disable(rule.id());
            } else {
                Severity.parse(value).ifPresent(severity -> settings.severity(rule.id(), severity));
            }
        }
        return settings;
    }

    /** The stored choice for a rule: empty means "default", otherwise off, error, warning or info. */
    public static Optional<String> stored(ValidationRule rule) {
        return Optional.ofNullable(node().get(PREFIX + rule.id(), null));
    }

    /** Stores a choice: {@code null} or the rule's default restores the default. */
    public static void store(ValidationRule rule, String value) {
        if (value == null || value.equals(rule.defaultSeverity().label())) {
            node().remove(PREFIX + rule.id());
        } else {
            node().put(PREFIX + rule.id(), value);
        }
    }

    public static void flush() throws BackingStoreException {
        node().flush();
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}

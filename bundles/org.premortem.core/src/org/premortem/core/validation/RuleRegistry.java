/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The validation rules known to this Premortem, by id. Filled from the extension point in the workbench and from
 * {@link ServiceLoader} on the plain-Java command line; thread-safe.
 */
public final class RuleRegistry {

    private final Map<String, ValidationRule> rules = new TreeMap<>();

    /** Adds a rule; a second rule with the same id is refused, since ids must identify rules. */
    public synchronized void register(ValidationRule rule) {
        Objects.requireNonNull(rule, "rule");
        ValidationRule previous = rules.putIfAbsent(rule.id(), rule);
        if (previous != null && previous.getClass() != rule.getClass()) {
            throw new IllegalArgumentException("rule id " + rule.id() + " is used by both "
                    + previous.getClass().getName() + " and " + rule.getClass().getName());
        }
    }

    public synchronized void registerAll(Collection<? extends ValidationRule> more) {
        more.forEach(this::register);
    }

    /** All rules, ordered by id. */
    public synchronized List<ValidationRule> rules() {
        return List.copyOf(rules.values());
    }

    public synchronized Optional<ValidationRule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** A registry of the rules that {@link ServiceLoader} finds through each of the class loaders. */
    public static RuleRegistry fromServiceLoader(ClassLoader... loaders) {
        RuleRegistry registry = new RuleRegistry();
        for (ClassLoader loader : loaders) {
            for (ValidationRule rule : ServiceLoader.load(ValidationRule.class, loader)) {
                registry.register(rule);
            }
        }
        return registry;
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;

/**
 * Reads class contributions of an extension point: each element of the given name creates its {@code class}; one
 * that cannot be created or has the wrong type is logged with its bundle and class and skipped, so one broken
 * contribution never hides the others.
 */
public final class Contributions {

    private Contributions() {
    }

    /** One created contribution with the element that declared it. */
    public record Contribution<T>(IConfigurationElement element, T instance) {
    }

    public static <T> List<Contribution<T>> create(IExtensionRegistry extensions, String extensionPoint,
            String elementName, Class<T> type) {
        List<Contribution<T>> created = new ArrayList<>();
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(extensionPoint)) {
            if (!elementName.equals(element.getName())) {
                continue;
            }
            try {
                Object instance = element.createExecutableExtension("class");
                if (type.isInstance(instance)) {
                    created.add(new Contribution<>(element, type.cast(instance)));
                } else {
                    log(element, "does not implement " + type.getName(), null);
                }
            } catch (CoreException | RuntimeException e) {
                log(element, "cannot be created", e);
            }
        }
        return created;
    }

    /** Logs a contribution that is skipped, naming its class and bundle. */
    public static void log(IConfigurationElement element, String problem, Throwable cause) {
        ILog.of(Contributions.class).error("Contribution " + element.getAttribute("class") + " of bundle "
                + element.getContributor().getName() + " to " + element.getDeclaringExtension()
                .getExtensionPointUniqueIdentifier() + " " + problem, cause);
    }

    /** A value computed once, on first use, thread-safely (the workbench's registries). */
    public static <T> Supplier<T> once(Supplier<T> compute) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T result = value;
                if (result == null) {
                    synchronized (this) {
                        result = value;
                        if (result == null) {
                            result = compute.get();
                            value = result;
                        }
                    }
                }
                return result;
            }
        };
    }
}

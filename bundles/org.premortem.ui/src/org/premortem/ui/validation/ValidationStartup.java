/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.validation;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IStartup;
import org.premortem.core.validation.PremortemEValidator;
import org.premortem.core.validation.Validator;

/**
 * When the workbench starts: validate-on-save for .premortem files, and EMF's Diagnostician taught Premortem's
 * rules (with the workbench preferences).
 */
public final class ValidationStartup implements IStartup {

    @Override
    public void earlyStartup() {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(new ValidateOnSaveListener(),
                IResourceChangeEvent.POST_CHANGE);
        PremortemEValidator.register(new Validator(WorkbenchRules.registry(),
                ValidationPreferences.settings(WorkbenchRules.registry().rules())));
    }
}

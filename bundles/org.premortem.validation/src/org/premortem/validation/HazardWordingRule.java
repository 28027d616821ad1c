/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.validation;


import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.premortem.core.validation.RuleCategory;
import org.premortem.core.validation.RuleContext;
import org.premortem.core.validation.Severity;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A hazard worded as a loss ("loss of life") or as a cause ("because the sensor fails") rather than as a system
 * state. A heuristic on the words used, so only informational.
 */
public final class HazardWordingRule extends StpaRule {

    private static final Pattern LOSS_WORDS = Pattern.compile(
            "(?i)\\b(loss of|lost|death|dies|killed|injur\\w*|fatalit\\w*|damaged?|outage)\\b");
    private static final Pattern CAUSE_WORDS = Pattern.compile(
            "(?i)\\b(because|due to|caused by|fails?|failure|bug|crash\\w*|misconfigur\\w*)\\b");

    public HazardWordingRule() {
        super("stpa.hazard-wording", RuleCategory.WORDING, Severity.INFO, STPA.getHazard());
    }

    @Override
    public void check(IdentifiedElement element, RuleContext context) {
        String text = ((Hazard) element).getText();
        if (text == null) {
            return;
        }
        Matcher loss = LOSS_WORDS.matcher(text);
        if (loss.find()) {
            context.report(element, message("loss", name(element), loss.group(1)));
            return;
        }
        Matcher cause = CAUSE_WORDS.matcher(text);
        if (cause.find()) {
            context.report(element, message("cause", name(element), cause.group(1)));
        }
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.util.Locale;

import org.premortem.interchange.pasta.PastaAst.UcaGroup;
import org.premortem.model.stpa.UcaType;

/**
 * PASTA's UCA groups and Context-Table rule types and Premortem's UCA types. PASTA's timing and duration groups hold
 * two or three Premortem types; the UCA's text decides ("late", "order", "long"), and the group is what is written
 * back, so the round trip keeps the group.
 */
final class PastaUcaTypes {

    private PastaUcaTypes() {
    }

    static UcaType ofGroup(UcaGroup group, String text) {
        String words = text.toLowerCase(Locale.ROOT);
        return switch (group) {
            case NOT_PROVIDING -> UcaType.NOT_PROVIDED;
            case PROVIDING -> UcaType.PROVIDED;
            case TIMING -> words.contains("order") ? UcaType.WRONG_ORDER
                    : words.contains("late") ? UcaType.TOO_LATE : UcaType.TOO_EARLY;
            case DURATION -> words.contains("long") || words.contains("late") ? UcaType.APPLIED_TOO_LONG
                    : UcaType.STOPPED_TOO_SOON;
        };
    }

    /** The PASTA group of a type; parameter UCAs (not in PASTA) go with providing. */
    static UcaGroup groupOf(UcaType type) {
        return switch (type) {
            case NOT_PROVIDED -> UcaGroup.NOT_PROVIDING;
            case PROVIDED, PARAMETER_TOO_LOW, PARAMETER_TOO_HIGH -> UcaGroup.PROVIDING;
            case TOO_EARLY, TOO_LATE, WRONG_ORDER -> UcaGroup.TIMING;
            case STOPPED_TOO_SOON, APPLIED_TOO_LONG -> UcaGroup.DURATION;
        };
    }

    static UcaType ofRuleType(String type) {
        return switch (type) {
            case "not-provided" -> UcaType.NOT_PROVIDED;
            case "too-late" -> UcaType.TOO_LATE;
            case "too-early" -> UcaType.TOO_EARLY;
            case "wrong-time" -> UcaType.WRONG_ORDER;
            case "applied-too-long" -> UcaType.APPLIED_TOO_LONG;
            case "stopped-too-soon" -> UcaType.STOPPED_TOO_SOON;
            default -> UcaType.PROVIDED;
        };
    }

    static String ruleTypeOf(UcaType type) {
        return switch (type) {
            case NOT_PROVIDED -> "not-provided";
            case TOO_LATE -> "too-late";
            case TOO_EARLY -> "too-early";
            case WRONG_ORDER -> "wrong-time";
            case APPLIED_TOO_LONG -> "applied-too-long";
            case STOPPED_TOO_SOON -> "stopped-too-soon";
            default -> "provided";
        };
    }

    /** The text of a UCA made from a context: {@code Controller provides Action too late when v = x}. */
    static String sentence(String controller, UcaType type, String action, String context) {
        String sentence = Messages.get("uca." + type.getName(), controller, action);
        return context.isEmpty() ? sentence : Messages.get("uca.when", sentence, context);
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;

/** The Handbook's standard wording of UCAs and the names of UCA types and categories, as the tables show them. */
public final class UcaWording {

    /** The ellipsis that ends the standard wording, where the context goes. */
    private static final String OPEN = "\u2026"; //$NON-NLS-1$

    private UcaWording() {
    }

    /** The standard start of a UCA's text, e.g. "Enactor does not provide Apply plan when …". */
    public static String standard(ControlAction action, UcaType type) {
        return NLS.bind(pattern(type), nameOf(action.getSource()), nameOrUnnamed(action.getName()));
    }

    /** The standard wording completed with a context, e.g. "… does not provide Apply plan when plan=stale". */
    public static String withContext(ControlAction action, UcaType type, String context) {
        String standard = standard(action, type);
        return standard.endsWith(OPEN) ? lead(standard) + context : standard + ' ' + context;
    }

    /**
     * The context of a UCA text written on the standard wording: what follows "… when" ("a newer plan is being
     * applied" of "Planner provides New plan when a newer plan is being applied"); empty for other texts.
     */
    public static Optional<String> contextOf(ControlAction action, UcaType type, String text) {
        String lead = lead(standard(action, type));
        if (text == null || !text.startsWith(lead)) {
            return Optional.empty();
        }
        String context = text.substring(lead.length()).strip();
        if (context.startsWith(OPEN)) {
            context = context.substring(OPEN.length()).strip();
        }
        return context.isEmpty() ? Optional.empty() : Optional.of(context);
    }

    /**
     * Where the context goes in a standard wording: the index of its closing "…" (which the context replaces), or
     * its end if it has none.
     */
    static int openingOf(String standard) {
        return lead(standard).length();
    }

    /** The standard wording without its closing "…": what the analyst's context follows. */
    private static String lead(String standard) {
        return standard.endsWith(OPEN) ? standard.substring(0, standard.length() - OPEN.length()) : standard;
    }

    private static String pattern(UcaType type) {
        return switch (type) {
            case NOT_PROVIDED -> Messages.Wording_NOT_PROVIDED;
            case PROVIDED -> Messages.Wording_PROVIDED;
            case TOO_EARLY -> Messages.Wording_TOO_EARLY;
            case TOO_LATE -> Messages.Wording_TOO_LATE;
            case WRONG_ORDER -> Messages.Wording_WRONG_ORDER;
            case STOPPED_TOO_SOON -> Messages.Wording_STOPPED_TOO_SOON;
            case APPLIED_TOO_LONG -> Messages.Wording_APPLIED_TOO_LONG;
            case PARAMETER_TOO_LOW -> Messages.Wording_PARAMETER_TOO_LOW;
            case PARAMETER_TOO_HIGH -> Messages.Wording_PARAMETER_TOO_HIGH;
        };
    }

    /** The name of a UCA type, e.g. "too early". */
    public static String typeName(UcaType type) {
        return switch (type) {
            case NOT_PROVIDED -> Messages.Type_NOT_PROVIDED;
            case PROVIDED -> Messages.Type_PROVIDED;
            case TOO_EARLY -> Messages.Type_TOO_EARLY;
            case TOO_LATE -> Messages.Type_TOO_LATE;
            case WRONG_ORDER -> Messages.Type_WRONG_ORDER;
            case STOPPED_TOO_SOON -> Messages.Type_STOPPED_TOO_SOON;
            case APPLIED_TOO_LONG -> Messages.Type_APPLIED_TOO_LONG;
            case PARAMETER_TOO_LOW -> Messages.Type_PARAMETER_TOO_LOW;
            case PARAMETER_TOO_HIGH -> Messages.Type_PARAMETER_TOO_HIGH;
        };
    }

    /** The Handbook's column title of a UCA category. */
    public static String categoryName(UcaCategory category) {
        return switch (category) {
            case NOT_PROVIDED -> Messages.Category_NOT_PROVIDED;
            case PROVIDED -> Messages.Category_PROVIDED;
            case TIMING -> Messages.Category_TIMING;
            case DURATION -> Messages.Category_DURATION;
            case PARAMETER -> Messages.Category_PARAMETER;
        };
    }

    static String nameOf(Component component) {
        return component == null ? Messages.Unnamed : nameOrUnnamed(component.getName());
    }

    static String nameOrUnnamed(String name) {
        return name == null || name.isBlank() ? Messages.Unnamed : name;
    }
}

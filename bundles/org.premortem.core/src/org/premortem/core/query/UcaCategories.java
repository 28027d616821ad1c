/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.query;

import java.util.EnumSet;
import java.util.Set;

import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;

/** The five UCA categories of the STPA Handbook (plus parameter) and the UCA types in each. */
public final class UcaCategories {

    private UcaCategories() {
    }

    /** The category a UCA type belongs to: e.g. too early, too late and wrong order are all timing. */
    public static UcaCategory categoryOf(UcaType type) {
        return switch (type) {
            case NOT_PROVIDED -> UcaCategory.NOT_PROVIDED;
            case PROVIDED -> UcaCategory.PROVIDED;
            case TOO_EARLY, TOO_LATE, WRONG_ORDER -> UcaCategory.TIMING;
            case STOPPED_TOO_SOON, APPLIED_TOO_LONG -> UcaCategory.DURATION;
            case PARAMETER_TOO_LOW, PARAMETER_TOO_HIGH -> UcaCategory.PARAMETER;
        };
    }

    /** The UCA types of a category. */
    public static Set<UcaType> typesOf(UcaCategory category) {
        Set<UcaType> types = EnumSet.noneOf(UcaType.class);
        for (UcaType type : UcaType.values()) {
            if (categoryOf(type) == category) {
                types.add(type);
            }
        }
        return types;
    }
}

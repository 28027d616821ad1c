/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements held under one key of an index, without an object of their own in the usual case: {@code null} for
 * none, the element itself for one, a list for several. Each element is held once; the order is the order of adding
 * (an index built in one pass adds in document order, later edits append).
 */
final class Holders {

    private Holders() {
    }

    /** {@code holders} with {@code element} too; the same object when it was held already. */
    static Object with(Object holders, Object element) {
        return holders instanceof HeldList several && contains(several, element) ? several : appended(holders, element);
    }

    /**
     * {@code holders} with {@code element} appended unless it was the last added: for a pass that adds each element's
     * keys together, where this is enough to hold each once, at no cost growing with the number held.
     */
    static Object appended(Object holders, Object element) {
        if (holders == null) {
            return element;
        }
        if (holders instanceof HeldList several) {
            if (several.get(several.size() - 1) != element) {
                several.add(element);
            }
            return several;
        }
        if (holders == element) {
            return holders;
        }
        HeldList several = new HeldList();
        several.add(holders);
        several.add(element);
        return several;
    }

    /** {@code holders} without {@code element}; {@code null} when none remain. */
    static Object without(Object holders, Object element) {
        if (holders instanceof HeldList several) {
            for (int i = several.size() - 1; i >= 0; i--) {
                if (several.get(i) == element) {
                    several.remove(i);
                    break;
                }
            }
            return several.size() == 1 ? several.get(0) : several;
        }
        return holders == element ? null : holders;
    }

    static int size(Object holders) {
        return holders == null ? 0 : holders instanceof HeldList several ? several.size() : 1;
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Object holders) {
        if (holders == null) {
            return List.of();
        }
        if (holders instanceof HeldList several) {
            return (List<T>) List.copyOf(several);
        }
        return List.of((T) holders);
    }

    private static boolean contains(List<Object> several, Object element) {
        for (Object held : several) {
            if (held == element) {
                return true;
            }
        }
        return false;
    }

    /** A list of several holders: a class of its own, so that no held element is mistaken for it. */
    private static final class HeldList extends ArrayList<Object> {

        private static final long serialVersionUID = 1L;

        HeldList() {
            super(2);
        }
    }
}

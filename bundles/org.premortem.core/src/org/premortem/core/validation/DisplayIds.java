/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

import java.util.List;

import org.premortem.model.stpa.IdentifiedElement;

/**
 * The elements carrying each display id, in two arrays (open addressing, linear probing): no entry object per id, and
 * no holder object for an id only one element carries (see {@link Holders}), which matters when every element of a
 * 100k-UCA analysis has a display id. An id whose last element goes keeps its slot, empty, until the table is
 * rebuilt on growth, so that probing never needs tombstones.
 */
final class DisplayIds {

    private String[] keys;
    private Object[] holders;
    /** Slots with a key, emptied or not. */
    private int used;

    DisplayIds(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        holders = new Object[capacity];
    }

    /** Records one more element with the id, when building in one pass (each element once). */
    void addNew(String displayId, IdentifiedElement element) {
        int slot = claim(displayId);
        holders[slot] = Holders.appended(holders[slot], element);
    }

    void add(String displayId, IdentifiedElement element) {
        int slot = claim(displayId);
        holders[slot] = Holders.with(holders[slot], element);
    }

    void remove(String displayId, IdentifiedElement element) {
        int slot = slot(keys, displayId);
        if (keys[slot] != null) {
            holders[slot] = Holders.without(holders[slot], element);
        }
    }

    int count(String displayId) {
        int slot = slot(keys, displayId);
        return keys[slot] == null ? 0 : Holders.size(holders[slot]);
    }

    List<IdentifiedElement> carriers(String displayId) {
        int slot = slot(keys, displayId);
        return keys[slot] == null ? List.of() : Holders.list(holders[slot]);
    }

    private int claim(String displayId) {
        int slot = slot(keys, displayId);
        if (keys[slot] == null) {
            if ((used + 1) * 2 > keys.length) {
                rebuild();
                slot = slot(keys, displayId);
            }
            keys[slot] = displayId;
            used++;
        }
        return slot;
    }

    private static int slot(String[] table, String key) {
        int mask = table.length - 1;
        int h = key.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (table[slot] != null && !table[slot].equals(key)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Drops the emptied ids, and doubles the table when the live ones fill a quarter of it. */
    private void rebuild() {
        String[] oldKeys = keys;
        Object[] oldHolders = holders;
        int live = 0;
        for (Object held : oldHolders) {
            live += held == null ? 0 : 1;
        }
        int capacity = (live + 1) * 4 > oldKeys.length ? oldKeys.length * 2 : oldKeys.length;
        keys = new String[capacity];
        holders = new Object[capacity];
        used = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHolders[i] != null) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                holders[slot] = oldHolders[i];
                used++;
            }
        }
    }
}

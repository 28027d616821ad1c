/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.validation;

/**
 * How often each string occurs, in two arrays (open addressing, linear probing): no entry object and no boxed count
 * per string, which matters when every element of a 100k-UCA analysis has a display id.
 */
final class StringCounts {

    private String[] keys;
    private int[] counts;
    private int size;

    StringCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        counts = new int[capacity];
    }

    void add(String key) {
        int slot = slot(keys, key);
        if (keys[slot] == null) {
            keys[slot] = key;
            size++;
            if (size * 2 > keys.length) {
                grow();
            }
            slot = slot(keys, key);
        }
        counts[slot]++;
    }

    int count(String key) {
        int slot = slot(keys, key);
        return keys[slot] == null ? 0 : counts[slot];
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

    private void grow() {
        String[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new String[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(keys, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }
}

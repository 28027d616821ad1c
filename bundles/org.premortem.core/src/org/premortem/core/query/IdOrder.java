/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.query;

import java.math.BigInteger;
import java.util.Comparator;

import org.premortem.model.stpa.IdentifiedElement;

/**
 * Orders cell texts as people read ids: runs of digits by their number, so "LS-2" comes before "LS-10"; the rest
 * ignoring case. Every list of ids a user reads — tables, choosers, Properties — is in this order.
 */
public enum IdOrder implements Comparator<String> {
    INSTANCE;

    /** Elements by display id (H-1.2 before H-1.10), for choosers and lists of ids. */
    public static <T extends IdentifiedElement> Comparator<T> byDisplayId() {
        return Comparator.comparing(element -> element.getDisplayId() == null ? "" : element.getDisplayId(),
                INSTANCE);
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = new BigInteger(a.substring(i, endA))
                        .compareTo(new BigInteger(b.substring(j, endB)));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}

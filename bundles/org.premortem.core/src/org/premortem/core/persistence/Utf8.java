/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

/**
 * Strict UTF-8 validation without decoding: no overlong forms, no surrogates, nothing above U+10FFFF. Loading checks
 * every file this way first, so it must not allocate a second copy of a large file.
 */
final class Utf8 {

    private Utf8() {
    }

    /** The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1 if all are valid. */
    static int firstInvalid(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int lead = bytes[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > n || !validSecond(lead, bytes[i + 1] & 0xFF)) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    /** The second byte is a continuation byte, in the narrower range some lead bytes require. */
    private static boolean validSecond(int lead, int second) {
        return switch (lead) {
            case 0xE0 -> second >= 0xA0 && second <= 0xBF; // no overlong three-byte forms
            case 0xED -> second >= 0x80 && second <= 0x9F; // no surrogates
            case 0xF0 -> second >= 0x90 && second <= 0xBF; // no overlong four-byte forms
            case 0xF4 -> second >= 0x80 && second <= 0x8F; // nothing above U+10FFFF
            default -> (second & 0xC0) == 0x80;
        };
    }
}

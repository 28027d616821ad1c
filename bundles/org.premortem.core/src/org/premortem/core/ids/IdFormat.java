/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.ids;

import java.nio.ByteBuffer;
import java.util.Base64;

/** Formats 128 bits as a permanent id: an XML-name-safe {@code _} followed by unpadded base64url. */
final class IdFormat {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private IdFormat() {
    }

    static String format(long high, long low) {
        return "_" + ENCODER.encodeToString(ByteBuffer.allocate(16).putLong(high).putLong(low).array());
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What the editor last read from or wrote to its file, as a digest: a change of the file's modification stamp is a
 * change made outside the editor only when the bytes on disk differ from these. Stamps alone also move when the
 * workspace catches up with the editor's own atomic writes (a refresh that comes late), which must not offer a reload.
 */
final class DiskCopy {

    private volatile byte[] digest = new byte[0];

    /** Remembers {@code bytes} as what the file holds now. */
    void remember(byte[] bytes) {
        digest = sha256(bytes);
    }

    /** Whether {@code file} holds the remembered bytes; false when it cannot be read. */
    boolean isStillOn(Path file) {
        try {
            return Arrays.equals(digest, sha256(Files.readAllBytes(file)));
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

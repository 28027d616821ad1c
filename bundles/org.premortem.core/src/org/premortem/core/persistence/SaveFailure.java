/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in words why writing a file failed; file-system exceptions alone only name a temporary file. */
final class SaveFailure {

    private SaveFailure() {
    }

    static String reason(IOException failure) {
        if (failure instanceof NoSuchFileException || failure instanceof NotDirectoryException) {
            return Messages.get("save.noFolder");
        }
        if (failure instanceof AccessDeniedException) {
            return Messages.get("save.denied");
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return String.valueOf(failure.getMessage());
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.premortem.core.persistence.AnalysisStore;
import org.premortem.model.stpa.Analysis;

/**
 * The model a report was made from, as the {@code .premortem} file that holds it: the bytes Premortem saves for the
 * analysis (the same bytes as the file it was loaded from, when Premortem wrote that file), its name, its SHA-256 and
 * the analysis's permanent id and name. The archival PDF carries these bytes and names the rest in its metadata.
 */
public record ReportSource(String fileName, byte[] bytes, String analysisId, String analysisName) {

    public ReportSource {
        Objects.requireNonNull(fileName, "fileName");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
        analysisId = Objects.requireNonNullElse(analysisId, "");
        analysisName = Objects.requireNonNullElse(analysisName, "");
    }

    /** The source of a report on {@code analysis}, named after the report ({@code dynamodb-dns.premortem}). */
    public static ReportSource of(Analysis analysis, String baseName) throws IOException {
        Objects.requireNonNull(analysis, "analysis");
        return new ReportSource(baseName + ".premortem", AnalysisStore.serialize(analysis), analysis.getId(),
                analysis.getName());
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The SHA-256 of the file's bytes, in lower-case hexadecimal. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

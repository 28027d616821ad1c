/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.interchange;

import java.io.IOException;
import java.util.List;

/**
 * Reads an analysis kept in another tool's format (PASTA's {@code .stpa}, a spreadsheet, ...). Importers are plain Java
 * with a public no-argument constructor; a bundle contributes one both to the extension point
 * {@code org.premortem.importers} (for the workbench's File &gt; Import wizard) and to
 * {@code META-INF/services/org.premortem.core.interchange.AnalysisImporter} (for {@code premortem import}), and
 * they are found through an {@link AnalysisImporterRegistry}.
 * <p>
 * An importer never drops what it read silently: what has no place in a Premortem analysis is kept in a note or
 * listed in {@link ImportResult#notices()}. Bad input is an {@link ImportException} naming where it is.
 */
public interface AnalysisImporter {

    /** The short, stable name of the format: the value of {@code premortem import --format}, such as {@code pasta}. */
    String id();

    /** A human-readable name of the format, for choosers in the workbench, such as {@code PASTA analysis (.stpa)}. */
    String label();

    /** The file name extensions that select this importer when no format is given, without dots, lower case. */
    List<String> fileExtensions();

    /**
     * Whether this importer can update an existing analysis ({@link ImportRequest#existing()}) rather than only
     * create a new one. Those that cannot reject a request with an existing analysis.
     */
    default boolean canUpdate() {
        return false;
    }

    /**
     * Reads the request's file. Writes nothing.
     *
     * @return the analysis read (a new one, or the updated existing one), with what the importer has to report
     * @throws ImportException if the file is not valid input; no analysis is returned then
     * @throws IOException if the file cannot be read
     */
    ImportResult read(ImportRequest request) throws ImportException, IOException;
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.premortem.core.ids.IdSource;
import org.premortem.core.interchange.AnalysisImporter;
import org.premortem.core.interchange.ImportException;
import org.premortem.core.interchange.ImportNotice;
import org.premortem.core.interchange.ImportRequest;
import org.premortem.core.interchange.ImportResult;
import org.premortem.interchange.pasta.PastaAst.Model;
import org.premortem.model.stpa.Analysis;

/**
 * Reads an analysis written in PASTA's STPA language ({@code .stpa} files of kieler/pasta): every section of its
 * grammar. The permanent ids are derived from the file's bytes, so the same file gives the same analysis.
 */
public final class PastaImporter implements AnalysisImporter {

    @Override
    public String id() {
        return "pasta";
    }

    @Override
    public String label() {
        return Messages.get("label");
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("stpa");
    }

    @Override
    public ImportResult read(ImportRequest request) throws ImportException, IOException {
        if (request.existing().isPresent()) {
            throw new ImportException(new ImportNotice(request.file().toString(),
                    Messages.get("importer.noUpdate")));
        }
        byte[] bytes = Files.readAllBytes(request.file());
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(ImportNotice.at(request.file(), 1, 1, Messages.get("importer.notUtf8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Model model = PastaParser.parse(request.file(), text);
        PastaMapping mapping = new PastaMapping(request.file());
        Analysis analysis = mapping.map(model, IdSource.seeded(Arrays.hashCode(bytes)));
        return ImportResult.of(analysis, mapping.notices());
    }
}

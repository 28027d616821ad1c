/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The font of PDF reports: DejaVu Sans, embedded (subset) so the PDF shows every character of the analysis and its
 * text can be extracted. It is taken from the system (Debian's fonts-dejavu-core, which CI installs), from the folder
 * in the system property {@code premortem.fonts} or the environment variable {@code PREMORTEM_FONTS}; without it the
 * report falls back to the PDF base fonts (Helvetica), which cover Western European text only.
 */
final class PdfFonts {

    static final String FAMILY = "DejaVu Sans";

    private static final List<String> FOLDERS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
            "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu-sans-fonts", "/usr/local/share/fonts",
            "/usr/local/share/fonts/dejavu", "/opt/homebrew/share/fonts", "/Library/Fonts");

    private record Face(String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.OBLIQUE),
            new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.OBLIQUE));

    /** The faces' bytes, read once per file (every part of every report lays out with the same fonts). */
    private static final Map<Path, byte[]> FACE_BYTES = new ConcurrentHashMap<>();
    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("gsuX");

    private final Optional<Path> folder;

    private PdfFonts(Optional<Path> folder) {
        this.folder = folder;
    }

    /** The fonts of this machine. */
    static PdfFonts find() {
        List<String> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("premortem.fonts")).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("PREMORTEM_FONTS")).ifPresent(candidates::add);
        candidates.addAll(FOLDERS);
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isRegularFile(path.resolve(FACES.get(0).file()))) {
                return new PdfFonts(Optional.of(path));
            }
        }
        return new PdfFonts(Optional.empty());
    }

    /** Whether DejaVu Sans was found (else the base fonts are used). */
    boolean embedded() {
        return folder.isPresent();
    }

    /** The regular face's file, when DejaVu Sans was found. */
    Optional<Path> regular() {
        return folder.map(path -> path.resolve(FACES.get(0).file()));
    }

    /** Registers the faces found, for the text and for the diagrams' SVG text. */
    void register(PdfRendererBuilder builder) {
        folder.ifPresent(path -> {
            for (Face face : FACES) {
                Path file = path.resolve(face.file());
                if (Files.isRegularFile(file)) {
                    byte[] bytes = withoutSubstitutions(file);
                    builder.useFont(() -> new ByteArrayInputStream(bytes), FAMILY, face.weight(), face.style(), true,
                            EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
                }
            }
        });
    }

    /**
     * The font file with its glyph substitution table (GSUB) hidden, its tag renamed: with one, PDFBox runs the
     * substitutions (DejaVu Sans's ligatures) on every string it draws, an eighth of the time a report took; and the
     * layout measures text without them anyway. The report does without ligatures ("fi" stays two letters, which a
     * reader searching the text also prefers). The embedded subset never carried the table.
     */
    static byte[] withoutSubstitutions(Path file) {
        return FACE_BYTES.computeIfAbsent(file, any -> {
            try {
                byte[] bytes = Files.readAllBytes(file);
                hideTable(bytes, GSUB, HIDDEN_GSUB);
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Renames table {@code tag} of a TrueType/OpenType font in place (no reader looks it up any more); a file that is
     * not a font it can read is left as it is.
     */
    static void hideTable(byte[] font, int tag, int hidden) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        if (font.length < 12) {
            return;
        }
        int tables = buffer.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (entry + 16 > font.length) {
                return;
            }
            if (buffer.getInt(entry) == tag) {
                buffer.putInt(entry, hidden);
            }
        }
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }
}

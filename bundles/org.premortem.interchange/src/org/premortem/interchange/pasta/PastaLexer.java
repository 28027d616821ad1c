/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.premortem.core.interchange.ImportException;
import org.premortem.core.interchange.ImportNotice;
import org.premortem.interchange.pasta.PastaToken.Kind;

/**
 * Splits a {@code .stpa} file into tokens by the terminals of PASTA's grammar: {@code ID}, {@code INT},
 * {@code STRING} (double or single quotes, no escapes, may span lines), punctuation, and the hidden white space and
 * comments. Hyphenated keywords ({@code Context-Table}, {@code not-provided}) come out as {@code ID - ID}; the parser
 * puts them together.
 */
final class PastaLexer {

    private static final String SINGLE = "{}[](),.:<>=-";

    private final Path file;
    private final String text;
    private int offset;
    private int line = 1;
    private int column = 1;

    PastaLexer(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    List<PastaToken> tokens() throws ImportException {
        List<PastaToken> tokens = new ArrayList<>();
        while (true) {
            skipHidden();
            if (offset >= text.length()) {
                tokens.add(new PastaToken(Kind.END, "", line, column));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private PastaToken next() throws ImportException {
        int startLine = line;
        int startColumn = column;
        char c = text.charAt(offset);
        if (Character.isLetter(c) && c < 128 || c == '_') {
            int start = offset;
            while (offset < text.length() && isWordChar(text.charAt(offset))) {
                advance();
            }
            return new PastaToken(Kind.ID, text.substring(start, offset), startLine, startColumn);
        }
        if (c >= '0' && c <= '9') {
            int start = offset;
            while (offset < text.length() && text.charAt(offset) >= '0' && text.charAt(offset) <= '9') {
                advance();
            }
            return new PastaToken(Kind.INT, text.substring(start, offset), startLine, startColumn);
        }
        if (c == '"' || c == '\'') {
            int end = text.indexOf(c, offset + 1);
            if (end < 0) {
                throw error(startLine, startColumn, Messages.get("lexer.unterminatedString"));
            }
            String value = text.substring(offset + 1, end);
            while (offset <= end) {
                advance();
            }
            return new PastaToken(Kind.STRING, value, startLine, startColumn);
        }
        if (text.startsWith("->", offset) || text.startsWith("!=", offset)) {
            String symbol = text.substring(offset, offset + 2);
            advance();
            advance();
            return new PastaToken(Kind.SYMBOL, symbol, startLine, startColumn);
        }
        if (SINGLE.indexOf(c) >= 0) {
            advance();
            return new PastaToken(Kind.SYMBOL, String.valueOf(c), startLine, startColumn);
        }
        throw error(startLine, startColumn, Messages.get("lexer.unexpectedCharacter", String.valueOf(c)));
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private void skipHidden() throws ImportException {
        while (offset < text.length()) {
            char c = text.charAt(offset);
            if (Character.isWhitespace(c)) {
                advance();
            } else if (text.startsWith("//", offset)) {
                while (offset < text.length() && text.charAt(offset) != '\n' && text.charAt(offset) != '\r') {
                    advance();
                }
            } else if (text.startsWith("/*", offset)) {
                int startLine = line;
                int startColumn = column;
                int end = text.indexOf("*/", offset + 2);
                if (end < 0) {
                    throw error(startLine, startColumn, Messages.get("lexer.unterminatedComment"));
                }
                while (offset < end + 2) {
                    advance();
                }
            } else {
                return;
            }
        }
    }

    private void advance() {
        char c = text.charAt(offset++);
        if (c == '\n' || c == '\r' && (offset >= text.length() || text.charAt(offset) != '\n')) {
            line++;
            column = 1;
        } else if (c != '\r') {
            column++;
        }
    }

    private ImportException error(int atLine, int atColumn, String message) {
        return new ImportException(ImportNotice.at(file, atLine, atColumn, message));
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.premortem.core.interchange.ImportException;
import org.premortem.core.interchange.ImportNotice;
import org.premortem.interchange.pasta.PastaAst.Name;
import org.premortem.interchange.pasta.PastaToken.Kind;

/**
 * The tokens of a {@code .stpa} file and the parsers' position in them, with the terminal rules every parser shares
 * (names, strings, numbers, {@code SubID}, {@code QualifiedName}, reference lists) and the nesting guard.
 */
final class TokenCursor {

    /** Deeper nesting of nodes or refinements is refused, so a hostile file cannot overflow the stack. */
    static final int MAX_DEPTH = 100;

    private final Path file;
    private final List<PastaToken> tokens;
    private int position;
    private int depth;

    TokenCursor(Path file, List<PastaToken> tokens) {
        this.file = file;
        this.tokens = tokens;
    }

    Path file() {
        return file;
    }

    /** Moves past {@code count} tokens already looked at. */
    void skip(int count) {
        position += count;
    }

    void enter() throws ImportException {
        if (++depth > MAX_DEPTH) {
            throw error(peek(), Messages.get("parser.tooDeep", MAX_DEPTH));
        }
    }

    void leave() {
        depth--;
    }

    interface Reader {
        Name read() throws ImportException;
    }

    List<Name> refList(Reader reader) throws ImportException {
        expect("[");
        List<Name> refs = new ArrayList<>();
        do {
            refs.add(reader.read());
        } while (accept(","));
        expect("]");
        return refs;
    }

    /** SubID: {@code ID ('.' INT)*}, such as {@code H1.2}. */
    Name subId() throws ImportException {
        Name id = name();
        StringBuilder text = new StringBuilder(id.text());
        while (peek().is(Kind.SYMBOL, ".") && peek(1).kind() == Kind.INT) {
            position++;
            text.append('.').append(next().text());
        }
        return new Name(text.toString(), id.line(), id.column());
    }

    /** QualifiedName: {@code ID ('-' ID)*}, such as {@code not-provided}. */
    Name qualifiedName() throws ImportException {
        Name id = name();
        StringBuilder text = new StringBuilder(id.text());
        while (peek().is(Kind.SYMBOL, "-") && peek(1).kind() == Kind.ID) {
            position++;
            text.append('-').append(next().text());
        }
        return new Name(text.toString(), id.line(), id.column());
    }

    Name name() throws ImportException {
        PastaToken token = peek();
        if (token.kind() != Kind.ID) {
            throw error(token, Messages.get("parser.expectedName", token.describe()));
        }
        position++;
        return new Name(token.text(), token.line(), token.column());
    }

    String string() throws ImportException {
        PastaToken token = peek();
        if (token.kind() != Kind.STRING) {
            throw error(token, Messages.get("parser.expectedString", token.describe()));
        }
        position++;
        return token.text();
    }

    int integer() throws ImportException {
        PastaToken token = peek();
        if (token.kind() != Kind.INT) {
            throw error(token, Messages.get("parser.expectedNumber", token.describe()));
        }
        position++;
        try {
            return Integer.parseInt(token.text());
        } catch (NumberFormatException e) {
            throw error(token, Messages.get("parser.numberTooLarge", token.text()));
        }
    }

    void keyword(String keyword) throws ImportException {
        PastaToken token = peek();
        if (!token.is(Kind.ID, keyword)) {
            throw error(token, Messages.get("parser.expected", keyword, token.describe()));
        }
        position++;
    }

    void expect(String symbol) throws ImportException {
        PastaToken token = peek();
        if (!token.is(Kind.SYMBOL, symbol)) {
            throw error(token, Messages.get("parser.expected", symbol, token.describe()));
        }
        position++;
    }

    boolean accept(String symbol) {
        if (peek().is(Kind.SYMBOL, symbol)) {
            position++;
            return true;
        }
        return false;
    }

    PastaToken peek() {
        return peek(0);
    }

    PastaToken peek(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
    }

    PastaToken next() {
        PastaToken token = peek();
        position++;
        return token;
    }

    ImportException error(PastaToken token, String message) {
        return new ImportException(ImportNotice.at(file, token.line(), token.column(), message));
    }
}

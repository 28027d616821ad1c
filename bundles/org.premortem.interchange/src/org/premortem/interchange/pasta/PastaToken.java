/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.pasta;

/** A token of PASTA's language: its kind, its text (a string without its quotes) and where it starts. */
record PastaToken(Kind kind, String text, int line, int column) {

    enum Kind {
        ID, INT, STRING, SYMBOL, END
    }

    boolean is(Kind expected, String value) {
        return kind == expected && text.equals(value);
    }

    String describe() {
        return switch (kind) {
            case END -> Messages.get("token.end");
            case STRING -> Messages.get("token.string");
            default -> Messages.get("token.text", text);
        };
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.doc;

import java.util.List;
import java.util.Objects;

/** A piece of running text in a report: plain or emphasised text, a link to an element, an anchored span, a break. */
public sealed interface Inline {

    /** How a text is set. */
    enum Style {
        PLAIN, STRONG, EMPHASIS
    }

    /** Text, set in a style. */
    record Text(String text, Style style) implements Inline {
        public Text {
            text = text == null ? "" : text;
            Objects.requireNonNull(style, "style");
        }
    }

    /** A link to an anchor of the same report, showing {@code text} (typically a display id such as H-1). */
    record Link(String anchor, String text) implements Inline {
        public Link {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Content that is the link target {@code anchor}: where an element is defined inside a table cell. */
    record Target(String anchor, List<Inline> content) implements Inline {
        public Target {
            Objects.requireNonNull(anchor, "anchor");
            content = List.copyOf(content);
        }
    }

    /** A line break inside a cell or paragraph. */
    record LineBreak() implements Inline {
    }

    /** Content that is kept on one line, such as a bracketed list of hazards "[H-1, H-2]". */
    record Unbroken(List<Inline> content) implements Inline {
        public Unbroken {
            content = List.copyOf(content);
        }
    }

    static Inline plain(String text) {
        return new Text(text, Style.PLAIN);
    }

    static Inline strong(String text) {
        return new Text(text, Style.STRONG);
    }

    static Inline emphasis(String text) {
        return new Text(text, Style.EMPHASIS);
    }

    /** The text a reader sees, without markup: links show their text, breaks become new lines. */
    static String plainText(List<Inline> content) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : content) {
            switch (inline) {
                case Text t -> text.append(t.text());
                case Link l -> text.append(l.text());
                case Target t -> text.append(plainText(t.content()));
                case LineBreak b -> text.append('\n');
                case Unbroken u -> text.append(plainText(u.content()));
            }
        }
        return text.toString();
    }
}

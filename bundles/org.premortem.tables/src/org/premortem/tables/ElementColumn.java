/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.premortem.core.query.IdOrder;
import org.premortem.model.stpa.IdentifiedElement;

/**
 * A column of an element table: its header, the text it shows for an element, and how a user changes it — typing
 * into the cell (the typed text becomes one command), a click, or a double-click (which opens a chooser) — if at
 * all.
 *
 * @param header   the column title
 * @param width    the initial width in pixels
 * @param text     the cell text of an element
 * @param typed    the command that a text typed into the cell makes, if the cell is edited in place
 * @param lines    whether the text typed has one entry per line (Enter starts a line, Ctrl+Enter commits)
 * @param gesture  what a click or double-click on the cell does, if anything
 * @param mark     whether the cells show a short mark (a check), centred, rather than a text that starts top left
 */
record ElementColumn<T>(String header, int width, Function<T, String> text, Optional<TypedText<T>> typed,
        boolean lines, Optional<Gesture<T>> gesture, boolean mark) {

    /** Turns text typed into a cell into one command. */
    @FunctionalInterface
    interface TypedText<T> {
        Command command(EditingDomain domain, T element, String text);
    }

    /** What a click ({@code doubleClick} false) or a double-click on a cell does with its element. */
    record Gesture<T>(boolean doubleClick, Consumer<T> action) {
    }

    /** A read-only column. */
    static <T> ElementColumn<T> shown(String header, int width, Function<T, String> text) {
        return new ElementColumn<>(header, width, text, Optional.empty(), false, Optional.empty(), false);
    }

    /** A column edited in place: the element's string attribute. */
    static <T extends IdentifiedElement> ElementColumn<T> edited(String header, int width, EAttribute attribute) {
        return new ElementColumn<>(header, width, element -> {
            Object value = element.eGet(attribute);
            return value == null ? "" : value.toString();
        }, Optional.of((domain, element, text) -> SetCommand.create(domain, element, attribute, text)), false,
                Optional.empty(), false);
    }

    /** A column edited in place with one entry per line, whose typed text {@code typed} turns into a command. */
    static <T> ElementColumn<T> typedLines(String header, int width, Function<T, String> text, TypedText<T> typed) {
        return new ElementColumn<>(header, width, text, Optional.of(typed), true, Optional.empty(), false);
    }

    /** A column whose cells do {@code action} when clicked (a toggle, or a chooser that needs no aiming). */
    static <T> ElementColumn<T> clicked(String header, int width, Function<T, String> text, Consumer<T> action) {
        return new ElementColumn<>(header, width, text, Optional.empty(), false,
                Optional.of(new Gesture<>(false, action)), false);
    }

    /** A column of check marks (shown centred) that a click on a cell toggles. */
    static <T> ElementColumn<T> toggled(String header, int width, Function<T, String> mark, Consumer<T> toggle) {
        return new ElementColumn<>(header, width, mark, Optional.empty(), false,
                Optional.of(new Gesture<>(false, toggle)), true);
    }

    /** A column whose cells do {@code action} when double-clicked (typically: open a chooser). */
    static <T> ElementColumn<T> chosen(String header, int width, Function<T, String> text, Consumer<T> action) {
        return new ElementColumn<>(header, width, text, Optional.empty(), false,
                Optional.of(new Gesture<>(true, action)), false);
    }

    /** The display ids of elements, comma separated, in id order (UCA-2 before UCA-10). */
    static String ids(Collection<? extends IdentifiedElement> elements) {
        return elements.stream().map(IdentifiedElement::getDisplayId).filter(Objects::nonNull)
                .sorted(IdOrder.INSTANCE).collect(Collectors.joining(", "));
    }
}

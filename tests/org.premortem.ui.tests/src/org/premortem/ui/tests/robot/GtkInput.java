/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests.robot;

import java.lang.reflect.Method;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.internal.gtk.GDK;
import org.eclipse.swt.internal.gtk.GTK;
import org.eclipse.swt.internal.gtk.GdkKeymapKey;
import org.eclipse.swt.internal.gtk.OS;
import org.eclipse.swt.internal.gtk3.GTK3;
import org.eclipse.swt.internal.gtk3.GdkEventButton;
import org.eclipse.swt.internal.gtk3.GdkEventKey;
import org.eclipse.swt.widgets.Display;

/**
 * Mouse buttons and keys on GTK 3, as {@link Display#post} posts them but right. SWT 3.135's post puts GDK events
 * into the queue, with two flaws that a NatTable notices and a Button or a Text does not: a button event lacks its
 * root coordinates (x_root, y_root stay 0), from which SWT computes where a control was clicked, so a Canvas gets
 * (0, 0) minus its own origin; and a key event carries GDK_BUTTON3_MASK (GDK_BUTTON4_MASK on release) as if a mouse
 * button were held, so key bindings that expect no modifier (NatTable's type-to-edit) never match. This puts the same
 * events with the pointer's root coordinates, after the second press of a double click the GDK_2BUTTON_PRESS that GDK
 * adds to real X events, and for keys only the modifiers the robot holds. Runs on the UI thread; every method returns
 * false where it does not apply (not GTK 3), and the robot then uses {@link Display#post}.
 */
@SuppressWarnings("restriction")
final class GtkInput {

    private static final int KEY_PRESS = 8;
    private static final int KEY_RELEASE = 9;
    private static final int BUTTON_PRESS = 4;
    private static final int DOUBLE_BUTTON_PRESS = 5;
    private static final int BUTTON_RELEASE = 7;
    private static final int SHIFT_MASK = 1;
    private static final int CONTROL_MASK = 4;
    private static final int ALT_MASK = 8;

    /** The GDK modifier mask of the modifier keys the robot holds down. */
    private static int held;

    private GtkInput() {
    }

    private static boolean applies() {
        return "gtk".equals(SWT.getPlatform()) && !GTK.GTK4;
    }

    /** Presses ({@code SWT.MouseDown}) or releases a button where the pointer is. */
    static boolean button(int type, int button, boolean secondClick) {
        if (!applies()) {
            return false;
        }
        Point root = Display.getCurrent().getCursorLocation();
        long pointer = GDK.gdk_seat_get_pointer(GDK.gdk_display_get_default_seat(GDK.gdk_display_get_default()));
        int[] x = new int[1];
        int[] y = new int[1];
        long window = GDK.gdk_device_get_window_at_position(pointer, x, y);
        if (window == 0) {
            return true; // nothing of ours under the pointer, as a click on another program's window
        }
        if (type == SWT.MouseDown) {
            putButton(BUTTON_PRESS, window, pointer, x[0], y[0], root, button);
            if (secondClick) {
                putButton(DOUBLE_BUTTON_PRESS, window, pointer, x[0], y[0], root, button);
            }
        } else {
            putButton(BUTTON_RELEASE, window, pointer, x[0], y[0], root, button);
        }
        return true;
    }

    private static void putButton(int gdkType, long window, long pointer, int x, int y, Point root, int button) {
        OS.g_object_ref(window); // gdk_event_free releases it
        long event = GDK.gdk_event_new(gdkType);
        GdkEventButton fields = new GdkEventButton();
        fields.type = gdkType;
        fields.window = window;
        fields.send_event = 1;
        fields.x = x;
        fields.y = y;
        fields.x_root = root.x;
        fields.y_root = root.y;
        fields.state = held;
        fields.button = button;
        fields.device = pointer;
        GTK3.memmove(event, fields, GdkEventButton.sizeof);
        GDK.gdk_event_set_device(event, pointer);
        GDK.gdk_event_put(event);
        GDK.gdk_event_free(event);
    }

    /**
     * Presses ({@code SWT.KeyDown}) or releases a key to the window with the focus: an SWT key code (a modifier, F2,
     * an arrow, or a control character such as {@code SWT.CR}), else the character as typed ('T', ':').
     */
    static boolean key(int type, int keyCode, char character) {
        if (!applies()) {
            return false;
        }
        Display display = Display.getCurrent();
        int keyval = keyCode != 0 ? untranslateKey(keyCode) : 0;
        if (keyval == 0) {
            keyval = character;
        }
        long window = focusedWindow(display);
        if (keyval == 0 || window == 0) {
            return false;
        }
        int modifier = switch (keyCode) {
            case SWT.SHIFT -> SHIFT_MASK;
            case SWT.CTRL -> CONTROL_MASK;
            case SWT.ALT -> ALT_MASK;
            default -> 0;
        };
        long gdkDisplay = GDK.gdk_display_get_default();
        long[] keys = new long[1];
        int[] count = new int[1];
        int hardware = 0;
        int group = 0;
        if (GDK.gdk_keymap_get_entries_for_keyval(GDK.gdk_keymap_get_for_display(gdkDisplay), keyval, keys,
                count)) {
            if (count[0] > 0) {
                GdkKeymapKey first = new GdkKeymapKey();
                OS.memmove(first, keys[0], GdkKeymapKey.sizeof);
                hardware = first.keycode;
                group = first.group;
            }
            OS.g_free(keys[0]);
        }
        int gdkType = type == SWT.KeyDown ? KEY_PRESS : KEY_RELEASE;
        long event = GDK.gdk_event_new(gdkType);
        GdkEventKey fields = new GdkEventKey();
        fields.type = gdkType;
        fields.window = window; // findFocusedWindow gave a reference, which gdk_event_free releases
        fields.send_event = 1;
        fields.keyval = keyval;
        fields.state = held;
        fields.hardware_keycode = (short) hardware;
        fields.group = (byte) group;
        fields.is_modifier = modifier != 0 ? 1 : 0;
        GTK3.memmove(event, fields, GdkEventKey.sizeof);
        GDK.gdk_event_set_device(event, GDK.gdk_seat_get_keyboard(GDK.gdk_display_get_default_seat(gdkDisplay)));
        GDK.gdk_event_put(event);
        GDK.gdk_event_free(event);
        held = type == SWT.KeyDown ? held | modifier : held & ~modifier;
        return true;
    }

    /** SWT's own mapping of its key codes to GDK key symbols. */
    private static int untranslateKey(int keyCode) {
        try {
            Method untranslate = Display.class.getDeclaredMethod("untranslateKey", int.class);
            untranslate.setAccessible(true);
            return (int) untranslate.invoke(null, keyCode);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SWT changed: no Display.untranslateKey", e);
        }
    }

    /** The GDK window with the keyboard focus, as Display.post finds it (referenced). */
    private static long focusedWindow(Display display) {
        try {
            Method find = Display.class.getDeclaredMethod("findFocusedWindow");
            find.setAccessible(true);
            return (long) find.invoke(display);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SWT changed: no Display.findFocusedWindow", e);
        }
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.ui.tests.robot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * A user at the keyboard and mouse, for UI tests: it posts real input events to the display (the X server's test
 * extension under Xvfb, as {@link Display#post(Event)} does), waits until the UI shows what it expects, and reads
 * what is shown. Like SWTBot, the test body runs on its own thread ({@link #play}) while the UI thread runs the
 * workbench, so modal dialogs open and are answered as a person would answer them.
 * <p>
 * Menus are the one place where it does not move the pointer: SWT does not tell where a menu item is drawn, so
 * {@link #menu} opens the menu as the menu bar or a right click would (an {@code SWT.Show} event, which fills
 * the menu) and selects the item by its shown label with the selection event a click sends.
 */
public final class Robot {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final long KEY_PAUSE_MS = 8;
    private static final long MOUSE_PAUSE_MS = 30;

    private final Display display;
    /** The X server's test extension (XTest), for the pointer; absent where AWT cannot reach a display. */
    private final java.awt.Robot pointer;

    private Robot(Display display) {
        this.display = display;
        this.pointer = xtest();
    }

    /**
     * SWT's GTK {@code Display.post} synthesizes button events with the coordinates of the GDK window under the
     * pointer rather than of the pointer (a click on a canvas arrives at its corner or outside it), so the pointer is
     * moved and pressed through AWT's robot, which posts X test events as a mouse does; keys stay on
     * {@code Display.post}, which delivers them to the focused widget correctly.
     */
    private static java.awt.Robot xtest() {
        try {
            return java.awt.GraphicsEnvironment.isHeadless() ? null : new java.awt.Robot();
        } catch (java.awt.AWTException | RuntimeException e) {
            return null;
        }
    }

    /** Test code that may throw. */
    @FunctionalInterface
    public interface Script {
        void run(Robot robot) throws Exception;
    }

    /**
     * Runs {@code script} on its own thread while this (UI) thread keeps the workbench running; rethrows what the
     * script threw. On a failure it saves a screenshot under {@code target/robot-failures} and closes the dialogs
     * left open, so the next test starts clean.
     */
    public static void play(String name, Script script) throws Exception {
        Display display = Display.getCurrent();
        Objects.requireNonNull(display, "Robot.play runs on the UI thread");
        Robot robot = new Robot(display);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread player = new Thread(() -> {
            try {
                script.run(robot);
                robot.idle();
            } catch (Throwable e) {
                failure.set(e);
                robot.screenshot(Path.of("target", "robot-failures", name + ".png"));
                robot.closeDialogs();
            } finally {
                display.wake();
            }
        }, "robot: " + name);
        player.setDaemon(true);
        player.start();
        while (player.isAlive()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // what the script's last steps queued
        }
        Throwable thrown = failure.get();
        if (thrown instanceof Exception exception) {
            throw exception;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
    }

    public Display display() {
        return display;
    }

    // --- reading the UI (on the UI thread) ---

    /**
     * Computes {@code query} on the UI thread. What it throws is thrown here, assertion errors included: thrown on the
     * UI thread they would go to the workbench's error handler, which logs them, and the test would pass.
     */
    public <T> T ui(Callable<T> query) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(query.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        Throwable thrown = failure.get();
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown instanceof RuntimeException exception) {
            throw exception;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
        return result.get();
    }

    /**
     * Runs {@code action} on the UI thread and waits for it, throwing here what it throws. Never for an action that
     * opens a modal dialog.
     */
    public void uiRun(Runnable action) {
        ui(() -> {
            action.run();
            return null;
        });
    }

    /** Waits until {@code condition}, evaluated on the UI thread, holds. */
    public void waitUntil(String what, BooleanSupplier condition) {
        if (!within(TIMEOUT, condition)) {
            throw new AssertionError("Timed out after " + TIMEOUT.toSeconds() + " s waiting for: " + what);
        }
    }

    /** Whether {@code condition} becomes true within {@code time} (asked on the UI thread). */
    public boolean within(Duration time, BooleanSupplier condition) {
        long deadline = System.nanoTime() + time.toNanos();
        while (!Boolean.TRUE.equals(ui(condition::getAsBoolean))) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause(50);
        }
        return true;
    }

    /**
     * Waits until the UI has handled the input posted so far (round trips through its event queue). The UI thread
     * runs a synchronous runnable only once it has no event pending, so no draining is needed here; and draining
     * here would run a click that opens a modal dialog inside this runnable, blocking the robot until the dialog
     * closes, which only the robot can do.
     */
    public void idle() {
        for (int trip = 0; trip < 2; trip++) {
            pause(MOUSE_PAUSE_MS);
            display.syncExec(() -> {
            });
        }
    }

    /** The visible shell with this title, once it is open and active. */
    public Shell shell(String title) {
        AtomicReference<Shell> found = new AtomicReference<>();
        waitUntil("a shell titled '" + title + "'", () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    found.set(shell);
                    return true;
                }
            }
            return false;
        });
        activate(found.get());
        return found.get();
    }

    /** Waits until no visible shell has this title. */
    public void shellClosed(String title) {
        waitUntil("the shell '" + title + "' to close", () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Brings {@code shell} to the front and waits until it has the keyboard. */
    public void activate(Shell shell) {
        uiRun(shell::forceActive);
        waitUntil("'" + ui(shell::getText) + "' to be active", () -> display.getActiveShell() == shell);
    }

    /** The first visible widget under {@code root} of {@code type} that matches, waiting until there is one. */
    public <T extends Control> T find(Composite root, Class<T> type, Predicate<T> matches) {
        AtomicReference<T> found = new AtomicReference<>();
        waitUntil("a " + type.getSimpleName() + " that matches", () -> {
            found.set(first(root, type, matches));
            return found.get() != null;
        });
        return found.get();
    }

    /** All visible widgets under {@code root} of {@code type} that match, in tree order (on the UI thread). */
    public static <T extends Control> List<T> all(Composite root, Class<T> type, Predicate<T> matches) {
        List<T> result = new ArrayList<>();
        collect(root, type, matches, result);
        return result;
    }

    private static <T extends Control> T first(Composite root, Class<T> type, Predicate<T> matches) {
        List<T> result = all(root, type, matches);
        return result.isEmpty() ? null : result.get(0);
    }

    private static <T extends Control> void collect(Composite root, Class<T> type, Predicate<T> matches,
            List<T> result) {
        if (root.isDisposed()) {
            return;
        }
        for (Control child : root.getChildren()) {
            if (child.isDisposed() || !child.isVisible()) {
                continue;
            }
            if (type.isInstance(child) && matches.test(type.cast(child))) {
                result.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                collect(composite, type, matches, result);
            }
        }
    }

    /** A label as shown, without mnemonic ampersands and accelerator text. */
    public static String shown(String label) {
        if (label == null) {
            return "";
        }
        int tab = label.indexOf('\t');
        return (tab >= 0 ? label.substring(0, tab) : label).replace("&", "").strip();
    }

    /** Scrolls {@code control} into view in the scrolled area that holds it, as a person scrolls to it. */
    public void reveal(Control control) {
        uiRun(() -> {
            for (Control c = control.getParent(); c != null; c = c.getParent()) {
                if (c instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
                    scrolled.showControl(control);
                    return;
                }
            }
        });
        idle();
    }

    /** Gives the workbench window (or any shell) the whole screen, so that what a test clicks is on it. */
    public void fillScreen(Shell shell) {
        uiRun(() -> shell.setBounds(display.getPrimaryMonitor().getClientArea()));
        idle();
    }

    // --- mouse ---

    /** Clicks the left button at (x, y) of {@code control}'s client area. */
    public void click(Control control, int x, int y) {
        press(control, x, y, 1, 1);
    }

    /** Clicks the middle of {@code control}. */
    public void click(Control control) {
        Rectangle area = ui(control::getBounds);
        click(control, area.width / 2, area.height / 2);
    }

    public void doubleClick(Control control, int x, int y) {
        press(control, x, y, 1, 2);
    }

    /** Right click at (x, y) of {@code control}: what opens a context menu. */
    public void rightClick(Control control, int x, int y) {
        press(control, x, y, 3, 1);
    }

    /** Rests the pointer at (x, y) of {@code control} without pressing a button: what shows a tool tip. */
    public void hover(Control control, int x, int y) {
        activate(ui(control::getShell));
        moveTo(ui(() -> control.toDisplay(x, y)));
        idle();
    }

    /** Presses the left button at one point of {@code control}, moves in steps to another, releases there. */
    public void drag(Control control, int fromX, int fromY, int toX, int toY) {
        Point from = ui(() -> control.toDisplay(fromX, fromY));
        Point to = ui(() -> control.toDisplay(toX, toY));
        moveTo(from);
        button(SWT.MouseDown, 1);
        int steps = 6;
        for (int step = 1; step <= steps; step++) {
            moveTo(new Point(from.x + (to.x - from.x) * step / steps, from.y + (to.y - from.y) * step / steps));
        }
        button(SWT.MouseUp, 1);
        idle();
    }

    private void press(Control control, int x, int y, int button, int count) {
        activate(ui(control::getShell));
        Point where = ui(() -> control.toDisplay(x, y));
        moveTo(where);
        for (int k = 0; k < count; k++) {
            button(SWT.MouseDown, button, k == 1);
            button(SWT.MouseUp, button);
        }
        idle();
    }

    private void moveTo(Point where) {
        if (pointer != null) {
            pointer.mouseMove(where.x, where.y);
            pause(MOUSE_PAUSE_MS);
            return;
        }
        Event event = new Event();
        event.type = SWT.MouseMove;
        event.x = where.x;
        event.y = where.y;
        post(event);
        pause(MOUSE_PAUSE_MS);
    }

    private void button(int type, int button) {
        button(type, button, false);
    }

    /**
     * A press ({@code SWT.MouseDown}) or release of a button where the pointer is; {@code second}: of a double click.
     * Through XTest where AWT reaches the display (real X events, as a hand gives them), else GDK events.
     */
    private void button(int type, int button, boolean second) {
        if (pointer != null) {
            int mask = java.awt.event.InputEvent.getMaskForButton(button);
            if (type == SWT.MouseDown) {
                pointer.mousePress(mask);
            } else {
                pointer.mouseRelease(mask);
            }
        } else if (!ui(() -> GtkInput.button(type, button, second))) {
            Event event = new Event();
            event.type = type;
            event.button = button;
            post(event);
        }
        pause(MOUSE_PAUSE_MS);
    }

    // --- keyboard ---

    /** Types {@code text} key by key into whatever has the keyboard focus. */
    public void type(String text) {
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                key(SWT.CR);
                continue;
            }
            boolean shift = needsShift(c);
            if (shift) {
                keyEvent(SWT.KeyDown, SWT.SHIFT, '\0');
            }
            keyEvent(SWT.KeyDown, 0, c);
            keyEvent(SWT.KeyUp, 0, c);
            if (shift) {
                keyEvent(SWT.KeyUp, SWT.SHIFT, '\0');
            }
        }
        idle();
    }

    /**
     * Presses one key (an {@code SWT} key code such as {@code SWT.F2}, or a character) with modifiers held
     * ({@code SWT.MOD1}, {@code SWT.SHIFT}, {@code SWT.ALT}).
     */
    public void key(int key, int... modifiers) {
        for (int modifier : modifiers) {
            keyEvent(SWT.KeyDown, modifierKey(modifier), '\0');
        }
        // Enter, Escape, Delete, Backspace and Tab are characters to SWT, as are letters; F2 and arrows key codes.
        // The control characters go with their key code too: Display.post (GTK) takes a bare character for the
        // key's symbol, which is right for a letter but no key at all for '\r'.
        boolean character = (key & SWT.KEYCODE_BIT) == 0;
        boolean control = character && key < 0x20 || key == SWT.DEL;
        int code = character && !control ? 0 : key;
        keyEvent(SWT.KeyDown, code, character ? (char) key : '\0');
        keyEvent(SWT.KeyUp, code, character ? (char) key : '\0');
        for (int k = modifiers.length - 1; k >= 0; k--) {
            keyEvent(SWT.KeyUp, modifierKey(modifiers[k]), '\0');
        }
        idle();
    }

    private static int modifierKey(int modifier) {
        return modifier == SWT.MOD1 ? SWT.CTRL : modifier;
    }

    /** A key pressed or released: a key code, or the character as typed (the robot holds Shift for 'T' and ':'). */
    private void keyEvent(int type, int keyCode, char character) {
        if (!ui(() -> GtkInput.key(type, keyCode, character))) {
            Event event = new Event();
            event.type = type;
            event.keyCode = keyCode;
            event.character = needsShift(character) ? Character.toLowerCase(unshifted(character)) : character;
            post(event);
        }
        pause(KEY_PAUSE_MS);
    }

    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";
    private static final String UNSHIFTED = "`1234567890-=[]\\;',./";

    private static boolean needsShift(char c) {
        return Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0;
    }

    private static char unshifted(char c) {
        int index = SHIFTED.indexOf(c);
        return index >= 0 ? UNSHIFTED.charAt(index) : c;
    }

    /** Posts on the UI thread: on GTK, posting a mouse move sets the cursor location, which SWT allows only there. */
    private void post(Event event) {
        if (!ui(() -> display.post(event))) {
            throw new IllegalStateException("The display refused a posted event: " + event);
        }
    }

    // --- menus ---

    /**
     * Chooses {@code path} in a menu: the first label names an item of {@code menu} (a menu bar or a context menu
     * already opened by a right click), each further label an item of the submenu before it.
     */
    public void menu(Callable<Menu> menu, String... path) {
        AtomicReference<MenuItem> item = new AtomicReference<>();
        waitUntil("the menu item " + String.join(" > ", path), () -> {
            try {
                item.set(findItem(menu.call(), path));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return item.get() != null;
        });
        display.asyncExec(() -> {
            MenuItem chosen = item.get();
            Menu root = chosen.getParent();
            while (root.getParentMenu() != null) {
                root = root.getParentMenu(); // from a submenu (New Child > Sensor) up to the menu opened
            }
            // As GTK does on a click: the pop-up menu goes (with its pointer and keyboard grab) before the item acts,
            // which may open a field or a dialog that must get what is typed next.
            if ((root.getStyle() & SWT.POP_UP) != 0 && !root.isDisposed()) {
                root.setVisible(false);
            }
            if ((chosen.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
                chosen.setSelection(!chosen.getSelection());
            }
            chosen.notifyListeners(SWT.Selection, new Event());
        });
        idle();
    }

    /** The labels of a menu's enabled items as shown, after the menu has been filled. */
    public List<String> menuLabels(Callable<Menu> menu, String... path) {
        return ui(() -> {
            Menu current = menu.call();
            for (String label : path) {
                MenuItem item = item(current, label);
                if (item == null || item.getMenu() == null) {
                    return List.<String>of();
                }
                current = item.getMenu();
            }
            show(current);
            List<String> labels = new ArrayList<>();
            for (MenuItem item : current.getItems()) {
                if ((item.getStyle() & SWT.SEPARATOR) == 0 && item.isEnabled()) {
                    labels.add(shown(item.getText()));
                }
            }
            return labels;
        });
    }

    private static MenuItem findItem(Menu menu, String... path) {
        Menu current = menu;
        MenuItem item = null;
        for (String label : path) {
            if (current == null) {
                return null;
            }
            item = item(current, label);
            if (item == null || !item.isEnabled()) {
                return null;
            }
            current = item.getMenu();
        }
        return item;
    }

    private static MenuItem item(Menu menu, String label) {
        show(menu);
        for (MenuItem item : menu.getItems()) {
            if (label.equals(shown(item.getText()))) {
                return item;
            }
        }
        return null;
    }

    private static void show(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
    }

    // --- buttons and dialogs ---

    /** Clicks the button labelled {@code label} in {@code shell}, with the mouse. */
    public void button(Shell shell, String label) {
        org.eclipse.swt.widgets.Button button = find(shell, org.eclipse.swt.widgets.Button.class,
                b -> label.equals(shown(b.getText())) && b.isEnabled());
        click(button);
    }

    // --- evidence ---

    /** Saves what the screen shows as a PNG. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            display.syncExec(() -> {
                Rectangle bounds = display.getBounds();
                Image image = new Image(display, bounds.width, bounds.height);
                GC gc = new GC(display);
                try {
                    gc.copyArea(image, 0, 0);
                    ImageLoader loader = new ImageLoader();
                    loader.data = new ImageData[] { image.getImageData() };
                    loader.save(file.toString(), SWT.IMAGE_PNG);
                } finally {
                    gc.dispose();
                    image.dispose();
                }
            });
        } catch (Exception e) {
            // evidence only: a failed screenshot must not hide the failure it documents
        }
    }

    private void closeDialogs() {
        for (int round = 0; round < 5; round++) {
            List<Shell> dialogs = ui(() -> {
                List<Shell> open = new ArrayList<>();
                for (Shell shell : display.getShells()) {
                    if (!shell.isDisposed() && shell.isVisible() && shell.getParent() != null) {
                        open.add(shell);
                    }
                }
                return open;
            });
            if (dialogs.isEmpty()) {
                return;
            }
            display.asyncExec(() -> dialogs.forEach(shell -> {
                if (!shell.isDisposed()) {
                    shell.close();
                }
            }));
            pause(200);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

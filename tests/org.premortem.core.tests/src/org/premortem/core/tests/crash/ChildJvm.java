/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.tests.crash;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A plain-Java command line for a class of this test bundle, with the class path taken from where the running test's
 * classes come from (jars of the target platform, output folders of the bundles being built), so that it works in a
 * fresh clone under Tycho as in an IDE.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    static List<String> command(Class<?> main, List<Class<?>> classPathOf, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString()));
        // A short-lived helper: no tiered compilation beyond C1, a small serial heap, shared JDK classes.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Xshare:auto",
                "-XX:-UsePerfData"));
        Set<String> entries = new LinkedHashSet<>();
        entries.add(entryOf(main));
        classPathOf.forEach(type -> entries.add(entryOf(type)));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, entries));
        command.add(main.getName());
        command.addAll(arguments);
        return command;
    }

    /** The jar or class folder a class was loaded from. */
    static String entryOf(Class<?> type) {
        URL location = type.getProtectionDomain().getCodeSource().getLocation();
        Path path;
        try {
            path = Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot use the code source " + location + " of " + type.getName(), e);
        }
        if (Files.isRegularFile(path)) {
            return path.toString();
        }
        String classFile = type.getName().replace('.', '/') + ".class";
        for (Path folder : List.of(path, path.resolve("target").resolve("classes"), path.resolve("bin"))) {
            if (Files.isRegularFile(folder.resolve(classFile))) {
                return folder.toString();
            }
        }
        throw new IllegalStateException("cannot find " + classFile + " under " + path);
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli.tests.git;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.Set;

import org.premortem.cli.Main;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.model.stpa.StpaPackage;
import org.premortem.validation.LossWithoutHazardRule;
import org.premortem.validation.structure.ColdStartRule;

/**
 * A {@code premortem} command for git to run: a script that starts the headless command line in a new JVM from the
 * bundles this test runs on (the built product's launcher, {@code ./premortem}, runs the same main class on the
 * same jars).
 */
final class HeadlessLauncher {

    private HeadlessLauncher() {
    }

    /** Writes {@code folder/premortem} and returns the folder, to be put first on PATH. */
    static Path install(Path folder) throws IOException {
        Set<String> classpath = new LinkedHashSet<>();
        for (Class<?> type : new Class<?>[] { Main.class, AnalysisStore.class, StpaPackage.class,
                org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.ecore.xmi.XMIResource.class,
                org.eclipse.emf.common.util.URI.class, picocli.CommandLine.class, com.google.gson.Gson.class,
                LossWithoutHazardRule.class, ColdStartRule.class }) {
            classpath.addAll(locations(type));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path script = folder.resolve("premortem");
        Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -Xshare:auto -XX:TieredStopAtLevel=1 -cp '"
                + String.join(":", classpath) + "' org.premortem.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return folder;
    }

    /** Where a class comes from: its jar, or for a bundle of the build its classes folder and its folder. */
    private static Set<String> locations(Class<?> type) throws IOException {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Set<String> paths = new LinkedHashSet<>();
            if (Files.isDirectory(location.resolve("target").resolve("classes"))) {
                paths.add(location.resolve("target").resolve("classes").toString());
            }
            paths.add(location.toString());
            return paths;
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("cannot find the code of " + type.getName(), e);
        }
    }
}

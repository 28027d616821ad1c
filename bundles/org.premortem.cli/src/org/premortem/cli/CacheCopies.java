/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies jars for {@code ./premortem}'s class cache in the form the JVM can keep in it:
 * <ul>
 * <li>without signature files: the JVM leaves the classes of signed jars (Eclipse signs EMF's) out of AOT caches and
 * CDS archives, and verifies their signatures at every start;</li>
 * <li>with class files older than Java 6 upgraded ({@link OldClassFiles}): the JVM leaves those out too, and picocli's
 * 200 classes are such (it is compiled for Java 5), which cost about a fifth of a quick command's start.</li>
 * </ul>
 * The originals in the product stay as they are; the copies live in the user's cache folder. Arguments: the target
 * folder, then the jars. Not a command for users.
 */
public final class CacheCopies {

    private CacheCopies() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Files.createDirectories(Path.of(args[0]));
        for (int i = 1; i < args.length; i++) {
            Path jar = Path.of(args[i]);
            copy(jar, target.resolve(jar.getFileName()));
        }
    }

    static void copy(Path jar, Path copy) throws IOException {
        try (OldClassFiles upgrade = OldClassFiles.of(jar); InputStream file = Files.newInputStream(jar);
                ZipInputStream in = new ZipInputStream(file); OutputStream target = Files.newOutputStream(copy);
                ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (isSignature(entry.getName())) {
                    continue;
                }
                ZipEntry copied = new ZipEntry(entry.getName());
                copied.setTime(entry.getTime());
                out.putNextEntry(copied);
                if (entry.getName().endsWith(".class")) {
                    out.write(upgrade.apply(in.readAllBytes()));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    /** The files that make a jar signed: META-INF/*.SF and the signature blocks beside them. */
    static boolean isSignature(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }
}

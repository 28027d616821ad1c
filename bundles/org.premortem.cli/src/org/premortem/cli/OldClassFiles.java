/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites class files older than Java 6 (major version below 50) as Java 8 class files with stack map frames, the
 * form the JVM's class caches accept; the code itself is unchanged. ASM computes the frames; where it needs a common
 * super class it loads types, without initialising them, from the jar being copied. When ASM is not on the class
 * path (it is passed only for preparing the cache), or a class cannot be rewritten, the bytes stay as they are: the
 * class then only misses the cache.
 */
final class OldClassFiles implements AutoCloseable {

    private static final int JAVA_6 = 50;

    /** Whether ASM is on the class path: asked once, not for every class file copied. */
    private static final boolean ASM_PRESENT = asmPresent();

    private final URLClassLoader types;

    private OldClassFiles(URLClassLoader types) {
        this.types = types;
    }

    static OldClassFiles of(Path jar) throws IOException {
        return new OldClassFiles(new URLClassLoader(new URL[] { jar.toUri().toURL() },
                OldClassFiles.class.getClassLoader()));
    }

    /** The class file, upgraded if it is older than Java 6 and ASM can do it; else the same bytes. */
    byte[] apply(byte[] classFile) {
        if (majorVersion(classFile) >= JAVA_6 || !ASM_PRESENT) {
            return classFile;
        }
        try {
            return upgrade(classFile);
        } catch (RuntimeException | LinkageError e) {
            return classFile;
        }
    }

    static int majorVersion(byte[] classFile) {
        return classFile.length < 8 ? Integer.MAX_VALUE : ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private byte[] upgrade(byte[] classFile) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return types;
            }
        };
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    private static boolean asmPresent() {
        try {
            Class.forName("org.objectweb.asm.ClassWriter", false, OldClassFiles.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        types.close();
    }
}

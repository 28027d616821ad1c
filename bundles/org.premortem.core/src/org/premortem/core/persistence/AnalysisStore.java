/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.StpaPackage;

/**
 * Loads and saves .premortem files. Loading is all or nothing: a file that is not a readable analysis is rejected
 * with every problem's file, line and column, and nothing is half-loaded; a file that is accepted is in the model
 * whole, every element, attribute and reference of it ({@link ContentCheck}), so that saving gives it back. Saving
 * refuses what would not load again and is atomic ({@link AtomicFile}): a crash leaves either the old or the new
 * file, never a torn one.
 */
public final class AnalysisStore {

    private AnalysisStore() {
    }

    /** Loads the analysis in {@code file}, in a resource set of its own. */
    public static Analysis load(Path file) throws ModelLoadException {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(new LoadProblem(file, 0, 0, Messages.get("load.missing")));
        } catch (IOException e) {
            throw new ModelLoadException(new LoadProblem(file, 0, 0, Messages.get("load.unreadable", e.getMessage())));
        }
        return parse(file, bytes);
    }

    /** Reads an analysis from bytes that came from {@code file} (which names the origin in problems). */
    public static Analysis parse(Path file, byte[] bytes) throws ModelLoadException {
        return parse(file, bytes, newResourceSet());
    }

    /**
     * Reads an analysis into a new resource of {@code resourceSet} (an editor's editing domain, say). On failure the
     * resource is removed again and the resource set is as before.
     */
    public static Analysis parse(Path file, byte[] bytes, ResourceSet resourceSet) throws ModelLoadException {
        RootCheck.check(file, bytes);
        PremortemResource resource = newResource(file, resourceSet);
        IOException failure = null;
        try {
            resource.load(new ByteArrayInputStream(bytes), null);
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e);
        }
        List<LoadProblem> problems = LoadProblems.of(file, bytes, resource, failure);
        if (!problems.isEmpty()) {
            discard(resource);
            throw new ModelLoadException(problems);
        }
        return singleAnalysis(file, resource);
    }

    /** Creates an empty resource for a .premortem file, in a resource set of its own that knows the STPA package. */
    public static PremortemResource newResource(Path file) {
        return newResource(file, newResourceSet());
    }

    /**
     * Creates an empty resource for a .premortem file in the given resource set. The resource set is made to open no
     * file or URL by itself: Premortem reads and writes the bytes, so nothing in a file (a schema location, a
     * namespace, a reference) can make EMF read another file or reach the network.
     */
    public static PremortemResource newResource(Path file, ResourceSet resourceSet) {
        resourceSet.setURIConverter(new ExtensibleURIConverterImpl(List.of(new RefusingUriHandler()), List.of()));
        resourceSet.getPackageRegistry().put(StpaPackage.eNS_URI, StpaPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(PremortemResourceFactory.FILE_EXTENSION, new PremortemResourceFactory());
        PremortemResource resource = new PremortemResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resourceSet.getResources().add(resource);
        return resource;
    }

    private static ResourceSet newResourceSet() {
        return new ResourceSetImpl();
    }

    /**
     * Drops a rejected resource from its resource set without unloading it: nothing can reach its elements, and
     * unloading would turn each into a proxy with a path-long URI, quadratic in the nesting depth of a hostile file.
     */
    private static void discard(Resource resource) {
        if (resource.getResourceSet() != null) {
            resource.getResourceSet().getResources().remove(resource);
        }
    }

    /**
     * The bytes of the analysis as a .premortem file. The analysis is stamped with the current format version. An
     * analysis not yet in a resource is put into a new one.
     *
     * @throws IOException when the analysis cannot be written as a file that loads again: a reference to an element
     *         outside it, text with characters XML cannot hold, ids missing or that do not identify, nesting too deep
     */
    public static byte[] serialize(Analysis analysis) throws IOException {
        Objects.requireNonNull(analysis, "analysis");
        Resource resource = analysis.eResource();
        if (resource == null) {
            resource = newResource(Path.of("analysis." + PremortemResourceFactory.FILE_EXTENSION));
            resource.getContents().add(analysis);
        }
        SavableText.check(analysis);
        PermanentIds.checkForSave(analysis);
        OutsideReferences.check(analysis);
        NestingDepth.check(analysis);
        if (!FormatVersion.CURRENT.equals(analysis.getFormatVersion())) {
            analysis.setFormatVersion(FormatVersion.CURRENT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            resource.save(out, PremortemResource.saveOptions());
        } catch (IOException e) {
            if (e.getCause() instanceof DanglingHREFException dangling) {
                throw new IOException(Messages.get("save.dangling", dangling.getMessage()), dangling);
            }
            throw e;
        }
        return out.toByteArray();
    }

    /** Saves the analysis to {@code file} atomically; on any failure the previous file is untouched. */
    public static void save(Analysis analysis, Path file) throws IOException {
        writeAtomically(file, serialize(analysis));
    }

    /** Replaces {@code file} with {@code bytes} crash-safely; see {@link AtomicFile#write}. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        AtomicFile.write(file, bytes);
    }

    private static Analysis singleAnalysis(Path file, Resource resource) throws ModelLoadException {
        List<LoadProblem> problems = new ArrayList<>();
        if (resource.getContents().isEmpty()) {
            problems.add(new LoadProblem(file, 0, 0, Messages.get("load.noRoot")));
        } else if (resource.getContents().size() > 1) {
            problems.add(new LoadProblem(file, 0, 0, Messages.get("load.severalRoots", resource.getContents().size())));
        } else if (resource.getContents().get(0) instanceof Analysis analysis) {
            return analysis;
        } else {
            problems.add(new LoadProblem(file, 0, 0, Messages.get("load.noRoot")));
        }
        discard(resource);
        throw new ModelLoadException(problems);
    }
}

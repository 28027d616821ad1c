/*
 * Premortem contributors — EPL-2.0
 */
package org.premortem.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code of Premortem from {@code premortem.genmodel}, without Eclipse running.
 *
 * <p>The generator writes into a temporary copy of the two bundles. Only its generated parts are copied back:
 * {@code src-gen/} of both bundles (replaced as a whole), the edit bundle's {@code plugin.properties} (replaced)
 * and its icons (only those that do not exist yet, so that drawn icons survive). The hand-written
 * {@code MANIFEST.MF}, {@code plugin.xml} and {@code build.properties} are never written.
 *
 * <p>Usage: {@code GenerateModelCode [repository root]} (default: the current directory).
 */
public final class GenerateModelCode {

	private static final String MODEL_BUNDLE = "org.premortem.model";
	private static final String EDIT_BUNDLE = "org.premortem.model.edit";
	private static final String GENMODEL = "model/premortem.genmodel";

	/**
	 * EMF's item provider template labels an object "&lt;type name&gt; &lt;label feature&gt;". Premortem's label
	 * feature already reads "L-1: Loss of availability", so the type name is dropped when the label is not empty.
	 */
	private static final Pattern TYPE_PREFIXED_LABEL = Pattern.compile(
			"getString\\(\"_UI_\\w+_type\"\\) \\+ \" \" \\+ label;( //\\$NON-NLS-\\d\\$)*");

	private GenerateModelCode() {
	}

	public static void main(String[] args) throws IOException {
		Path bundles = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize().resolve("bundles");
		Path work = Files.createTempDirectory("premortem-codegen");
		try {
			// The same line ends on every platform, so that regenerating never shows up as a change.
			System.setProperty("line.separator", "\n");
			for (String bundle : List.of(MODEL_BUNDLE, EDIT_BUNDLE)) {
				prepareWorkCopy(bundles.resolve(bundle), work.resolve(bundle));
				URIConverter.URI_MAP.put(URI.createPlatformResourceURI("/" + bundle + "/", false),
						URI.createFileURI(work.resolve(bundle).toString() + "/"));
			}
			generate(loadGenModel(bundles.resolve(MODEL_BUNDLE).resolve(GENMODEL)));
			dropTypePrefixFromLabels(work.resolve(EDIT_BUNDLE).resolve("src-gen"));

			replaceDirectory(work.resolve(MODEL_BUNDLE).resolve("src-gen"), bundles.resolve(MODEL_BUNDLE).resolve("src-gen"));
			replaceDirectory(work.resolve(EDIT_BUNDLE).resolve("src-gen"), bundles.resolve(EDIT_BUNDLE).resolve("src-gen"));
			Files.copy(work.resolve(EDIT_BUNDLE).resolve("plugin.properties"),
					bundles.resolve(EDIT_BUNDLE).resolve("plugin.properties"), StandardCopyOption.REPLACE_EXISTING);
			copyMissingFiles(work.resolve(EDIT_BUNDLE).resolve("icons"), bundles.resolve(EDIT_BUNDLE).resolve("icons"));
		} finally {
			deleteDirectory(work);
		}
		System.out.println("Generated " + bundles.resolve(MODEL_BUNDLE).resolve("src-gen") + " and "
				+ bundles.resolve(EDIT_BUNDLE).resolve("src-gen"));
	}

	/** Gives the generator the hand-written manifest to read the bundle name and vendor from. */
	private static void prepareWorkCopy(Path bundle, Path workCopy) throws IOException {
		Path manifest = Path.of("META-INF", "MANIFEST.MF");
		Files.createDirectories(workCopy.resolve("META-INF"));
		if (Files.exists(bundle.resolve(manifest))) {
			Files.copy(bundle.resolve(manifest), workCopy.resolve(manifest));
		}
	}

	private static GenModel loadGenModel(Path file) {
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
		URI uri = URI.createFileURI(file.toString());
		GenModel genModel = (GenModel) resourceSet.getResource(uri, true).getContents().get(0);
		genModel.reconcile();
		check("Validating " + file, genModel.diagnose());
		genModel.setCanGenerate(true);
		return genModel;
	}

	private static void generate(GenModel genModel) {
		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		check("Generating model code",
				generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
		check("Generating edit code",
				generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));
	}

	private static void check(String step, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() == Diagnostic.OK) {
			return;
		}
		System.err.println(step + ": " + diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			System.err.println("  " + child.getMessage());
		}
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException(step + " failed");
		}
	}

	private static void dropTypePrefixFromLabels(Path sourceFolder) throws IOException {
		int changed = 0;
		try (Stream<Path> files = Files.walk(sourceFolder)) {
			for (Path file : files.filter(f -> f.toString().endsWith("ItemProvider.java")).toList()) {
				String code = Files.readString(file, StandardCharsets.UTF_8);
				String relabelled = TYPE_PREFIXED_LABEL.matcher(code).replaceAll("label;");
				if (!relabelled.equals(code)) {
					Files.writeString(file, relabelled, StandardCharsets.UTF_8);
					changed++;
				}
			}
		}
		if (changed == 0) {
			throw new IllegalStateException("No item provider label to fix: has EMF's ItemProvider template changed?");
		}
	}

	private static void replaceDirectory(Path source, Path target) throws IOException {
		deleteDirectory(target);
		copyMissingFiles(source, target);
	}

	private static void copyMissingFiles(Path source, Path target) throws IOException {
		if (!Files.isDirectory(source)) {
			return;
		}
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (!Files.exists(copy)) {
					Files.createDirectories(copy.getParent());
					Files.copy(file, copy);
				}
			}
		}
	}

	private static void deleteDirectory(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}

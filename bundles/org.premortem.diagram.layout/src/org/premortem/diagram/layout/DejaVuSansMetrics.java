/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout;

/**
 * Text widths of DejaVu Sans (regular and bold), the font the reports draw diagrams in: advance widths per 1000 units
 * of the printable ASCII characters, read off the font files. Other characters count as wide as an "m" (slightly
 * generous for most scripts), so a measured box is never too small for the fonts that replace DejaVu Sans where it is
 * missing (Verdana, Arial and Helvetica are narrower).
 */
public final class DejaVuSansMetrics implements TextMetrics {

    private static final int[] REGULAR = {
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
        1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
        603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838 };

    private static final int[] BOLD = {
        348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365,
        696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580,
        1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850,
        733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 500,
        500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687,
        716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838 };

    private static final int WIDE = 1000;

    @Override
    public double width(String text, double fontSize, boolean bold) {
        int[] table = bold ? BOLD : REGULAR;
        long units = 0;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            units += codePoint >= 32 && codePoint < 127 ? table[codePoint - 32] : WIDE;
            i += Character.charCount(codePoint);
        }
        return units * fontSize / 1000.0;
    }
}

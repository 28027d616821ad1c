/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.report.doc;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The numbers of a report's sections ("3", "3.2"), the same in every format. */
public final class SectionNumbers {

    private final Map<Section, String> numbers = new IdentityHashMap<>();

    public SectionNumbers(ReportDocument document) {
        number(document.sections(), "");
    }

    private void number(List<Section> sections, String prefix) {
        for (int i = 0; i < sections.size(); i++) {
            String number = prefix + (i + 1);
            numbers.put(sections.get(i), number);
            number(sections.get(i).subsections(), number + ".");
        }
    }

    public String of(Section section) {
        return numbers.get(section);
    }
}

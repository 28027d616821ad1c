/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EcorePackage;
import org.premortem.core.compare.SnapshotFeatures;

/** Finds the texts that mention a display id as a whole word ({@code UCA-14}, not {@code UCA-145} or {@code UCA-14.2}). */
final class TextMentions {

    private TextMentions() {
    }

    static List<Renumbering.Mention> of(Map<String, Draft> merged, String displayId) {
        Pattern word = Pattern.compile("(?<![\\w.-])" + Pattern.quote(displayId) + "(?![\\w]|\\.\\d)");
        List<Renumbering.Mention> mentions = new ArrayList<>();
        for (Draft draft : merged.values()) {
            for (Map.Entry<String, List<String>> attribute : draft.attributes.entrySet()) {
                if (isText(draft.kind, attribute.getKey())
                        && attribute.getValue().stream().anyMatch(value -> word.matcher(value).find())) {
                    mentions.add(new Renumbering.Mention(draft.id, attribute.getKey()));
                }
            }
        }
        return mentions;
    }

    private static boolean isText(String kind, String name) {
        return !"displayId".equals(name) && SnapshotFeatures.feature(kind, name)
                .filter(EAttribute.class::isInstance)
                .map(feature -> ((EAttribute) feature).getEAttributeType() == EcorePackage.Literals.ESTRING)
                .orElse(false);
    }
}

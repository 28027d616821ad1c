/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.util.List;
import java.util.Locale;

import org.premortem.core.compare.Change;
import org.premortem.core.compare.ChangeKind;
import org.premortem.core.compare.ChangeWording;
import org.premortem.core.compare.ElementState;
import org.premortem.core.compare.ModelDiff;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A diff as JSON for programs: {@code {"old", "new", "equal", "changes": [{"kind", "id", "displayId", "name",
 * "feature", "before", "after", "beforeText", "afterText"}]}}; {@code before}/{@code after} hold the raw values
 * (permanent ids for references and places), the texts the wording people read.
 */
final class DiffJson {

    private DiffJson() {
    }

    static String of(ModelDiff diff, String oldName, String newName) {
        ChangeWording words = new ChangeWording(diff);
        JsonObject json = new JsonObject();
        json.addProperty("old", oldName);
        json.addProperty("new", newName);
        json.addProperty("equal", diff.isEmpty());
        JsonArray changes = new JsonArray();
        for (Change change : diff.changes()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("kind", change.kind().name().toLowerCase(Locale.ROOT));
            entry.addProperty("id", change.elementId());
            String displayId = (change.kind() == ChangeKind.REMOVED ? diff.before()
                    : diff.after()).get(change.elementId()).map(ElementState::displayId).orElse("");
            entry.addProperty("displayId", displayId);
            entry.addProperty("name", words.subject(change));
            entry.addProperty("elementKind", words.kind(change));
            entry.addProperty("feature", change.feature());
            entry.add("before", array(change.before()));
            entry.add("after", array(change.after()));
            entry.addProperty("beforeText", words.before(change));
            entry.addProperty("afterText", words.after(change));
            changes.add(entry);
        }
        json.add("changes", changes);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
    }

    private static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}

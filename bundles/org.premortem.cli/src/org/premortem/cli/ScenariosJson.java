/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli;

import java.nio.file.Path;
import java.util.List;

import org.premortem.core.scenarios.CandidateFactor;
import org.premortem.core.scenarios.ScenarioCandidate;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.LossScenario;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The candidates for programs: {@code {file, ucas: [{uca, id, text, rejected, accepted, candidates: [{key, class,
 * text, causalFactors: [{kind, text}], elements: [{displayId, id, kind, name}]}]}], added: [LS-…]}}; enumeration
 * values are the literals of the file format.
 */
final class ScenariosJson {

    private ScenariosJson() {
    }

    static String write(Path file, List<ScenariosCommand.UcaCandidates> results, List<LossScenario> added) {
        JsonObject json = new JsonObject();
        json.addProperty("file", file.toString());
        JsonArray ucas = new JsonArray();
        for (ScenariosCommand.UcaCandidates result : results) {
            JsonObject uca = new JsonObject();
            uca.addProperty("uca", result.uca().getDisplayId());
            uca.addProperty("id", result.uca().getId());
            uca.addProperty("text", result.uca().getText());
            uca.addProperty("rejected", result.rejected());
            uca.addProperty("accepted", result.accepted());
            JsonArray candidates = new JsonArray();
            result.suggestions().forEach(candidate -> candidates.add(candidate(candidate)));
            uca.add("candidates", candidates);
            ucas.add(uca);
        }
        json.add("ucas", ucas);
        JsonArray addedIds = new JsonArray();
        added.forEach(scenario -> addedIds.add(scenario.getDisplayId()));
        json.add("added", addedIds);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json);
    }

    private static JsonObject candidate(ScenarioCandidate candidate) {
        JsonObject json = new JsonObject();
        json.addProperty("key", candidate.key());
        json.addProperty("class", candidate.scenarioClass().getLiteral());
        json.addProperty("text", candidate.text());
        JsonArray factors = new JsonArray();
        for (CandidateFactor factor : candidate.factors()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("kind", factor.kind().getLiteral());
            entry.addProperty("text", factor.text());
            factors.add(entry);
        }
        json.add("causalFactors", factors);
        JsonArray elements = new JsonArray();
        for (IdentifiedElement element : candidate.namedElements()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("displayId", element.getDisplayId());
            entry.addProperty("id", element.getId());
            entry.addProperty("kind", element.eClass().getName());
            entry.addProperty("name", element.labelText());
            elements.add(entry);
        }
        json.add("elements", elements);
        return json;
    }
}

/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Run by test-dist.sh with the tarball's Gson (java -cp gson.jar SarifCheck.java FILE URI): FILE must be a SARIF
 * 2.1.0 log of one run by the tool "Premortem" with its rules and a results array whose locations name URI. Prints
 * the number of results; throws (exit 1) otherwise.
 */
public final class SarifCheck {

    public static void main(String[] args) throws Exception {
        JsonObject log = JsonParser.parseString(Files.readString(Path.of(args[0]))).getAsJsonObject();
        check("2.1.0".equals(log.get("version").getAsString()), "version is not 2.1.0");
        JsonArray runs = log.getAsJsonArray("runs");
        check(runs.size() == 1, "not one run");
        JsonObject run = runs.get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        check("Premortem".equals(driver.get("name").getAsString()), "the tool is not Premortem");
        check(!driver.getAsJsonArray("rules").isEmpty(), "no rules: the validation bundles are not on the class path");
        JsonArray results = run.getAsJsonArray("results");
        for (var result : results) {
            String uri = result.getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
                    .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString();
            check(uri.equals(args[1]), "a result's location is " + uri + ", not " + args[1]);
        }
        System.out.println(results.size() + " results, " + driver.getAsJsonArray("rules").size() + " rules");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}

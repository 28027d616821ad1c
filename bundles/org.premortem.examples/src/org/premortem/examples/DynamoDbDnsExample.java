/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.examples;

import static org.premortem.model.stpa.CausalFactorKind.ACTION_NOT_EXECUTED;
import static org.premortem.model.stpa.CausalFactorKind.ACTION_NOT_RECEIVED;
import static org.premortem.model.stpa.CausalFactorKind.CONFLICTING_ACTION;
import static org.premortem.model.stpa.CausalFactorKind.FEEDBACK_DELAYED;
import static org.premortem.model.stpa.CausalFactorKind.FEEDBACK_INACCURATE;
import static org.premortem.model.stpa.CausalFactorKind.FEEDBACK_NOT_RECEIVED;
import static org.premortem.model.stpa.CausalFactorKind.FLAWED_PROCESS_MODEL;
import static org.premortem.model.stpa.CausalFactorKind.IGNORED_BY_PROCESS;
import static org.premortem.model.stpa.CausalFactorKind.INADEQUATE_CONTROL_ALGORITHM;
import static org.premortem.model.stpa.CausalFactorKind.MISSING_FEEDBACK;
import static org.premortem.model.stpa.CausalFactorKind.OTHER;
import static org.premortem.model.stpa.CausalFactorKind.UNSAFE_CONTROL_INPUT;
import static org.premortem.model.stpa.ScenarioClass.CONTROLLED_PROCESS;
import static org.premortem.model.stpa.ScenarioClass.CONTROL_PATH;
import static org.premortem.model.stpa.ScenarioClass.INADEQUATE_FEEDBACK;
import static org.premortem.model.stpa.ScenarioClass.UNSAFE_CONTROLLER_BEHAVIOR;

import java.util.ArrayList;
import java.util.List;

import org.premortem.core.build.AnalysisBuilder;
import org.premortem.core.build.ControlStructureBuilder;
import org.premortem.core.ids.IdSource;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.CausalFactorKind;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.Hazard;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.Loss;
import org.premortem.model.stpa.LossScenario;
import org.premortem.model.stpa.NotApplicableVerdict;
import org.premortem.model.stpa.ProcessModelVariable;
import org.premortem.model.stpa.Requirement;
import org.premortem.model.stpa.ScenarioClass;
import org.premortem.model.stpa.SystemConstraint;
import org.premortem.model.stpa.UcaCategory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The shipped example: an STPA of the AWS DynamoDB DNS outage of October 2025, built only from the content of the
 * seed article (a "pre-mortem" of the DynamoDB DNS management system). Its texts quote the article, with "dns",
 * "aws", "ip", "stpa" and "toctou" set in capitals and obvious typos fixed.
 * <p>
 * The feedback paths the article finds missing (Enactors to Planner, plan goodness to the Enactors, the active plan
 * when an Enactor deletes plans) are deliberately absent: finding them is what the analysis is for. Ids are seeded, so
 * every build yields the same file.
 */
public final class DynamoDbDnsExample {

    public static final long SEED = 20251020L;
    public static final String FILE_NAME = "dynamodb-dns.premortem";

    private static final String NAME = "AWS DynamoDB DNS outage (October 2025)";
    private static final String TRANSACTION = "Transaction: the action completes at once, so it cannot be stopped "
            + "too soon or applied too long (table: \"n/a (transaction)\")";
    private static final String BINARY_ACTION = "Binary action: it has no parameter that could be too low or too "
            + "high (table: \"n/a (binary action)\")";
    private static final String LUMPED = " The article lumps scenario classes 1 and 2 here.";
    private static final String ASSUMED_HANDLED = " The article assumes AWS handles this.";

    /** A causal factor of a loss scenario: its kind and an optional short explanation. */
    private record Factor(CausalFactorKind kind, String text) {
    }

    private final AnalysisBuilder b = AnalysisBuilder.create(NAME, IdSource.seeded(SEED));
    private final List<UnsafeControlAction> ucas = new ArrayList<>();
    private final List<LossScenario> scenarios = new ArrayList<>();

    private Hazard planNotGood;
    private Hazard storageNearFull;
    private SystemConstraint goodPlan;
    private SystemConstraint storageHeadroom;
    private ProcessModelVariable loadBalancerHealth;
    private ProcessModelVariable ownPlanNewer;
    private ProcessModelVariable planSignificantlyOlder;
    private ControlAction newPlan;
    private ControlAction addPlan;
    private ControlAction setPlanActive;
    private ControlAction deletePlan;

    private DynamoDbDnsExample() {
    }

    /** Builds the example analysis; every call returns a new, identical analysis. */
    public static Analysis build() {
        DynamoDbDnsExample example = new DynamoDbDnsExample();
        example.describeSystem();
        example.defineLossesAndHazards();
        example.modelControlStructure();
        example.identifyUnsafeControlActions();
        example.developLossScenarios();
        example.recommendRequirements();
        return example.b.build();
    }

    // Step 1: purpose of the analysis -------------------------------------------------------------------------------

    private void describeSystem() {
        b.description("The DynamoDB DNS management system is split across two independent components: the DNS "
                + "Planner and the DNS Enactor. The DNS Planner monitors the health and capacity of the DynamoDB load "
                + "balancers and periodically creates a new DNS plan for each DynamoDB region. The DNS Enactor "
                + "operates redundantly and fully independently in three different availability zones. Each of the "
                + "instances of the DNS Enactor looks for new plans and attempts to update Route53 by replacing the "
                + "current plan with a new plan using a Route53 transaction.");
        b.goal("The purpose of the system is to allow users to connect to DynamoDB.");
        b.goal("Purpose of the analysis: we are dealing with the DNS management system for DynamoDB and the safety "
                + "issues are bad DNS records.");
        b.goal("Scope: \"not a post-mortem, but more of a pre-mortem\" built from the public AWS outage summary. It "
                + "\"does not by any means attempt to fully model or specify the DynamoDB DNS management system which "
                + "is surely more complicated and interesting in reality.\"");
        describeAssumptions();
    }

    private void describeAssumptions() {
        b.assumption("DNS plans are simplified to being \"good\" or \"not good\". This could be defined more "
                + "technically along the lines of \"containing at least n load balancers, of which none are "
                + "unhealthy\", but the specifics are left to the people who work with this system.");
        b.assumption("Three Enactors run, one per availability zone. The article draws only two \"because they are "
                + "sufficient to show any interaction issues\"; the model has one Enactor with three replicas.");
        b.assumption("The Planner probably does not push new DNS plans onto the Enactors but writes them to shared "
                + "storage from which the Enactors read the most recent plan. From the perspective of the safety "
                + "control structure it still provides a control command to the Enactors, so the shared storage is "
                + "not a component of the model.");
        b.assumption("Enactors can set any plan as the currently active plan (\"otherwise it would make little sense "
                + "to keep old plans around at all\"), and old plans are kept because they might be reinstated.");
        b.assumption("Higher-level controllers (at least SREs and software engineers, as well as AWS management) and "
                + "human intervention are not modelled: the outage summary does not specify where humans typically "
                + "intervene.");
        b.assumption("The system is reverse engineered from the AWS outage summary; its timeline is used only to "
                + "understand the system, not to guide the analysis.");
        b.assumption("The real system probably has more hazardous conditions, but they do not show in the summary of "
                + "the outage, so they are ignored.");
        b.assumption("The article states no losses and cites no hazards on its unsafe control actions. The loss L-1, "
                + "the hazard-to-loss links, the system constraints and the UCA-to-hazard links are derived from its "
                + "text (storage contexts lead to H-2, all others to H-1).");
    }

    private void defineLossesAndHazards() {
        Loss noService = b.loss("Users cannot connect to DynamoDB (loss of service: the DynamoDB API is unreachable)");
        planNotGood = b.hazard("The currently active DNS plan is not good", noService);
        storageNearFull = b.hazard("Route53 plan storage is near full", noService);
        goodPlan = b.systemConstraint("The currently active DNS plan must be good", planNotGood);
        storageHeadroom = b.systemConstraint("Route53 plan storage must not become near full", storageNearFull);
    }

    // Step 2: control structure -------------------------------------------------------------------------------------

    private void modelControlStructure() {
        ControlStructureBuilder cs = b.controlStructure("DynamoDB DNS management");
        Component planner = planner(cs);
        Component enactor = enactor(cs);
        Component route53 = route53(cs);
        Component loadBalancers = loadBalancers(cs);
        controlActions(cs, planner, enactor, route53);
        feedbackAndOutputs(cs, planner, enactor, route53, loadBalancers);
    }

    private Component planner(ControlStructureBuilder cs) {
        Component planner = cs.controller("Planner");
        planner.setDescription("The DNS Planner monitors the health and capacity of the DynamoDB load balancers and "
                + "periodically creates a new DNS plan for each DynamoDB region.");
        planner.setControlAlgorithm("Periodically converts the load balancer health readings into a new DNS plan for "
                + "each DynamoDB region. The plan consists of a set of load balancers and weights. The Planner keeps "
                + "running and producing newer generations of plans whatever the Enactors are doing.");
        cs.responsibility(planner, "Monitor the health and capacity of the DynamoDB load balancers", goodPlan);
        cs.responsibility(planner, "Periodically create a new DNS plan for each DynamoDB region", goodPlan);
        loadBalancerHealth = cs.variable(planner, "Load balancer health", "healthy", "unhealthy");
        cs.variable(planner, "Latest plan applied by the Enactors is good", "good", "not good");
        cs.variable(planner, "Enactors' status", "applying normally", "having problems");
        return planner;
    }

    private Component enactor(ControlStructureBuilder cs) {
        Component enactor = cs.replicatedController("Enactor", 3);
        enactor.setDescription("The DNS Enactor operates redundantly and fully independently in three different "
                + "availability zones: three replicas, one per availability zone. The article draws two Enactors "
                + "because they are sufficient to show any interaction issues. The replicas do not talk to each "
                + "other; they interact only through Route53.");
        enactor.setControlAlgorithm("""
                1. Look for new plans and pick up the latest plan.
                2. Before applying a new plan, check that it is newer than the currently active plan (checked once, \
                at the start of the application).
                3. Apply the plan to the endpoints one at a time, each with a Route53 transaction. When blocked by \
                another Enactor updating the same endpoint, retry each endpoint until the plan is successfully \
                applied to all endpoints.
                4. Once the plan is applied, run a clean-up process that deletes plans that are significantly older \
                than the one just applied.""");
        cs.responsibility(enactor, "Apply the latest plan to every endpoint with Route53 transactions, retrying "
                + "blocked endpoints until the plan is applied to all of them", goodPlan);
        cs.responsibility(enactor, "Apply a plan only if it is newer than the currently active plan", goodPlan);
        cs.responsibility(enactor, "Clean up: delete plans that are significantly older than the one just applied",
                storageHeadroom);
        ownPlanNewer = cs.variable(enactor, "Own plan is newer than the active plan", "newer", "older");
        cs.variable(enactor, "Plan i is active", "active", "not active");
        planSignificantlyOlder = cs.variable(enactor, "Plan i is significantly older than the plan just applied",
                "significantly older", "not significantly older");
        cs.variable(enactor, "Plan i is good", "good", "not good");
        cs.variable(enactor, "Route53 plan storage is nearly full", "nearly full", "not nearly full");
        return enactor;
    }

    private static Component route53(ControlStructureBuilder cs) {
        Component route53 = cs.controlledProcess("Route53");
        route53.setDescription("Stores the DNS plans and serves the DNS records of each endpoint (for example "
                + "dynamodb.us-east-1.amazonaws.com) from the active plan. It applies updates as transactions, "
                + "\"assuring that each endpoint is updated with a consistent plan even when multiple DNS Enactors "
                + "attempt to update it concurrently\". When the active plan is deleted, all IP addresses for the "
                + "regional endpoint are immediately removed.");
        return route53;
    }

    private static Component loadBalancers(ControlStructureBuilder cs) {
        Component loadBalancers = cs.controlledProcess("DynamoDB load balancers");
        loadBalancers.setDescription("The load balancers a DNS plan points traffic at (a plan is a set of load "
                + "balancers and weights). They receive no control action: they belong to the Planner's controlled "
                + "system only because they provide feedback.");
        return loadBalancers;
    }

    private void controlActions(ControlStructureBuilder cs, Component planner, Component enactor, Component route53) {
        newPlan = describe(cs.controlAction(planner, enactor, "New plan"), "The Planner writes a new DNS plan to "
                + "shared storage, from which the Enactors read the most recent plan to apply.");
        addPlan = describe(cs.controlAction(enactor, route53, "Add plan"), "The Enactor adds a new DNS plan to "
                + "Route53.");
        setPlanActive = describe(cs.controlAction(enactor, route53, "Set plan i active"), "The Enactor sets any "
                + "plan i as the currently active plan (an assumption of the article).");
        deletePlan = describe(cs.controlAction(enactor, route53, "Delete plan i"), "The Enactor deletes any plan i, "
                + "\"including the currently active one, apparently!\"");
    }

    /** Exactly the feedback the article draws: the paths it finds missing stay absent. */
    private void feedbackAndOutputs(ControlStructureBuilder cs, Component planner, Component enactor,
            Component route53, Component loadBalancers) {
        describe(cs.feedback(loadBalancers, planner, "Health and capacity", loadBalancerHealth), "The Planner "
                + "receives health data from the load balancers (health check responses).");
        describe(cs.feedback(route53, enactor, "Active plan and plan ages (query)", ownPlanNewer,
                planSignificantlyOlder), "The Enactors can query Route53 for which plan is active, as well as the "
                + "age of plans. The active-plan answer is read once, before a plan is applied, so it can be stale "
                + "by the time the plan is written. The clean-up goes by plan age only and does not check whether a "
                + "plan is active.");
        describe(cs.inputOutput(route53, null, "DNS records (dynamodb.us-east-1.amazonaws.com)"), "The DNS records "
                + "the users' DNS lookups get; an empty record leaves DynamoDB unreachable.");
    }

    private static <T extends Connection> T describe(T connection, String description) {
        connection.setDescription(description);
        return connection;
    }

    // Step 3: unsafe control actions --------------------------------------------------------------------------------

    private void identifyUnsafeControlActions() {
        uca(newPlan, UcaType.NOT_PROVIDED, "Previous plan is not good",
                "Planner does not issue a new plan to Enactors when the latest plan is not good", planNotGood)
                .setRationale("The table's context says \"Previous plan\"; the article's list and its heading "
                        + "say \"the latest plan\".");
        uca(newPlan, UcaType.PROVIDED, "New plan is no longer good",
                "Planner issues a new plan to Enactors even when the plan is no longer good", planNotGood);
        uca(addPlan, UcaType.NOT_PROVIDED, "There are no good plans",
                "Enactor does not add a plan to Route53 when there are no good plans in Route53", planNotGood);
        uca(addPlan, UcaType.NOT_PROVIDED, "Special case: there are no plans at all",
                "Enactor does not add a plan to Route53 when there are no plans at all in Route53", planNotGood);
        uca(addPlan, UcaType.PROVIDED, "Storage is nearly full",
                "Enactor adds a plan to Route53 when storage is nearly full", storageNearFull);
        uca(setPlanActive, UcaType.NOT_PROVIDED, "The active plan is not good",
                "Enactor does not activate plan i when the active plan is not good", planNotGood);
        uca(setPlanActive, UcaType.NOT_PROVIDED, "Special case: there is no active plan",
                "Enactor does not activate plan i when there is no active plan", planNotGood);
        uca(setPlanActive, UcaType.PROVIDED, "Plan i is not good",
                "Enactor activates plan i when plan i is not good", planNotGood);
        uca(setPlanActive, UcaType.TOO_EARLY, "Before Plan i is added",
                "Enactor activates plan i before plan i is added", planNotGood)
                .setRationale("The article doubts this is meaningful: \"it sounds like both things happen in a "
                        + "Route53 transaction when a plan is added.\"");
        uca(setPlanActive, UcaType.TOO_LATE, "Plan i has been deleted",
                "Enactor activates plan i after plan i has been deleted", planNotGood);
        uca(deletePlan, UcaType.NOT_PROVIDED, "Storage is nearly full",
                "Enactor does not delete plan i when storage is nearly full", storageNearFull);
        uca(deletePlan, UcaType.PROVIDED, "Plan i is active",
                "Enactor deletes plan i when plan i is active", planNotGood);
        uca(deletePlan, UcaType.TOO_EARLY, "Plan i needs to be reinstated",
                "Enactor deletes plan i when plan i needs to be reinstated later", planNotGood)
                .setRationale("The article is unsure of the hazard: \"Is it hazardous to delete a plan that will "
                        + "later need to be reinstated? Not sure.\"");
        for (ControlAction action : List.of(newPlan, addPlan, setPlanActive, deletePlan)) {
            b.notApplicable(action, UcaCategory.DURATION, NotApplicableVerdict.NOT_APPLICABLE, TRANSACTION);
            b.notApplicable(action, UcaCategory.PARAMETER, NotApplicableVerdict.NOT_APPLICABLE, BINARY_ACTION);
        }
    }

    private UnsafeControlAction uca(ControlAction action, UcaType type, String context, String text, Hazard hazard) {
        UnsafeControlAction uca = b.uca(action, type, context, text, hazard);
        ucas.add(uca);
        return uca;
    }

    /** The UCA with display id UCA-{@code number}. */
    private UnsafeControlAction uca(int number) {
        return ucas.get(number - 1);
    }

    // Step 4: loss scenarios ----------------------------------------------------------------------------------------

    private void developLossScenarios() {
        newPlanNotIssued();
        newPlanNoLongerGood();
        planNotAdded();
        coldStart();
        activation();
        deletion();
    }

    private void newPlanNotIssued() {
        scenario(1, INADEQUATE_FEEDBACK, "The Planner cannot know that the latest plan received by the Enactors is "
                + "not good: \"There's no feedback path from Enactors to Planner.\" Enactors that run into problems "
                + "cannot apply backpressure or get the Planner to simplify its plans, so the Planner keeps producing "
                + "newer generations of plans." + LUMPED,
                factor(MISSING_FEEDBACK, "No feedback from the Enactors to the Planner"),
                factor(FLAWED_PROCESS_MODEL, "The Planner does not know whether the latest plan is good"));
        scenario(1, INADEQUATE_FEEDBACK, "Unreachable load balancers, or slow load balancer health check responses, "
                + "could cause a plan to not be issued, even when one is needed; health check requests must come "
                + "with timeouts." + LUMPED + ASSUMED_HANDLED,
                factor(FEEDBACK_NOT_RECEIVED, "Load balancers unreachable"),
                factor(FEEDBACK_DELAYED, "Slow health check responses"));
        scenario(1, UNSAFE_CONTROLLER_BEHAVIOR, "Bugs in the algorithm that converts load balancer health readings "
                + "into a DNS plan; automated test coverage of this process must be sufficient to be confident it "
                + "won't go wrong on edge cases." + LUMPED + ASSUMED_HANDLED,
                factor(INADEQUATE_CONTROL_ALGORITHM, null));
        scenario(1, CONTROL_PATH, "A new plan is issued, but it doesn't reach the Enactors. How the plan is "
                + "transmitted is unknown, so its failure modes are hard to speculate on; redundancy can deal with "
                + "things like failed network links." + ASSUMED_HANDLED,
                factor(ACTION_NOT_RECEIVED, null));
        scenario(1, CONTROLLED_PROCESS, "DNS plans are received by the Enactors but then ignored: an Enactor ignores "
                + "the plan if it thinks the currently active plan is newer, might ignore it if it thinks storage is "
                + "full, and will, at least temporarily, ignore it if it is busy applying an older plan. These "
                + "situations probably overlap with a need to apply the plan; the article does not dig into that.",
                factor(IGNORED_BY_PROCESS, "The Enactors ignore new plans by design in some contexts"));
    }

    private void newPlanNoLongerGood() {
        scenario(2, UNSAFE_CONTROLLER_BEHAVIOR, "The Planner issues a non-good DNS plan despite good health check "
                + "data, e.g. if construction takes a non-trivial amount of time and the Planner does not confirm "
                + "the health status once the DNS plan is constructed.",
                factor(INADEQUATE_CONTROL_ALGORITHM, "No health re-check after the plan is constructed"));
        scenario(2, INADEQUATE_FEEDBACK, "TOCTOU (time of check to time of use): the set of healthy load balancers "
                + "changes between when the health check is performed and when the plan is issued. This cannot "
                + "always be prevented, so plan construction must stay fast.",
                factor(FEEDBACK_DELAYED, "Health data is stale when the plan is issued"),
                factor(FLAWED_PROCESS_MODEL, null));
        scenario(2, CONTROL_PATH, "The Planner does not issue a new plan (safe action provided), but a new non-good "
                + "plan is received or effected anyway. The article lumps scenario classes 3 and 4 here and moves "
                + "on because this seems unlikely enough.",
                factor(OTHER, "A plan reaches the Enactors or takes effect without being issued"));
    }

    private void planNotAdded() {
        scenario(3, UNSAFE_CONTROLLER_BEHAVIOR, "The Enactor is designed not to add a plan when Route53 is full, even "
                + "if there are no good plans in Route53.",
                factor(INADEQUATE_CONTROL_ALGORITHM, null));
        scenario(3, UNSAFE_CONTROLLER_BEHAVIOR, "The Enactor is designed not to add a plan when the active plan is "
                + "newer: \"That would be a real bug!\" If an Enactor sits on a good plan and none of the plans in "
                + "Route53 are good, it should not matter that another Enactor added the active plan more recently.",
                factor(INADEQUATE_CONTROL_ALGORITHM, "Plan age decides, not plan goodness"));
        scenario(3, INADEQUATE_FEEDBACK, "The Enactor, as modelled, has no way of knowing whether a plan it is "
                + "holding is good or not. To fall back to older plans the Enactors would have to tell which older "
                + "plans are still good, and the summary does not say how they do that.",
                factor(MISSING_FEEDBACK, "No health or plan-goodness feedback to the Enactors"),
                factor(FLAWED_PROCESS_MODEL, "\"Plan i is good\" has no source"));
        scenario(3, INADEQUATE_FEEDBACK, "Route53 does not answer queries, or answers are delayed, or they contain "
                + "inaccurate data. Should the Enactor then default to assuming its plan is newer or older than the "
                + "currently active one? \"You have to pick one, and you better document why you picked it!\"",
                factor(FEEDBACK_NOT_RECEIVED, null), factor(FEEDBACK_DELAYED, null),
                factor(FEEDBACK_INACCURATE, null));
        scenario(3, CONTROL_PATH, "Typical problems of connectivity between components: the Enactor adds a plan, but "
                + "Route53 does not receive it. This comes down to classical reliability through redundancy and "
                + "dynamic routing.",
                factor(ACTION_NOT_RECEIVED, null));
        scenario(3, CONTROLLED_PROCESS, "Route53 ignores new plans added by Enactors; finding out how depends on "
                + "knowing more about Route53.",
                factor(IGNORED_BY_PROCESS, null));
    }

    private void coldStart() {
        scenario(4, UNSAFE_CONTROLLER_BEHAVIOR, "Cold start: design reasons the Enactors avoid adding plans even "
                + "though there are no plans at all.",
                factor(INADEQUATE_CONTROL_ALGORITHM, null));
        scenario(4, INADEQUATE_FEEDBACK, "Cold start: reasons the Enactors might think there are plans even when "
                + "there are none.",
                factor(FLAWED_PROCESS_MODEL, null), factor(FEEDBACK_INACCURATE, null));
        scenario(4, UNSAFE_CONTROLLER_BEHAVIOR, "Cold start: reasons the Planner might instruct the Enactors not to "
                + "add plans even though there are none. (The article's class definitions count a conflicting "
                + "higher-level controller as class 2.)",
                factor(UNSAFE_CONTROL_INPUT, "From the Planner"));
        scenario(4, CONTROLLED_PROCESS, "Cold start: reasons Route53 might reject plans when it is empty.",
                factor(IGNORED_BY_PROCESS, null));
    }

    private void activation() {
        scenario(6, INADEQUATE_FEEDBACK, "Overlaps partially with why Enactors might not add plans when the active "
                + "plan is not good (LS-10, LS-11), and is hard to analyse for the same reason: it is unknown how the "
                + "Enactors find out which plans are good and which are not.",
                factor(MISSING_FEEDBACK, null), factor(FLAWED_PROCESS_MODEL, null));
        scenario(7, CONTROLLED_PROCESS, "The Enactor tries to activate a plan because there is no active plan, but "
                + "Route53 does not enact it. This is straight out of the outage timeline: \"Because the active plan "
                + "was deleted, the system was left in an inconsistent state that prevented subsequent plan updates "
                + "from being applied by any DNS Enactors.\"",
                factor(ACTION_NOT_EXECUTED, "Route53's inconsistent state blocks plan updates"));
        scenario(8, INADEQUATE_FEEDBACK, "It is unknown how Enactors find out whether plans are good or not, so an "
                + "Enactor may activate a plan that is not good; bugs could lurk here too.",
                factor(MISSING_FEEDBACK, null), factor(FLAWED_PROCESS_MODEL, null));
        scenario(8, CONTROLLED_PROCESS, "A plan gets activated even though no Enactor asks for it.",
                factor(OTHER, "Route53 activates a plan without a command"));
        scenario(10, INADEQUATE_FEEDBACK, "An Enactor activates a DNS plan that another Enactor has deleted. This "
                + "did not happen in the actual outage, but it would lead to very similar problems.",
                factor(CONFLICTING_ACTION, "Another Enactor deletes the plan"),
                factor(FLAWED_PROCESS_MODEL, "The Enactor believes plan i still exists"));
    }

    private void deletion() {
        scenario(12, INADEQUATE_FEEDBACK, "The Enactor does not even verify whether a plan is active when deleting "
                + "it: \"That feedback path is missing.\" The regular clean-up deletes all plans significantly older "
                + "than the one just added, so an active plan that is that old is deleted. In the outage, the second "
                + "Enactor's clean-up deleted the much older plan the delayed Enactor had just applied." + LUMPED,
                factor(MISSING_FEEDBACK, "No active-plan feedback when deleting"),
                factor(INADEQUATE_CONTROL_ALGORITHM, "The clean-up selects plans by age only"));
        scenario(12, CONTROL_PATH, "Another controller issues a deletion command even when this Enactor correctly "
                + "determines that the active plan should not be deleted.",
                factor(CONFLICTING_ACTION, "Another Enactor's clean-up"));
        scenario(12, CONTROLLED_PROCESS, "Plans get deleted even though no Enactor requested a deletion; the article "
                + "does not go into this for lack of knowledge of Route53.",
                factor(OTHER, "Route53 deletes a plan without a command"));
        scenario(13, UNSAFE_CONTROLLER_BEHAVIOR, "The Enactor has no direct way to know whether a plan will need to "
                + "be reinstated: implicit in the outage summary is that it uses age as a proxy. There might be "
                + "something more useful to go by.",
                factor(FLAWED_PROCESS_MODEL, "Age is a proxy for \"will need to be reinstated\""));
    }

    private void scenario(int ucaNumber, ScenarioClass scenarioClass, String text, Factor... factors) {
        CausalFactorKind[] kinds = new CausalFactorKind[factors.length];
        for (int i = 0; i < factors.length; i++) {
            kinds[i] = factors[i].kind();
        }
        LossScenario scenario = b.lossScenario(uca(ucaNumber), scenarioClass, text, kinds);
        for (int i = 0; i < factors.length; i++) {
            if (factors[i].text() != null) {
                scenario.getCausalFactors().get(i).setText(factors[i].text());
            }
        }
        scenarios.add(scenario);
    }

    private static Factor factor(CausalFactorKind kind, String text) {
        return new Factor(kind, text);
    }

    /** The loss scenario with display id LS-{@code number}. */
    private LossScenario ls(int number) {
        return scenarios.get(number - 1);
    }

    // Step 5: requirements ------------------------------------------------------------------------------------------

    private void recommendRequirements() {
        requirement("The Planner should be made aware of the status of the Enactors, so it can slow down and perhaps "
                + "even simplify its plans when the Enactors run into problems.",
                "\"The Planner that constructs new DNS plans receives no feedback from the Enactors that try to apply "
                + "them. When there are problems applying, the Planner maintains a high pressure which leads to large "
                + "deltas in age between sequentially applied plans.\" The article adds: \"This can be made while "
                + "retaining the current level of decoupling.\"",
                ls(1), uca(1), planNotGood);
        requirement("The Planner should have a deadline for how long it can take to generate DNS plans, so it "
                + "doesn't continue to operate on an outdated worldview.",
                "\"Both Planner and Enactors suffer from TOCTOU problems (despite using transactions in Route53).\"",
                ls(6), ls(7), uca(2), planNotGood);
        requirement("The Enactors should have a deadline for applying DNS plans for the same reason.",
                "The Enactors' newer-than-active check was stale by the time the delayed Enactor applied its much "
                + "older plan, and \"an Enactor that is having problems applying a plan will continue to do so even "
                + "if the plan has stopped being good, and a new, good plan is waiting to be applied.\"",
                ls(5), uca(8), uca(12), planNotGood);
        requirement("There should be a way to apply new plans when there is no active plan in the system.",
                "\"The Enactors are unable to apply new plans when there is no currently active plan – this is a big "
                + "problem if we ever end up in a state with no active plan.\" It would also help a cold start.",
                ls(20), uca(7), planNotGood);
        requirement("The Enactors need feedback on which the active plan is, and they should be designed to not "
                + "delete the active plan.",
                "\"Enactors do not receive feedback on which plan is active. As a consequence, Enactors can delete "
                + "the active plan.\"",
                ls(24), ls(25), uca(12), planNotGood);
    }

    private void requirement(String text, String rationale, IdentifiedElement... targets) {
        Requirement requirement = b.requirement(text);
        requirement.setRationale(rationale);
        b.addresses(requirement, targets);
    }
}

package com.privacydesk.testsupport;

import com.privacydesk.request.Channel;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.verification.IdentityMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/** The shipped DMN tables (bpmn/*.dmn), evaluated by the DMN engine alone, as the process engine evaluates them. */
public final class DecisionTables {

    public static final String IDENTITY_EVIDENCE_FILE = "bpmn/identity-evidence.dmn";
    public static final String ROUTING_FILE = "bpmn/routing.dmn";

    /** The ids of the rows that decided the last evaluation on this thread. */
    private static final ThreadLocal<List<String>> ROWS = ThreadLocal.withInitial(List::of);
    private static final DmnEngine ENGINE = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration())
            .customPostDecisionTableEvaluationListeners(List.of(event -> ROWS.set(
                    event.getMatchingRules().stream().map(r -> r.getId()).toList())))
            .buildEngine();
    private static final DmnDecision IDENTITY_EVIDENCE = ENGINE.parseDecision(RequestProcess.DECISION_IDENTITY_EVIDENCE,
            model(IDENTITY_EVIDENCE_FILE));
    private static final DmnDecision ROUTING = ENGINE.parseDecision(RequestProcess.DECISION_ROUTING, model(ROUTING_FILE));

    private DecisionTables() {
    }

    /** What a table gave, and the rows that decided it (with hit policy FIRST: the first row that fits). */
    public record Evaluation(Object output, List<String> rows) {
    }

    public static Evaluation identityEvidence(String channel, Object contactProven, String matchConfidence,
            String rights) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(RequestVariables.CHANNEL, channel);
        inputs.put(RequestVariables.CONTACT_PROVEN, contactProven);
        inputs.put(RequestVariables.MATCH_CONFIDENCE, matchConfidence);
        inputs.put(RequestVariables.RIGHTS, rights);
        return evaluate(IDENTITY_EVIDENCE, inputs);
    }

    /** What the identity-evidence table makes of a match's facts: SURE, VERIFY or ASK_FOR_MORE. */
    public static String identityEvidence(IdentityMatch match, Channel channel, String rights) {
        return (String) identityEvidence(channel.name(), match.contactProven(), match.confidence().name(), rights)
                .output();
    }

    public static Evaluation routing(String rights, String channel, String language) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(RequestVariables.RIGHTS, rights);
        inputs.put(RequestVariables.CHANNEL, channel);
        inputs.put(RequestVariables.LANGUAGE, language);
        return evaluate(ROUTING, inputs);
    }

    private static Evaluation evaluate(DmnDecision decision, Map<String, Object> inputs) {
        ROWS.remove();
        DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(decision, inputs);
        return new Evaluation(result.isEmpty() ? null : result.getSingleEntry(), ROWS.get());
    }

    /** The ids of every row of a table, in its order. */
    public static List<String> rows(String file) {
        return model(file).getModelElementsByType(Rule.class).stream().map(Rule::getId).toList();
    }

    /** The shipped table as Modeler would read it. */
    public static DmnModelInstance model(String file) {
        try (InputStream in = DecisionTables.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the classpath");
            }
            return Dmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped table with one row's (first) output changed, as a process owner changes a cell in Modeler. */
    public static DmnModelInstance withRowOutput(String file, String ruleId, String feelOutput) {
        DmnModelInstance model = model(file);
        Rule rule = model.getModelElementById(ruleId);
        if (rule == null) {
            throw new IllegalArgumentException(file + " has no row " + ruleId);
        }
        OutputEntry output = rule.getOutputEntries().iterator().next();
        output.getText().setTextContent(feelOutput);
        Dmn.validateModel(model);
        return model;
    }
}

package com.privacydesk.request;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The process variables nobody may write from outside the engine: the case's facts (copies of the case record, which
 * is their truth), what the timers, gateways and task routing read, the answer round, and what the steps found.
 * Candidates of a task may write any process variable (CAMUNDA-NOTES), so writes of these names are refused at the
 * REST boundary
 * ({@code security.ProtectedVariablesFilter}) and on every task completion ({@code platform.ProtectedVariablesGuard});
 * the desk's own steps, which run inside the engine, keep setting them.
 */
public final class ProtectedVariables {

    public static final Set<String> NAMES = Set.of(
            RequestVariables.CASE_NUMBER,
            RequestVariables.DATA_SUBJECT_ID,
            RequestVariables.RIGHTS,
            RequestVariables.LANGUAGE,
            RequestVariables.CHANNEL,
            RequestVariables.RECEIVED_AT,
            RequestVariables.CLASSIFIED,
            RequestVariables.HANDLER_GROUP,
            RequestVariables.TAKEN_OVER_BY,
            RequestVariables.DEADLINE,
            RequestVariables.EXTENDED_DEADLINE,
            RequestVariables.DUE_AT,
            RequestVariables.REMIND_AT,
            RequestVariables.INFORMATION_DUE_AT,
            RequestVariables.QUIET_UNTIL,
            RequestVariables.OVERDUE,
            RequestVariables.FURTHER_ANSWER,
            RequestVariables.IDENTITY_MATCH,
            // The identity-evidence table's inputs: whoever could write them could make a match SURE.
            RequestVariables.MATCH_CONFIDENCE,
            RequestVariables.CONTACT_PROVEN,
            RequestVariables.INFORMATION_REQUESTED_AT,
            RequestVariables.REPLIED_AT,
            RequestVariables.DISSATISFIED_AT,
            RequestVariables.MANUAL_SOURCES,
            RequestVariables.MANUAL_SOURCE,
            // The steps to do by hand after the decision, and the one a task is about: only carrying out sets them.
            RequestVariables.MANUAL_ACTIONS,
            RequestVariables.MANUAL_ACTION,
            RequestVariables.OFFICER,
            // What the desk's steps found, shown to the handler: only the steps write it.
            RequestVariables.IDENTITY_SUMMARY,
            RequestVariables.LOOKUP_SUMMARY,
            RequestVariables.FOUND_SOURCES,
            RequestVariables.MANUAL_SEARCH_SUMMARY,
            RequestVariables.CORRESPONDENCE_SUMMARY);

    /**
     * The start form "Request received" asks for these: the listener that files the request checks them and sets
     * the instance's copies from the filed record.
     */
    public static final Set<String> START_FORM_FIELDS = Set.of(RequestVariables.CHANNEL, RequestVariables.RIGHTS,
            RequestVariables.LANGUAGE);

    private ProtectedVariables() {
    }

    public static boolean isProtected(String name) {
        return name != null && NAMES.contains(name);
    }

    /** The first protected name among the given ones, in their order. */
    public static Optional<String> firstIn(Collection<String> names) {
        return names.stream().filter(ProtectedVariables::isProtected).findFirst();
    }

    /** The first protected name among those of a process start, where the start form's own fields are allowed. */
    public static Optional<String> firstInStart(Collection<String> names) {
        return names.stream().filter(name -> isProtected(name) && !START_FORM_FIELDS.contains(name)).findFirst();
    }

    /** What a caller who tried is told; names the variable, never its value. */
    public static String message(String name) {
        return "The variable '" + name + "' is protected: the desk keeps it from the case record, and it cannot be"
                + " written through a task, a form or the REST API.";
    }

    /** The engine's refusal: a user's mistake, not a technical failure (a listener's caller sees it wrapped). */
    public static BadUserRequestException refusal(String name) {
        return new BadUserRequestException(message(name));
    }
}

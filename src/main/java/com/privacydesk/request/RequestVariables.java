package com.privacydesk.request;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Every process variable of the data-subject request, named and typed in one place. Variables hold ids,
 * decisions and dates: the requester's personal data stays in the application's tables (where erasure and
 * retention reach it), never in the engine or its history.
 */
public final class RequestVariables {

    // Set at intake
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CHANNEL = "channel";
    /** Comma-separated {@link Right} names, e.g. "ACCESS,ERASURE": readable in forms and FEEL. */
    public static final String RIGHTS = "rights";
    public static final String LANGUAGE = "language";
    public static final String RECEIVED_AT = "receivedAt";
    /**
     * False while nobody has read from the message which rights it concerns (an e-mail): the request then waits in
     * "Classify request". Absent on requests filed before classification existed, which counts as true.
     */
    public static final String CLASSIFIED = "classified";

    /**
     * What an agent types in the start form ("Register request") or in "Classify request": the requester's
     * details and message. Personal data: kept out of engine history (platform.PersonalDataOutOfHistory), stored
     * in the request table and removed from the instance in the same transaction.
     */
    public static final String REQUESTER_NAME = "requesterName";
    public static final String REQUESTER_EMAIL = "requesterEmail";
    public static final String REQUESTER_PHONE = "requesterPhone";
    public static final String REQUESTER_CUSTOMER_NUMBER = "requesterCustomerNumber";
    public static final String REQUEST_MESSAGE = "requestMessage";
    /** The start form's day a letter arrived (ISO date; receivedAt itself is a typed Date set by the intake). */
    public static final String RECEIPT_DATE = "receiptDate";
    /** "Classify request"'s checklist (its own key: {@code rights} stays empty until the task is completed). */
    public static final String CLASSIFIED_RIGHTS = "classifiedRights";
    /** "Classify request"'s language (its own key: {@code language} is protected, set from the classified record). */
    public static final String CLASSIFIED_LANGUAGE = "classifiedLanguage";
    public static final List<String> PERSONAL_FORM_FIELDS = List.of(REQUESTER_NAME, REQUESTER_EMAIL, REQUESTER_PHONE,
            REQUESTER_CUSTOMER_NUMBER, REQUEST_MESSAGE);

    // Deadlines (see deadline package): ISO dates for people, instants for timers and due dates
    public static final String DEADLINE = "deadline";
    public static final String EXTENDED_DEADLINE = "extendedDeadline";
    /** End of the day the answer is due at the latest: escalation timer and task due date. */
    public static final String DUE_AT = "dueAt";
    /** When the handler is reminded: reminder timer and task follow-up date. */
    public static final String REMIND_AT = "remindAt";
    public static final String OVERDUE = "overdue";
    /** What the manager did about a missed deadline ("Review overdue request"). */
    public static final String OVERDUE_REVIEW_NOTE = "overdueReviewNote";
    /** How long the desk waits for the requester's identity information. */
    public static final String INFORMATION_DUE_AT = "informationDueAt";
    /** When the case closes if the customer does not react to the answer. */
    public static final String QUIET_UNTIL = "quietUntil";

    // Verification
    /**
     * The facts "Match requester to customer" finds, inputs of bpmn/identity-evidence.dmn: how well the details
     * point to one customer (verification.MatchConfidence: EXACT, STRONG, WEAK, NONE), and whether the channel
     * proved a verified contact point of that customer.
     */
    public static final String MATCH_CONFIDENCE = "matchConfidence";
    public static final String CONTACT_PROVEN = "contactProven";
    /** What the facts are worth, decided by the identity-evidence table: SURE, VERIFY or ASK_FOR_MORE. */
    public static final String IDENTITY_MATCH = "identityMatch";
    public static final String IDENTITY_SUMMARY = "identitySummary";
    public static final String DATA_SUBJECT_ID = "dataSubjectId";
    public static final String VERIFICATION = "verification";
    public static final String INFORMATION_NEEDED = "informationNeeded";
    /** When the desk asked for identity information, and when the requester replied: the suspended days. */
    public static final String INFORMATION_REQUESTED_AT = "informationRequestedAt";
    public static final String REPLIED_AT = "repliedAt";

    // Lookup
    public static final String LOOKUP_SUMMARY = "lookupSummary";
    /** The data-map sources holding the subject's data, as [{label, value}] options for "Prepare answer". */
    public static final String FOUND_SOURCES = "foundSources";

    // Manual sources: places no query reaches (record of processing), searched by hand in "Search manual source"
    /** Ids of the manual sources the request concerns: the collection of the multi-instance task. */
    public static final String MANUAL_SOURCES = "manualSources";
    /** Element variable: the manual-source id of one task instance. */
    public static final String MANUAL_SOURCE = "manualSource";
    /** Names and outcomes of all searches, for "Prepare answer"; no personal data. */
    public static final String MANUAL_SEARCH_SUMMARY = "manualSearchSummary";
    /** Task-local, set when the task is created: what and where to search. */
    public static final String MANUAL_SOURCE_NAME = "manualSourceName";
    public static final String MANUAL_SOURCE_KIND = "manualSourceKind";
    public static final String MANUAL_SOURCE_LOCATION = "manualSourceLocation";
    public static final String MANUAL_SOURCE_INSTRUCTIONS = "manualSourceInstructions";
    /** Local to each search, submitted by the searcher: FOUND or NOT_FOUND, and a note without personal data. */
    public static final String MANUAL_SEARCH_OUTCOME = "manualSearchOutcome";
    public static final String MANUAL_SEARCH_NOTE = "manualSearchNote";

    // Carry out by hand: the open manual actions of the round (multi-instance collection) and one task's action id
    public static final String MANUAL_ACTIONS = "manualActions";
    public static final String MANUAL_ACTION = "manualAction";

    // Answer
    public static final String DECISION = "decision";
    public static final String REASONS = "reasons";
    public static final String REASON_DETAILS = "reasonDetails";
    /** The handler's own words to the requester: the answer to a question, the further answer. */
    public static final String EXPLANATION = "explanation";
    /** Fields of the form before the answer plan: a completion that still sends them has them removed. */
    public static final String REFUSED_SCOPE = "refusedScope";
    public static final String WITHHELD_SOURCES = "withheldSources";
    public static final String CORRESPONDENCE_SUMMARY = "correspondenceSummary";

    // Officer
    public static final String OFFICER_ACTION = "officerAction";
    public static final String GUIDANCE = "guidance";
    /** The officer who took the case over; every later task is assigned to them. Null until a takeover. */
    public static final String TAKEN_OVER_BY = "takenOverBy";
    /** The group the case's tasks are offered to: set by the routing table (bpmn/routing.dmn), the officers after a takeover. */
    public static final String HANDLER_GROUP = "handlerGroup";
    public static final String FURTHER_ANSWER = "furtherAnswer";
    public static final String DISSATISFIED_AT = "dissatisfiedAt";
    /** The officer who completed "Consult difficult-customer officer" (set by its listener: protected). */
    public static final String OFFICER = "officer";

    private RequestVariables() {
    }

    /**
     * The case number: the business key, not the {@code caseNumber} variable (a copy for Tasklist that a candidate
     * could once overwrite). Outside request/ use {@link CaseKey}.
     */
    public static String caseNumber(VariableScope scope) {
        return CaseKey.of(scope);
    }

    /** The identity-evidence table's inputs, typed: a string the table compares, a boolean it tests. */
    public static void identityFacts(VariableScope scope, String matchConfidence, boolean contactProven) {
        scope.setVariable(MATCH_CONFIDENCE, Variables.stringValue(matchConfidence));
        scope.setVariable(CONTACT_PROVEN, Variables.booleanValue(contactProven));
    }

    public static Instant dueAt(VariableScope scope) {
        return ((Date) scope.getVariable(DUE_AT)).toInstant();
    }

    public static boolean furtherAnswer(VariableScope scope) {
        return furtherAnswer(scope::getVariable);
    }

    public static boolean furtherAnswer(Function<String, Object> variables) {
        return Boolean.TRUE.equals(variables.apply(FURTHER_ANSWER));
    }

    public static String reasonDetails(VariableScope scope) {
        return (String) scope.getVariable(REASON_DETAILS);
    }
}

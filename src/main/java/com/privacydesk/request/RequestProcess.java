package com.privacydesk.request;

/**
 * The stable names of {@code bpmn/data-subject-request.bpmn}: process key, task and event ids, messages and
 * errors. Tasklist filters, integrations, forms and tests use these, so they change only with a migration note.
 */
public final class RequestProcess {

    public static final String KEY = "data-subject-request";

    // User tasks (the task contract of /engine-rest)
    /** An agent reads an unclassified message (e-mail) and sets its rights, requester and language. */
    public static final String CLASSIFY_REQUEST = "ClassifyRequest";
    public static final String VERIFY_IDENTITY = "VerifyIdentity";
    public static final String PREPARE_ANSWER = "PrepareAnswer";
    /** Multi-instance: one task per manual source (record of processing) the request concerns. */
    public static final String SEARCH_MANUAL_SOURCES = "SearchManualSources";
    public static final String CONSULT_OFFICER = "ConsultOfficer";
    public static final String REVIEW_OVERDUE_REQUEST = "ReviewOverdueRequest";

    /** The start event; its form "register-request" lets agents register a call, chat or letter in Tasklist. */
    public static final String REQUEST_RECEIVED = "RequestReceived";

    // Wait states and timers
    public static final String HANDLE_REQUEST = "HandleRequest";
    public static final String AWAIT_INFORMATION = "AwaitInformation";
    public static final String AWAIT_REACTION = "AwaitReaction";
    public static final String DEADLINE_APPROACHING = "DeadlineApproaching";
    public static final String DEADLINE_PASSED = "DeadlinePassed";
    public static final String INFORMATION_OVERDUE = "InformationOverdue";
    public static final String QUIET_PERIOD_OVER = "QuietPeriodOver";

    // Decisions (bpmn/*.dmn) and the business-rule tasks that call them
    /** Identity evidence: channel, proof of contact, match confidence and rights -> SURE, VERIFY, ASK_FOR_MORE. */
    public static final String DECISION_IDENTITY_EVIDENCE = "identity-evidence";
    public static final String DECIDE_IDENTITY_EVIDENCE = "DecideIdentityEvidence";
    /** Routing: rights, channel and language -> the handler group. */
    public static final String DECISION_ROUTING = "routing";
    public static final String ROUTE_REQUEST = "RouteRequest";

    // Messages correlated by business key (= case number)
    public static final String MESSAGE_CLIENT_DISSATISFIED = "ClientDissatisfied";
    public static final String MESSAGE_REQUESTER_REPLIED = "RequesterReplied";

    /** The wait for identity information: the one step that leaves the deadline scope (HandleRequest). */
    public static final String AWAIT_IDENTITY_INFORMATION = "AwaitIdentityInformation";

    // The BPMN error that leaves "Handle request" for the wait, so that its timers are created anew on re-entry
    public static final String ERROR_MORE_INFORMATION_NEEDED = "MoreInformationNeeded";

    // Candidate groups
    public static final String GROUP_AGENTS = "agents";
    public static final String GROUP_OFFICERS = "difficult-customer-officers";
    public static final String GROUP_MANAGERS = "managers";

    private RequestProcess() {
    }
}

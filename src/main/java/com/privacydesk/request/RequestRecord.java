package com.privacydesk.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A row of the desk's request table: the case as the desk knows it, including the requester's details.
 * {@code suspendedSince}: when the desk asked for identity information, while it waits for the reply.
 */
public record RequestRecord(
        String caseNumber,
        String processInstanceId,
        Channel channel,
        List<Right> rights,
        Language language,
        Requester requester,
        String message,
        Instant receivedAt,
        LocalDate deadline,
        LocalDate extendedDeadline,
        int daysSuspended,
        Long dataSubjectId,
        String decision,
        String handler,
        Instant overdueSince,
        Instant answeredAt,
        Instant closedAt,
        Instant suspendedSince) {

    /** Who wrote in, as they said it; not yet proven to be the data subject. */
    public record Requester(String name, String email, String phone, String customerNumber) {
    }

    public RequestRecord withExtendedDeadline(LocalDate extended) {
        return new RequestRecord(caseNumber, processInstanceId, channel, rights, language, requester, message,
                receivedAt, deadline, extended, daysSuspended, dataSubjectId, decision, handler, overdueSince,
                answeredAt, closedAt, suspendedSince);
    }

    /** The latest date the answer is due: the extended deadline once the request was extended. */
    public LocalDate effectiveDeadline() {
        return extendedDeadline != null ? extendedDeadline : deadline;
    }
}

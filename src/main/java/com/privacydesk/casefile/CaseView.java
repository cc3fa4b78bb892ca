package com.privacydesk.casefile;

import com.privacydesk.request.Stage;
import com.privacydesk.request.Channel;
import com.privacydesk.request.Right;
import com.privacydesk.request.Language;
import com.privacydesk.request.InformationGiven;

import com.privacydesk.correspondence.CorrespondenceEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as {@code GET /api/requests/{caseNumber}} shows it: stage, handler and every date the law cares about.
 * {@code deadline} already includes days suspended while the desk waited for identity information; the date
 * before that suspension is {@code originalDeadline}. {@code information} is the first layer of information the
 * requester was given on the channel (absent for requests filed before it was recorded).
 */
public record CaseView(
        String caseNumber,
        Stage stage,
        String handler,
        Channel channel,
        List<Right> rights,
        Language language,
        Instant receivedAt,
        LocalDate originalDeadline,
        int daysSuspended,
        LocalDate deadline,
        LocalDate extendedDeadline,
        Long daysLeft,
        boolean overdue,
        String decision,
        Instant answeredAt,
        Instant closedAt,
        List<CorrespondenceEntry> correspondence,
        InformationGiven information) {
}

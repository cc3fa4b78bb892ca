package com.privacydesk.answer;

import com.privacydesk.datamap.DataMap;
import com.privacydesk.datamap.PersonalDataTable;
import com.privacydesk.fulfilment.ExecutionEntry;
import com.privacydesk.fulfilment.ExecutionEntry.Action;
import com.privacydesk.fulfilment.ExecutionEntry.Step;
import com.privacydesk.fulfilment.ExecutionLog;
import com.privacydesk.fulfilment.RightsExecutor;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lifting a restriction (Art. 18(3)): the data subject is told first — the notice is written to the outbox before
 * any mark is removed, in the same transaction — then every source's restriction of this case is removed and the
 * lifting is logged per source with who did it and why.
 */
@Service
public class RestrictionLift {

    private final RequestRepository requests;
    private final ExecutionLog log;
    private final RightsExecutor rights;
    private final DataMap dataMap;
    private final RestrictionLiftNotice notice;
    private final Clock clock;

    public RestrictionLift(RequestRepository requests, ExecutionLog log, RightsExecutor rights, DataMap dataMap,
            RestrictionLiftNotice notice, Clock clock) {
        this.requests = requests;
        this.log = log;
        this.rights = rights;
        this.dataMap = dataMap;
        this.notice = notice;
        this.clock = clock;
    }

    /** Returns the rows no longer restricted; fails when the case restricted nothing or was lifted already. */
    @Transactional
    public int lift(String caseNumber, String by, String reason) {
        RequestRecord request = requests.get(caseNumber);
        int round = lastRestrictingRound(caseNumber);
        if (round == 0) {
            throw new IllegalStateException("Case " + caseNumber + " restricted no data");
        }
        if (log.entries(caseNumber, round).stream().anyMatch(e -> e.action() == Action.RESTRICTION_LIFTED)) {
            throw new IllegalStateException("Case " + caseNumber + ": the restriction was lifted already");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Case " + caseNumber + ": say why the restriction ends (Art. 18(3))");
        }
        notice.send(request, reason.trim());
        Instant now = clock.instant();
        int lifted = 0;
        for (PersonalDataTable t : dataMap.tables()) {
            int rows = rights.liftRestriction(t, request.dataSubjectId(), caseNumber, now);
            if (rows > 0) {
                log.append(caseNumber, round, new ExecutionEntry(Step.RESTRICTION, t.source(),
                        Action.RESTRICTION_LIFTED, rows, null, by, now));
                lifted += rows;
            }
        }
        return lifted;
    }

    private int lastRestrictingRound(String caseNumber) {
        for (int round : List.of(2, 1)) {
            if (log.entries(caseNumber, round).stream().anyMatch(e -> e.action() == Action.RESTRICTED)) {
                return round;
            }
        }
        return 0;
    }
}

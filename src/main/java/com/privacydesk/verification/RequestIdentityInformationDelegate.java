package com.privacydesk.verification;

import com.privacydesk.deadline.CaseDeadline;
import com.privacydesk.deadline.CaseDeadlines;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.deadline.IdentityQuestion;
import com.privacydesk.deadline.IdentityWaitVariables;
import com.privacydesk.deadline.IdentityWaits;
import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record the question": the question for identity information is recorded with what it does to the deadline
 * (suspended only under SUSPEND and when asked in time, Art. 12(6), EDPB Guidelines 01/2022 §159), and the wait is
 * bounded by {@code informationDueAt} (never past the deadline when nothing is suspended). The letter is the next
 * step's, "Ask for identity information". While the period is suspended the deadline moves with every day waited, so
 * its reminder can never come due during the wait: the wait's reminder then aims at the reminder date the deadline
 * would have if no reply came, which lies after the wait's end. When the deadline keeps running (STRICT, or asked
 * late) the reminder keeps its date and fires during the wait.
 */
@Component("requestIdentityInformation")
public class RequestIdentityInformationDelegate implements JavaDelegate {

    private final IdentityWaits waits;
    private final RequestRepository requests;
    private final CaseDeadlines caseDeadlines;
    private final DeadlineCalculator calculator;
    private final Clock clock;

    public RequestIdentityInformationDelegate(IdentityWaits waits, RequestRepository requests,
            CaseDeadlines caseDeadlines, DeadlineCalculator calculator, Clock clock) {
        this.waits = waits;
        this.requests = requests;
        this.caseDeadlines = caseDeadlines;
        this.calculator = calculator;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IdentityQuestion question = waits.ask(CaseKey.of(execution), clock.instant());
        execution.setVariable(RequestVariables.INFORMATION_REQUESTED_AT, Date.from(question.askedAt()));
        execution.setVariable(RequestVariables.INFORMATION_DUE_AT, Date.from(question.replyDueAt()));
        // For the letter's wording only ("the deadline is paused" or "keeps running"); the deadline reads the table.
        execution.setVariable(IdentityWaitVariables.DEADLINE_SUSPENDED, question.suspends());
        if (question.suspends()) {
            CaseDeadline ifNoReply = calculator.suspendDays(caseDeadlines.current(requests.get(question.caseNumber())),
                    question.askedAt(), question.replyDueAt());
            execution.setVariables(caseDeadlines.timerVariables(ifNoReply.deadline()));
        }
    }
}

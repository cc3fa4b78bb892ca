package com.privacydesk.verification;

import com.privacydesk.correspondence.CaseLetters;
import com.privacydesk.correspondence.LetterKind;
import com.privacydesk.deadline.IdentityQuestion;
import com.privacydesk.deadline.IdentityWaitVariables;
import com.privacydesk.deadline.IdentityWaits;
import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestVariables;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Ask requester for identity information": the question is recorded with what it does to the deadline (suspended
 * only under SUSPEND and when asked in time, Art. 12(6), EDPB Guidelines 01/2022 §159), the letter goes out, and the
 * wait is bounded by {@code informationDueAt} (never past the deadline when nothing is suspended).
 */
@Component("requestIdentityInformation")
public class RequestIdentityInformationDelegate implements JavaDelegate {

    private final CaseLetters letters;
    private final IdentityWaits waits;
    private final Clock clock;

    public RequestIdentityInformationDelegate(CaseLetters letters, IdentityWaits waits, Clock clock) {
        this.letters = letters;
        this.waits = waits;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IdentityQuestion question = waits.ask(CaseKey.of(execution), clock.instant());
        execution.setVariable(RequestVariables.INFORMATION_REQUESTED_AT, Date.from(question.askedAt()));
        execution.setVariable(RequestVariables.INFORMATION_DUE_AT, Date.from(question.replyDueAt()));
        // For the letter's wording only ("the deadline is paused" or "keeps running"); the deadline reads the table.
        execution.setVariable(IdentityWaitVariables.DEADLINE_SUSPENDED, question.suspends());
        letters.send(LetterKind.IDENTITY_INFORMATION_REQUEST, execution);
    }
}

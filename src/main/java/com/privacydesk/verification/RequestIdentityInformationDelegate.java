package com.privacydesk.verification;

import com.privacydesk.correspondence.CaseLetters;
import com.privacydesk.correspondence.LetterKind;
import com.privacydesk.deadline.DeadlineCalculator;
import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Ask requester for identity information": the letter goes out and the deadline stops running until the reply
 * (Art. 12(6), EDPB Guidelines 01/2022 §159); the wait itself is bounded by {@code informationDueAt}.
 */
@Component("requestIdentityInformation")
public class RequestIdentityInformationDelegate implements JavaDelegate {

    private final CaseLetters letters;
    private final RequestRepository requests;
    private final DeadlineCalculator calculator;
    private final Clock clock;

    public RequestIdentityInformationDelegate(CaseLetters letters, RequestRepository requests,
            DeadlineCalculator calculator, Clock clock) {
        this.letters = letters;
        this.requests = requests;
        this.calculator = calculator;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = clock.instant();
        requests.suspend(CaseKey.of(execution), now);
        // A copy for Tasklist and history; the resumption reads the record.
        execution.setVariable(RequestVariables.INFORMATION_REQUESTED_AT, Date.from(now));
        execution.setVariable(RequestVariables.INFORMATION_DUE_AT, Date.from(calculator.informationDueAt(now)));
        letters.send(LetterKind.IDENTITY_INFORMATION_REQUEST, execution);
    }
}

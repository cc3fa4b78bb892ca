package com.privacydesk.correspondence;

import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRepository;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Inform of the supervisory authority": still dissatisfied after the further answer; the case closes (seed 002). */
@Component("informOfAuthority")
public class InformOfAuthorityDelegate implements JavaDelegate {

    private final CaseLetters letters;
    private final RequestRepository requests;
    private final Clock clock;

    public InformOfAuthorityDelegate(CaseLetters letters, RequestRepository requests, Clock clock) {
        this.letters = letters;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.send(LetterKind.CLOSING_WITH_AUTHORITY, execution);
        requests.close(CaseKey.of(execution), clock.instant());
    }
}

package com.privacydesk.correspondence;

import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRepository;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close the request": no reaction within the quiet period; the closing date starts the retention clock. */
@Component("closeRequest")
public class CloseRequestDelegate implements JavaDelegate {

    private final RequestRepository requests;
    private final Clock clock;

    public CloseRequestDelegate(RequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.close(CaseKey.of(execution), clock.instant());
    }
}

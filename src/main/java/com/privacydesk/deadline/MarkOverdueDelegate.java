package com.privacydesk.deadline;

import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Mark the request overdue": the deadline passed with no answer sent; the managers get a task. */
@Component("markOverdue")
public class MarkOverdueDelegate implements JavaDelegate {

    private final RequestRepository requests;
    private final Clock clock;

    public MarkOverdueDelegate(RequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.markOverdue(CaseKey.of(execution), clock.instant());
        execution.setVariable(RequestVariables.OVERDUE, true);
    }
}

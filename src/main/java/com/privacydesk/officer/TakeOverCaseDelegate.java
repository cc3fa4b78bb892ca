package com.privacydesk.officer;

import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestProcess;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Hand the case to the officer": the officer becomes the case's handler and continues the correspondence
 * (seed 000 §6); the tasks that follow are assigned to them and offered to the officers' group.
 */
@Component("takeOverCase")
public class TakeOverCaseDelegate implements JavaDelegate {

    private final RequestRepository requests;

    public TakeOverCaseDelegate(RequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String officer = (String) execution.getVariable(RequestVariables.OFFICER);
        execution.setVariable(RequestVariables.TAKEN_OVER_BY, officer);
        execution.setVariable(RequestVariables.HANDLER_GROUP, RequestProcess.GROUP_OFFICERS);
        requests.takeOver(CaseKey.of(execution), officer);
    }
}

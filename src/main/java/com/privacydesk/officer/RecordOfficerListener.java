package com.privacydesk.officer;

import com.privacydesk.platform.CurrentEngineUser;
import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestVariables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "Consult difficult-customer officer": an action is required, advice needs guidance for the handler,
 * and the officer who decided is recorded, since a takeover hands the case to exactly that person.
 */
@Component("recordOfficer")
public class RecordOfficerListener implements TaskListener {

    private final IdentityService identityService;

    public RecordOfficerListener(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = CaseKey.of(task);
        OfficerAction action;
        try {
            action = OfficerAction.of(task.getVariable(RequestVariables.OFFICER_ACTION));
        } catch (IllegalArgumentException e) {
            action = null;
        }
        if (action == null) {
            throw new ProcessEngineException("Case " + caseNumber + ": choose ADVISE or TAKE_OVER");
        }
        Object guidance = task.getVariable(RequestVariables.GUIDANCE);
        if (action == OfficerAction.ADVISE && (guidance == null || guidance.toString().isBlank())) {
            throw new ProcessEngineException("Case " + caseNumber + ": advice needs guidance for the handler");
        }
        String current = CurrentEngineUser.id(identityService);
        String officer = current != null ? current : task.getAssignee();
        if (action == OfficerAction.TAKE_OVER && officer == null) {
            throw new ProcessEngineException("Case " + caseNumber + ": claim the task before taking the case over");
        }
        task.setVariable(RequestVariables.OFFICER, officer);
    }
}

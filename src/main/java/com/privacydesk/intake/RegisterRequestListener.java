package com.privacydesk.intake;

import com.privacydesk.request.RequestVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of "Request received". A request from the intake API or the mailbox arrives filed (it has its case number).
 * One an agent registers with the start form in Tasklist does not: it is filed here, through the same
 * {@link IntakeService} path, in the transaction that starts the instance — the case number becomes the business
 * key, and the requester's details leave the instance again (they live in the request table only). Invalid input
 * rejects the start with the problems listed in Tasklist.
 */
@Component("registerRequest")
public class RegisterRequestListener implements ExecutionListener {

    private final RequestForm form;
    private final IntakeService intake;

    public RegisterRequestListener(RequestForm form, IntakeService intake) {
        this.form = form;
        this.intake = intake;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getVariable(RequestVariables.CASE_NUMBER) != null) {
            return;
        }
        RequestForm.Result result = form.registration(execution::getVariable);
        if (!result.valid()) {
            throw new ProcessEngineException("The request was not registered: " + String.join("; ", result.problems()));
        }
        try {
            intake.register(result.request(), execution);
        } catch (InvalidRequestException e) {
            throw new ProcessEngineException("The request was not registered: " + e.fieldErrors(), e);
        }
        execution.removeVariables(RequestVariables.PERSONAL_FORM_FIELDS);
        execution.removeVariable(RequestVariables.RECEIPT_DATE);
    }
}

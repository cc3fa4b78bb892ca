package com.privacydesk.intake;

import com.privacydesk.request.CaseKey;
import com.privacydesk.request.InvalidRequestException;
import com.privacydesk.request.ProtectedVariables;
import com.privacydesk.request.RequestRepository;
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
    private final RequestRepository requests;

    public RegisterRequestListener(RequestForm form, IntakeService intake, RequestRepository requests) {
        this.form = form;
        this.intake = intake;
        this.requests = requests;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseNumber = CaseKey.claimedAtStart(execution);
        if (caseNumber != null) {
            // Filed by the intake, which links the instance right after this start. An instance started with a
            // made-up or taken case number (e.g. over /engine-rest) would run without a filed request: refused.
            boolean filedAndFree = requests.find(caseNumber)
                    .map(request -> request.processInstanceId() == null).orElse(false);
            if (!filedAndFree) {
                throw new ProcessEngineException("Case " + caseNumber + " is not a filed request waiting for its"
                        + " process; register new requests with the start form or POST /api/requests");
            }
            return;
        }
        // The start form asks for channel, rights and language; the case's other facts come from the filing only.
        ProtectedVariables.firstInStart(execution.getVariableNames()).ifPresent(name -> {
            throw ProtectedVariables.refusal(name);
        });
        RequestForm.Result result = form.registration(execution::getVariable);
        if (!result.valid()) {
            throw new ProcessEngineException("The request was not registered: " + String.join("; ", result.problems()));
        }
        try {
            // The start form is submitted by the logged-in agent; the engine knows who.
            var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            intake.register(result.request(), execution, authentication == null ? null : authentication.getUserId());
        } catch (InvalidRequestException e) {
            throw new ProcessEngineException("The request was not registered: " + e.fieldErrors(), e);
        }
        execution.removeVariables(RequestVariables.PERSONAL_FORM_FIELDS);
        execution.removeVariable(RequestVariables.RECEIPT_DATE);
    }
}

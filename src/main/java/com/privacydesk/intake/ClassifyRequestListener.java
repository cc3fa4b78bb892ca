package com.privacydesk.intake;

import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.request.Rights;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Classify request". On create: the form starts with the sender as the message states it and the language the
 * intake detected (task-local, kept out of history, gone with the task; {@code language} itself is protected). On
 * complete: the rights, requester and language the agent read from the message are checked like an API request and
 * stored in the request table; the instance keeps only rights and language.
 */
@Component("classifyRequest")
public class ClassifyRequestListener implements TaskListener {

    private final RequestRepository requests;
    private final RequestForm form;

    public ClassifyRequestListener(RequestRepository requests, RequestForm form) {
        this.requests = requests;
        this.form = form;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            prefill(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            classify(task);
        }
    }

    private void prefill(DelegateTask task) {
        RequestRecord request = requests.get(CaseKey.of(task));
        task.setVariableLocal(RequestVariables.REQUESTER_NAME, request.requester().name());
        task.setVariableLocal(RequestVariables.REQUESTER_EMAIL, request.requester().email());
        task.setVariableLocal(RequestVariables.CLASSIFIED_LANGUAGE, request.language().name());
    }

    private void classify(DelegateTask task) {
        String caseNumber = CaseKey.of(task);
        RequestRecord request = requests.get(caseNumber);
        // Tasklist's form submission updates the prefilled task-local values; a plain /engine-rest "complete" puts
        // its variables on the instance instead: what was sent there wins over the prefill.
        RequestForm.Result result = form.classification(request.channel(),
                name -> task.getExecution().hasVariable(name) ? task.getExecution().getVariable(name)
                        : task.getVariable(name));
        if (!result.valid()) {
            throw new ProcessEngineException("Case " + caseNumber + ": " + String.join("; ", result.problems()));
        }
        NewRequest classified = result.request();
        NewRequest.Requester requester = classified.requester();
        requests.classify(caseNumber, classified.rights(), new RequestRecord.Requester(requester.name(),
                requester.email(), requester.phone(), requester.customerNumber()), classified.languageOrDefault());
        task.getExecution().setVariable(RequestVariables.RIGHTS, Rights.format(classified.rights()));
        task.getExecution().setVariable(RequestVariables.LANGUAGE, classified.languageOrDefault().name());
        task.getExecution().setVariable(RequestVariables.CLASSIFIED, true);
        task.getExecution().removeVariables(RequestVariables.PERSONAL_FORM_FIELDS);
        task.getExecution().removeVariables(List.of(RequestVariables.CLASSIFIED_RIGHTS,
                RequestVariables.CLASSIFIED_LANGUAGE));
    }
}

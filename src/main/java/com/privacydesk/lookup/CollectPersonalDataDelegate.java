package com.privacydesk.lookup;

import com.privacydesk.request.RequestVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Collect personal data": what the company holds on the data subject, as counts per source for the handler.
 * The data itself stays in the database; the answer step reads it again when it writes the letter.
 */
@Component("collectPersonalData")
public class CollectPersonalDataDelegate implements JavaDelegate {

    static final String NOTHING_FOUND = "No customer record matched the requester: no personal data found.";

    private final PersonalDataCollector collector;

    public CollectPersonalDataDelegate(PersonalDataCollector collector) {
        this.collector = collector;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long subject = RequestVariables.dataSubjectId(execution);
        String summary = subject == null ? NOTHING_FOUND : collector.summary(collector.collect(subject));
        execution.setVariable(RequestVariables.LOOKUP_SUMMARY, summary);
    }
}

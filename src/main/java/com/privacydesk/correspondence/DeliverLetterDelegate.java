package com.privacydesk.correspondence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send the letter by e-mail" in letter-delivery.bpmn. */
@Component("deliverLetter")
public class DeliverLetterDelegate implements JavaDelegate {

    private final LetterDelivery delivery;

    public DeliverLetterDelegate(LetterDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.deliver(((Number) execution.getVariable(LetterDelivery.LETTER_ID)).longValue());
    }
}

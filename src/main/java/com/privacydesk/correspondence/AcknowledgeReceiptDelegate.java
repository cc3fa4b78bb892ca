package com.privacydesk.correspondence;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Acknowledge receipt": tells the requester without delay the case number and the deadline (seed 000 §2). */
@Component("acknowledgeReceipt")
public class AcknowledgeReceiptDelegate implements JavaDelegate {

    private final CaseLetters letters;

    public AcknowledgeReceiptDelegate(CaseLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // Nothing has been carried out when the receipt is acknowledged: no need to ask the database.
        letters.send(LetterKind.ACKNOWLEDGEMENT, execution);
    }
}

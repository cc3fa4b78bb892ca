package com.privacydesk.verification;

import com.privacydesk.request.CaseKey;
import com.privacydesk.request.RequestRecord;
import com.privacydesk.request.RequestRepository;
import com.privacydesk.request.RequestVariables;
import com.privacydesk.stafflanguage.StaffTexts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Match requester to customer": finds the customer and sets the facts of the match; the business-rule task
 * "Decide identity evidence" that follows (bpmn/identity-evidence.dmn) decides whether they skip "Verify identity".
 */
@Component("matchRequester")
public class MatchRequesterDelegate implements JavaDelegate {

    private final RequestRepository requests;
    private final RequesterMatcher matcher;
    private final StaffTexts texts;

    public MatchRequesterDelegate(RequestRepository requests, RequesterMatcher matcher, StaffTexts texts) {
        this.requests = requests;
        this.matcher = matcher;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RequestRecord request = requests.get(CaseKey.of(execution));
        RequestRecord.Requester requester = request.requester();
        IdentityMatch match = matcher.match(new RequesterDetails(requester.name(), requester.email(),
                requester.phone(), requester.customerNumber()), request.channel(),
                requests.channelProof(request.caseNumber()).orElse(null), texts);
        requests.identify(request.caseNumber(), match.customerId());
        RequestVariables.identityFacts(execution, match.confidence().name(), match.contactProven());
        execution.setVariable(RequestVariables.IDENTITY_SUMMARY, match.summary());
        // A copy for Tasklist; every step reads the subject from the case record.
        execution.setVariable(RequestVariables.DATA_SUBJECT_ID, match.customerId());
    }
}

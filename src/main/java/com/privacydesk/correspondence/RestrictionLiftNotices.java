package com.privacydesk.correspondence;

import com.privacydesk.answer.RestrictionLiftNotice;
import com.privacydesk.request.RequestRecord;
import org.springframework.stereotype.Component;

/** The letter that tells the customer a restriction ends, sent through the case's letters. */
@Component
class RestrictionLiftNotices implements RestrictionLiftNotice {

    private final CaseLetters letters;

    RestrictionLiftNotices(CaseLetters letters) {
        this.letters = letters;
    }

    @Override
    public void send(RequestRecord request, String reason) {
        letters.sendNotice(request, LetterKind.RESTRICTION_LIFT_NOTICE, reason);
    }
}

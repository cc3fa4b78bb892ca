package com.privacydesk.answer;

import com.privacydesk.request.PersonalVariableNames;
import java.util.Collection;
import org.springframework.stereotype.Component;

/** A rectification's corrected values and the handler's free text in the answer plan: never in history. */
@Component
class AnswerPersonalVariables implements PersonalVariableNames {

    @Override
    public Collection<String> names() {
        return AnswerPlanForm.FREE_TEXT_VARIABLES;
    }
}

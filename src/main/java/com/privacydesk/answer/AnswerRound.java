package com.privacydesk.answer;

import com.privacydesk.request.RequestVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Answer rounds: 1 is the answer, 2 the further answer after the customer was dissatisfied. */
public final class AnswerRound {

    private AnswerRound() {
    }

    public static boolean furtherAnswer(VariableScope scope) {
        return RequestVariables.furtherAnswer(scope);
    }

    public static int of(VariableScope scope) {
        return furtherAnswer(scope) ? 2 : 1;
    }
}

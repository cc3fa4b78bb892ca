package com.privacydesk.correspondence;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every letter the request diagram sends, as a visible send task ("Send acknowledgement", "Send answer", ...) with
 * the kind as its input parameter {@code letterKind}. {@code ANSWER} stands for the round's answer: whether it goes
 * out as an answer, a partial refusal, a refusal or a further answer is decided by the plan and what carrying it out
 * logged ({@link CaseLetters#answerKind}). The letter is written to the outbox in the transaction of this step, so a
 * retried job that rolled back wrote nothing, and delivery sends each outbox row once.
 */
@Component("sendLetter")
public class SendLetterDelegate implements JavaDelegate {

    /** The send task's input parameter. */
    public static final String LETTER_KIND = "letterKind";

    private final CaseLetters letters;

    public SendLetterDelegate(CaseLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LetterKind kind = kind(execution.getVariableLocal(LETTER_KIND), execution.getCurrentActivityId());
        if (kind == LetterKind.ANSWER) {
            letters.sendAnswer(execution);
        } else {
            letters.send(kind, execution);
        }
    }

    /** Reads the parameter; a diagram that names no kind, or one the process does not send, is a modelling error. */
    static LetterKind kind(Object value, String activityId) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("Send task " + activityId + " has no input parameter " + LETTER_KIND);
        }
        LetterKind kind;
        try {
            kind = LetterKind.valueOf(value.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Send task " + activityId + ": unknown letter kind '" + value
                    + "'; expected one of " + Arrays.toString(LetterKind.values()));
        }
        if (!kind.sentByTheProcess()) {
            throw new IllegalStateException("Send task " + activityId + ": " + kind + " is not sent by a process step"
                    + " (the answer's kind follows from its plan: use ANSWER)");
        }
        return kind;
    }
}

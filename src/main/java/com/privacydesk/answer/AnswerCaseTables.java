package com.privacydesk.answer;

import com.privacydesk.retention.CaseTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** A case's answer plans and recorded outcomes: purged with the case. */
@Component
class AnswerCaseTables implements CaseTables {

    @Override
    public List<String> names() {
        return List.of("answer_plan", "answer_outcome");
    }
}

package com.privacydesk.answer;

import com.privacydesk.request.Right;
import java.util.List;
import java.util.Optional;

/**
 * What "Prepare answer" decided, right by right: the one thing carrying out the decision follows and the answer
 * letter reports. Stored with the case (answer_plan), never in the engine: it holds the handler's own words.
 *
 * @param explanation the handler's or officer's words to the customer (a question's answer, a further answer)
 */
public record AnswerPlan(List<RightPlan> rights, String explanation) {

    public AnswerPlan {
        rights = List.copyOf(rights);
        explanation = explanation == null || explanation.isBlank() ? null : explanation.trim();
    }

    /** Every right refused on one ground, e.g. when the identity cannot be established. */
    public static AnswerPlan refuseAll(List<Right> rights, ReasonCode reason) {
        return new AnswerPlan(rights.stream().map(r -> RightPlan.refuse(r, List.of(reason), null)).toList(), null);
    }

    public Optional<RightPlan> of(Right right) {
        return rights.stream().filter(p -> p.right() == right).findFirst();
    }

    public boolean fulfils(Right right) {
        return of(right).map(RightPlan::fulfilled).orElse(false);
    }

    public List<Right> fulfilled() {
        return rights.stream().filter(RightPlan::fulfilled).map(RightPlan::right).toList();
    }

    public List<Right> refused() {
        return rights.stream().filter(p -> !p.fulfilled()).map(RightPlan::right).toList();
    }

    /**
     * The decision the model branches on: FULFIL when every right is fulfilled in full, REFUSE when every right is
     * refused, PARTIAL for anything in between (a refused right, or a source kept or withheld).
     */
    public Decision decision() {
        if (rights.stream().noneMatch(RightPlan::fulfilled)) {
            return Decision.REFUSE;
        }
        boolean whole = rights.stream().allMatch(p -> p.fulfilled() && p.kept().isEmpty());
        return whole ? Decision.FULFIL : Decision.PARTIAL;
    }
}

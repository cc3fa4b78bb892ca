package com.privacydesk.answer;

import com.privacydesk.request.Right;
import java.util.List;
import java.util.Map;

/**
 * What carrying out a decision did, per right: the facts an answer letter reports (Art. 12(1), 19).
 * {@code retained} rows kept under a legal duty turn a fulfilled erasure into a partial refusal; {@code withheld}
 * sources were left out of the copy of the data by a partial decision (Art. 15(4)).
 */
public record AnswerOutcome(
        List<Right> carriedOut,
        Map<String, Integer> erased,
        List<RetainedData> retained,
        List<String> corrected,
        int marketingConsentsWithdrawn,
        boolean restricted,
        List<String> withheld) {

    public AnswerOutcome {
        // Outcomes stored before withholding existed have none.
        withheld = withheld == null ? List.of() : List.copyOf(withheld);
    }

    public AnswerOutcome(List<Right> carriedOut, Map<String, Integer> erased, List<RetainedData> retained,
            List<String> corrected, int marketingConsentsWithdrawn, boolean restricted) {
        this(carriedOut, erased, retained, corrected, marketingConsentsWithdrawn, restricted, List.of());
    }

    public record RetainedData(String source, String category, int rows, String legalGround) {
    }

    public static AnswerOutcome nothingDone() {
        return new AnswerOutcome(List.of(), Map.of(), List.of(), List.of(), 0, false, List.of());
    }
}

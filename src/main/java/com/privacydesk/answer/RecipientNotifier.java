package com.privacydesk.answer;

import com.privacydesk.datamap.Recipient;
import java.util.List;
import java.util.Map;

/**
 * Tells a recipient what the desk did to a data subject's data (Art. 19). Correspondence delivers it as a letter;
 * the plan's execution only decides who is told what, so it needs no letter machinery.
 */
public interface RecipientNotifier {

    /**
     * @param steps what was done, as right names (RECTIFICATION, ERASURE, RESTRICTION, OBJECTION), each with the
     *              categories of data it concerned
     */
    void send(String caseNumber, Recipient recipient, String customerNumber, Map<String, List<String>> steps);
}

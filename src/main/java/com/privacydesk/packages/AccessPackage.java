package com.privacydesk.packages;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The copy of the data an access answer gives (Art. 15(3)), grouped by processing activity with what Art. 15(1)
 * requires the customer be told: purposes, legal basis, categories, recipients, retention and source.
 * {@code withheld} names the categories a partial answer leaves out (Art. 15(4)); the answer letter says why.
 */
public record AccessPackage(String caseNumber, int answerRound, Instant preparedAt, String language,
                            List<Activity> activities, List<ManualSearch> searchedByHand, List<String> withheld) {

    /**
     * @param transfers         transfers to third countries with their safeguards (Art. 15(2)); empty: none (null in
     *                          packages stored before they were listed)
     * @param automatedDecision the automated decision the activity makes (Art. 15(1)(h)); null: none
     */
    public record Activity(String id, String purpose, String legalBasis, List<String> dataCategories,
                           List<String> recipients, String retention, String source, List<Data> data,
                           List<Transfer> transfers, AutomatedDecision automatedDecision) {
    }

    /** A transfer to a third country: who receives the data there, where, and on which safeguard. */
    public record Transfer(String recipient, String country, String safeguard) {
    }

    /** Art. 15(1)(h): the logic involved, the significance and the envisaged consequences. */
    public record AutomatedDecision(String logic, String significance, String consequences) {
    }

    /**
     * The rows of one table, internal keys left out; values are strings, ISO dates and plain numbers, keyed by
     * column; {@code labels} names each column in the customer's language.
     */
    public record Data(String source, String category, List<String> columns, Map<String, String> labels,
                       List<Map<String, String>> rows) {
    }

    /**
     * A place searched by hand for this case (spreadsheet, paper, supplier) and what came of it: {@code data} are
     * the requester's data as the searcher found and entered them there (null when nothing was entered).
     */
    public record ManualSearch(String name, String outcome, String data) {
    }
}

package com.privacydesk.correspondence;

import com.privacydesk.answer.Decision;
import com.privacydesk.answer.ReasonCode;
import com.privacydesk.request.Language;
import com.privacydesk.request.Right;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a letter may print about one request. Which values a kind requires is checked by {@link LetterComposer}
 * before rendering; a {@code null} list in {@code dataFound}, {@code recipientsNotified} or {@code correctionsApplied}
 * means "not stated" (and fails where the letter needs it), an empty list means "none".
 * Officer guidance is internal and deliberately has no place here.
 *
 * @param caseNumber         the request's case number, quoted in every letter
 * @param language           the request's language; {@code null} means en
 * @param requesterName      as the requester gave it, printed literally; {@code null} when they gave none, and the
 *                           letter then greets them with its language's formal salutation
 * @param receivedAt         provable receipt date (seed 002)
 * @param deadline           one month from receipt (Art. 12(3))
 * @param extendedDeadline   the new date; required by EXTENSION_NOTICE only
 * @param informationDueBy   by when identity information should arrive; required by IDENTITY_INFORMATION_REQUEST
 * @param deadlineSuspended  whether waiting for that information pauses the deadline (SUSPEND, asked in time) or
 *                           not (STRICT, or asked late); required by IDENTITY_INFORMATION_REQUEST
 * @param rights             the rights requested
 * @param decision           the handler's decision; when given it must fit the kind
 * @param reasons            why refused, answered in part or extended; explained in the letter
 * @param reasonDetails      the handler's own words; required when reasons contain OTHER
 * @param informationNeeded  what we need to confirm identity; required by IDENTITY_INFORMATION_REQUEST
 * @param explanation        the handler's or officer's words to the requester: the answer to a QUESTION, the further answer
 * @param signedBy           the person signing, e.g. the officer after a takeover; {@code null} signs as the privacy team
 * @param controller         the controller profile
 * @param downloadLinks      the answer's files with their download links (e-mailed answers that carry files)
 * @param downloadLinksValidUntil the last day the links work; required with downloadLinks
 * @param byPost             the letter goes by post (no e-mail address): it must not ask to "reply to this e-mail"
 * @param answer             what an answer reports, right by right, from the plan and its execution log;
 *                           required by the answer kinds
 */
public record LetterContext(
        String caseNumber,
        Language language,
        String requesterName,
        LocalDate receivedAt,
        LocalDate deadline,
        LocalDate extendedDeadline,
        LocalDate informationDueBy,
        Boolean deadlineSuspended,
        List<Right> rights,
        Decision decision,
        List<ReasonCode> reasons,
        String reasonDetails,
        String informationNeeded,
        String explanation,
        String signedBy,
        ControllerProfile controller,
        List<DownloadLink> downloadLinks,
        LocalDate downloadLinksValidUntil,
        boolean byPost,
        AnswerReport answer) {

    public LetterContext {
        downloadLinks = copyOrEmpty(downloadLinks);
        rights = copyOrEmpty(rights);
        reasons = copyOrEmpty(reasons);
    }

    /** The data held in one category (a table, a system, a spreadsheet). */
    public record DataItem(String category, int rows, List<Map<String, String>> values) {

        /**
         * @param rows   number of records found
         * @param values one map per record, field name to value in display order; empty when values are not printed
         */
        public DataItem {
            values = values == null ? List.of() : values.stream().map(DataItem::copy).toList();
        }

        // An empty database field prints as a dash: the template engine would otherwise reject it as missing.
        private static Map<String, String> copy(Map<String, String> row) {
            Map<String, String> copy = new LinkedHashMap<>();
            row.forEach((field, value) -> copy.put(field, value == null || value.isBlank() ? "\u2014" : value));
            return Collections.unmodifiableMap(copy);
        }

        /** A category counted but whose values are not printed (erasure answers). */
        public static DataItem counted(String category, int rows) {
            return new DataItem(category, rows, List.of());
        }
    }

    /**
     * One file of the answer and the address it can be downloaded from; until the letter leaves, the address holds
     * a placeholder for the token (the token itself is never part of the letter's record).
     */
    public record DownloadLink(String file, String url) {
    }

    /** One processing activity from the record of processing (seed 004), as Art. 15(1) requires it to be told. */
    public record ProcessingActivity(String purpose, String legalBasis, List<String> dataCategories,
                                     List<String> recipients, String retention, String source) {

        public ProcessingActivity {
            dataCategories = copyOrEmpty(dataCategories);
            recipients = copyOrEmpty(recipients);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private static <T> List<T> copyOrEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    /** Fluent construction: most letters need only a handful of the values. */
    public static final class Builder {
        private String caseNumber;
        private Language language;
        private String requesterName;
        private LocalDate receivedAt;
        private LocalDate deadline;
        private LocalDate extendedDeadline;
        private LocalDate informationDueBy;
        private Boolean deadlineSuspended;
        private final List<Right> rights = new ArrayList<>();
        private Decision decision;
        private final List<ReasonCode> reasons = new ArrayList<>();
        private String reasonDetails;
        private String informationNeeded;
        private String explanation;
        private String signedBy;
        private ControllerProfile controller;
        private final List<DownloadLink> downloadLinks = new ArrayList<>();
        private LocalDate downloadLinksValidUntil;
        private boolean byPost;
        private AnswerReport answer;

        private Builder() {
        }

        public Builder caseNumber(String value) { caseNumber = value; return this; }
        public Builder language(Language value) { language = value; return this; }
        public Builder requesterName(String value) { requesterName = value; return this; }
        public Builder receivedAt(LocalDate value) { receivedAt = value; return this; }
        public Builder deadline(LocalDate value) { deadline = value; return this; }
        public Builder extendedDeadline(LocalDate value) { extendedDeadline = value; return this; }
        public Builder informationDueBy(LocalDate value) { informationDueBy = value; return this; }
        public Builder deadlineSuspended(Boolean value) { deadlineSuspended = value; return this; }
        public Builder rights(List<Right> value) { rights.clear(); rights.addAll(value); return this; }
        public Builder rights(Right... value) { return rights(List.of(value)); }
        public Builder decision(Decision value) { decision = value; return this; }
        public Builder reasons(List<ReasonCode> value) { reasons.clear(); reasons.addAll(value); return this; }
        public Builder reasons(ReasonCode... value) { return reasons(List.of(value)); }
        public Builder reasonDetails(String value) { reasonDetails = value; return this; }
        public Builder informationNeeded(String value) { informationNeeded = value; return this; }
        public Builder explanation(String value) { explanation = value; return this; }
        public Builder signedBy(String value) { signedBy = value; return this; }
        public Builder controller(ControllerProfile value) { controller = value; return this; }
        public Builder answer(AnswerReport value) { answer = value; return this; }
        public Builder byPost(boolean value) { byPost = value; return this; }
        public Builder downloadLinks(List<DownloadLink> value, LocalDate validUntil) {
            downloadLinks.clear();
            downloadLinks.addAll(value);
            downloadLinksValidUntil = validUntil;
            return this;
        }

        public LetterContext build() {
            return new LetterContext(caseNumber, language, requesterName, receivedAt, deadline, extendedDeadline,
                    informationDueBy, deadlineSuspended, rights, decision, reasons, reasonDetails, informationNeeded, explanation,
                    signedBy, controller, downloadLinks, downloadLinksValidUntil, byPost, answer);
        }
    }
}

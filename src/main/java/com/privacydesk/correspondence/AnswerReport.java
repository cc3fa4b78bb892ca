package com.privacydesk.correspondence;

import java.util.List;
import java.util.Map;

/**
 * What an answer letter states, built from the round's plan and its execution log ({@link CaseLetters}): per
 * requested right what was done or why not, then who was notified under Art. 19. Texts are already in the letter's
 * language; the templates only arrange them.
 *
 * @param art19          data was corrected, erased or restricted: the letter must say who was told (Art. 19)
 * @param notified       the recipients actually notified, with the date
 * @param processingInfo the Art. 15(1) information of the copy, as the copy states it
 */
public record AnswerReport(List<Section> sections, boolean art19, List<Notified> notified,
        List<LetterContext.ProcessingActivity> processingInfo) {

    public AnswerReport {
        sections = List.copyOf(sections);
        notified = List.copyOf(notified);
        processingInfo = List.copyOf(processingInfo);
    }

    /**
     * One requested right.
     *
     * @param reasons    reason codes of a refusal
     * @param details    the handler's own words
     * @param copied     access: the copy as it was taken, with its values
     * @param exported   portability: the categories in the file
     * @param withheld   copies: the categories left out (Art. 15(4))
     * @param corrected  rectification: the fields corrected, as the customer calls them
     * @param superseded rectification: not applied because the same request erases the data
     * @param restricted restriction: the categories marked, with their rows
     * @param stopped    objection, withdrawal, erasure: the categories stopped, deleted or anonymised
     * @param kept       objection, erasure: the categories the plan keeps, on the handler's ground
     * @param retained   erasure: the categories kept under the record's legal duty, with that duty
     * @param byHand     the manual sources where staff applied the step, with the date
     * @param foundByHand access: the data found in places no query reaches, as the searcher entered them, under
     *                    each place's name (from the copy as taken)
     */
    public record Section(String right, boolean fulfilled, List<String> reasons, String details,
            List<LetterContext.DataItem> copied, List<String> exported, List<String> withheld, List<String> corrected,
            boolean superseded, List<Counted> restricted, List<Counted> stopped, List<Counted> kept,
            List<Retained> retained, List<ByHand> byHand, List<FoundByHand> foundByHand) {

        public Section {
            reasons = List.copyOf(reasons);
            copied = List.copyOf(copied);
            exported = List.copyOf(exported);
            withheld = List.copyOf(withheld);
            corrected = List.copyOf(corrected);
            restricted = List.copyOf(restricted);
            stopped = List.copyOf(stopped);
            kept = List.copyOf(kept);
            retained = List.copyOf(retained);
            byHand = List.copyOf(byHand);
            foundByHand = List.copyOf(foundByHand);
        }
    }

    /** A category and how many of the customer's records; {@code how}: DELETED, ANONYMISED, PROCESSING_STOPPED… */
    public record Counted(String category, int rows, String how) {
    }

    public record Retained(String category, int rows, String legalGround) {
    }

    public record ByHand(String source, String date) {
    }

    public record FoundByHand(String source, String data) {
    }

    public record Notified(String name, String date) {
    }

    /** The template's view: plain maps and lists, which FreeMarker reads without reflection on records. */
    Map<String, Object> model() {
        return Map.of(
                "sections", sections.stream().map(AnswerReport::section).toList(),
                "art19", art19,
                "notified", notified.stream().map(n -> Map.of("name", n.name(), "date", n.date())).toList(),
                "processingInfo", processingInfo.stream().map(LetterComposer::activity).toList());
    }

    private static Map<String, Object> section(Section s) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("right", s.right());
        map.put("fulfilled", s.fulfilled());
        map.put("reasons", s.reasons());
        if (s.details() != null && !s.details().isBlank()) {
            map.put("details", s.details());
        }
        map.put("copied", s.copied().stream().map(LetterComposer::item).toList());
        map.put("exported", s.exported());
        map.put("withheld", s.withheld());
        map.put("corrected", s.corrected());
        map.put("superseded", s.superseded());
        map.put("restricted", s.restricted().stream().map(AnswerReport::counted).toList());
        map.put("stopped", s.stopped().stream().map(AnswerReport::counted).toList());
        map.put("kept", s.kept().stream().map(AnswerReport::counted).toList());
        map.put("retained", s.retained().stream().map(r -> Map.of("category", r.category(), "rows", r.rows(),
                "legalGround", r.legalGround())).toList());
        map.put("byHand", s.byHand().stream().map(h -> Map.of("source", h.source(), "date", h.date())).toList());
        map.put("foundByHand", s.foundByHand().stream().map(f -> Map.of("source", f.source(), "data", f.data()))
                .toList());
        return map;
    }

    private static Map<String, Object> counted(Counted c) {
        return Map.of("category", c.category(), "rows", c.rows(), "how", c.how());
    }
}

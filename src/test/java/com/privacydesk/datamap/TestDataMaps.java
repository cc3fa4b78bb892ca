package com.privacydesk.datamap;

/** The shipped record of processing and its data map, read once per test JVM as the application reads them. */
public final class TestDataMaps {

    private static final RecordOfProcessing RECORD = RecordOfProcessingLoader.shipped();
    private static final DataMap MAP = DataMap.from(RECORD);

    private TestDataMaps() {
    }

    public static RecordOfProcessing record() {
        return RECORD;
    }

    public static DataMap shipped() {
        return MAP;
    }

    /**
     * Every English customer-facing text of the shipped record (purposes, legal bases, categories, origins,
     * recipients, retention, legal grounds, manual-source names, column labels) that {@code language} words
     * differently; phrases only, since single words such as "status" also occur inside data.
     */
    public static java.util.List<String> englishTextsNotIn(com.privacydesk.request.Language language) {
        java.util.List<LocalisedText> texts = new java.util.ArrayList<>();
        for (ProcessingActivity a : RECORD.activities()) {
            texts.addAll(java.util.List.of(a.purpose(), a.legalBasis(), a.origin(), a.retention()));
            texts.addAll(a.dataCategories());
            RECORD.recipientsOf(a).forEach(r -> texts.add(r.name()));
        }
        MAP.tables().forEach(t -> {
            texts.add(t.category());
            if (t.legalGround() != null) {
                texts.add(t.legalGround());
            }
        });
        RECORD.manualSources().forEach(m -> texts.add(m.name()));
        RECORD.columnLabels().forEach(l -> texts.add(l.label()));
        return texts.stream().filter(t -> !t.en().equalsIgnoreCase(t.in(language))).map(LocalisedText::en)
                .filter(en -> en.contains(" ")).distinct().toList();
    }
}

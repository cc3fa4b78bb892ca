package com.privacydesk.lookup;

/**
 * The variables of "Search manual source" (multi-instance user task SearchManualSources). To be moved into
 * {@link com.privacydesk.request.RequestVariables} with the diagram change; named here until then.
 */
public final class ManualSearchVariables {

    /** List of manual-source ids (record of processing) the request must be searched in by hand: the collection. */
    public static final String MANUAL_SOURCES = "manualSources";
    /** The element variable: one manual-source id per task instance. */
    public static final String MANUAL_SOURCE = "manualSource";
    /** Set for the answer step once all searches are done: names and outcomes, no personal data. */
    public static final String MANUAL_SEARCH_SUMMARY = "manualSearchSummary";

    // Task-local, shown by forms/search-manual-source.form
    public static final String SOURCE_NAME = "manualSourceName";
    public static final String SOURCE_KIND = "manualSourceKind";
    public static final String SOURCE_LOCATION = "manualSourceLocation";
    public static final String SOURCE_INSTRUCTIONS = "manualSourceInstructions";
    // Task-local, filled in by the person searching
    public static final String OUTCOME = "manualSearchOutcome";
    public static final String NOTE = "manualSearchNote";
    /** The requester's data as found there: kept in manual_source_search, never in history. */
    public static final String DATA_FOUND = "manualSearchDataFound";

    private ManualSearchVariables() {
    }
}

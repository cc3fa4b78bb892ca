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
}

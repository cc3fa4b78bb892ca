package com.privacydesk.operations;

import java.util.Map;

/** One reading of the desk's tables: open requests per stage, overdue requests, letters waiting to go out. */
record DeskSnapshot(Map<OpenStage, Long> openByStage, long overdue, long lettersPending) {

    static final DeskSnapshot EMPTY = new DeskSnapshot(Map.of(), 0, 0);

    long open(OpenStage stage) {
        return openByStage.getOrDefault(stage, 0L);
    }
}

package com.privacydesk.fulfilment;

import java.util.List;

/** The customer columns a rectification changed, e.g. ["last_name", "email"]; empty when all were already right. */
public record RectificationResult(List<String> changedColumns) {

    public RectificationResult {
        changedColumns = List.copyOf(changedColumns);
    }
}

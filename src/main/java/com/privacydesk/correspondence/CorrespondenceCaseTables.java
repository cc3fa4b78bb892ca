package com.privacydesk.correspondence;

import com.privacydesk.retention.CaseTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** A case's letters and messages: purged with the case. */
@Component
class CorrespondenceCaseTables implements CaseTables {

    @Override
    public List<String> names() {
        return List.of("correspondence");
    }
}

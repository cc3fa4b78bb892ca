package com.privacydesk.lookup;

import com.privacydesk.retention.CaseTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** What searchers found in a case's manual sources: purged with the case. */
@Component
class ManualSearchCaseTables implements CaseTables {

    @Override
    public List<String> names() {
        return List.of("manual_source_search");
    }
}

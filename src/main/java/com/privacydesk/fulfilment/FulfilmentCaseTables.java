package com.privacydesk.fulfilment;

import com.privacydesk.retention.CaseTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** What was done for a case (execution log, manual actions, changes to the customer's data): purged with the case. */
@Component
class FulfilmentCaseTables implements CaseTables {

    @Override
    public List<String> names() {
        return List.of("execution_log", "manual_action", "data_change_audit");
    }
}

package com.privacydesk.deadline;

import com.privacydesk.retention.CaseTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** A case's questions about the requester's identity and the waits they started: purged with the case. */
@Component
class IdentityWaitCaseTables implements CaseTables {

    @Override
    public List<String> names() {
        return List.of("identity_question");
    }
}

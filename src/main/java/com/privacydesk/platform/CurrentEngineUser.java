package com.privacydesk.platform;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who the engine's current command runs for. Here because the engine returns its internal Authentication type. */
public final class CurrentEngineUser {

    private CurrentEngineUser() {
    }

    /** The authenticated user's id, or null when the command runs for nobody (a job, a test, the application). */
    public static String id(IdentityService identityService) {
        Authentication current = identityService.getCurrentAuthentication();
        return current != null ? current.getUserId() : null;
    }
}

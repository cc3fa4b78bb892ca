package com.privacydesk.platform;

import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;

/**
 * Members of one group get ALL on every engine resource, as camunda-admin does. Here because the engine offers this
 * only as an internal plugin class.
 */
public class AdministratorGroupAuthorization extends AdministratorAuthorizationPlugin {

    public AdministratorGroupAuthorization(String administratorGroup) {
        setAdministratorGroupName(administratorGroup);
    }
}

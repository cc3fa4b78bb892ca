package com.privacydesk.security.ldap;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Staff passwords travel to the directory at every login (the plugin binds as the user): outside a laptop or a test
 * only over TLS. Camunda's LDAP plugin speaks ldaps:// and has no StartTLS, so ldaps:// is what is required.
 */
public final class LdapTls {

    private LdapTls() {
    }

    public static void require(String url, Environment environment) {
        if (!url.regionMatches(true, 0, "ldaps://", 0, 8) && !environment.acceptsProfiles(Profiles.of("dev | test"))) {
            throw new IllegalStateException("privacy-desk.ldap.url (LDAP_URL) must start with ldaps:// outside the dev "
                    + "profile: staff passwords are sent to the directory at every login");
        }
    }
}

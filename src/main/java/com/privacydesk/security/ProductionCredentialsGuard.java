package com.privacydesk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Outside the developer's laptop the desk does not start with a missing or well-known administrator password:
 * the message names the setting, never the value.
 */
@Component
@Profile("!dev & !test")
public class ProductionCredentialsGuard {

    static final Set<String> KNOWN_DEFAULTS = Set.of("admin", "demo", "password", "camunda", "changeme", "secret",
            "123456", "privacydesk", "test");

    public ProductionCredentialsGuard(Environment environment) {
        List<String> problems = new ArrayList<>();
        if (environment.acceptsProfiles(Profiles.of("ldap"))) {
            // Administrators are the directory's admin group; the identity service cannot create one.
            if (environment.getProperty("camunda.bpm.admin-user.id") != null) {
                problems.add("camunda.bpm.admin-user.id (CAMUNDA_BPM_ADMIN_USER_ID) must not be set with the ldap "
                        + "profile: administrators come from the directory group privacy-desk.ldap.administrator-group");
            }
        } else {
            check(environment, "camunda.bpm.admin-user.id", "CAMUNDA_BPM_ADMIN_USER_ID", false, problems);
            check(environment, "camunda.bpm.admin-user.password", "CAMUNDA_BPM_ADMIN_USER_PASSWORD", true,
                    problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Privacy Desk refuses to start outside the dev profile: "
                    + String.join("; ", problems));
        }
    }

    private static void check(Environment environment, String property, String variable, boolean secret,
            List<String> problems) {
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            problems.add(property + " (" + variable + ") is missing");
        } else if (secret && (KNOWN_DEFAULTS.contains(value.toLowerCase(Locale.ROOT)) || value.length() < 12)) {
            problems.add(property + " (" + variable + ") is a known default or shorter than 12 characters");
        }
    }
}

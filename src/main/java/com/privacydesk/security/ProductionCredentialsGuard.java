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
 * Outside the developer's laptop the desk does not start with a missing or well-known administrator password or
 * telephony webhook secret: the message names the setting, never the value.
 */
@Component
@Profile("!dev & !test")
public class ProductionCredentialsGuard {

    static final Set<String> KNOWN_DEFAULTS = Set.of("admin", "demo", "password", "camunda", "changeme", "secret",
            "123456", "privacydesk", "test");

    /** The dev and test profiles' webhook secrets (application-dev.yaml, application-test.yaml) are public. */
    static final Set<String> KNOWN_WEBHOOK_SECRETS = Set.of("dev-telephony-webhook-secret",
            "test-telephony-webhook-secret");

    /** A shared secret guessed by nobody: as long as a strong password at least. */
    static final int MIN_WEBHOOK_SECRET_LENGTH = 24;

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
        String secret = environment.getProperty("privacy-desk.telephony.webhook-secret");
        String secretSetting = "privacy-desk.telephony.webhook-secret (TELEPHONY_WEBHOOK_SECRET)";
        if (secret == null || secret.isBlank()) {
            problems.add(secretSetting + " is missing");
        } else if (KNOWN_DEFAULTS.contains(secret.toLowerCase(Locale.ROOT))
                || KNOWN_WEBHOOK_SECRETS.contains(secret.toLowerCase(Locale.ROOT))
                || secret.length() < MIN_WEBHOOK_SECRET_LENGTH) {
            problems.add(secretSetting + " is a known default or shorter than " + MIN_WEBHOOK_SECRET_LENGTH
                    + " characters");
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

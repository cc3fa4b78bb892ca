package com.privacydesk.security;

import java.util.List;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * No silent in-memory production, no demo users in a real database: without the dev (or test) profile the desk
 * refuses an embedded database, which would lose every request at restart; with the dev profile (admin/admin, demo
 * users and requests) it refuses any other. The message names the setting, never the URL's credentials.
 */
@Component
public class DatabaseProfileGuard {

    static final List<String> EMBEDDED = List.of("jdbc:h2:", "jdbc:hsqldb:", "jdbc:derby:");

    public DatabaseProfileGuard(Environment environment) {
        check(environment);
    }

    static void check(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        boolean embedded = isEmbedded(url);
        boolean dev = environment.acceptsProfiles(Profiles.of("dev"));
        if (dev && !embedded) {
            throw new IllegalStateException("The dev profile creates admin/admin and demo users: it runs only on the "
                    + "embedded database, not on spring.datasource.url (DB_URL). Start without dev in production.");
        }
        if (!dev && embedded && !environment.acceptsProfiles(Profiles.of("test"))) {
            throw new IllegalStateException("spring.datasource.url is an embedded database, which loses every request "
                    + "at restart: use the postgres profile with DB_URL, or the dev profile on a laptop.");
        }
    }

    static boolean isEmbedded(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return url.isBlank() || EMBEDDED.stream().anyMatch(lower::startsWith);
    }
}

package com.privacydesk.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.privacydesk.security.ldap.LdapTls;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What the application refuses to start with: a database that does not fit its profile, LDAP without TLS. */
class StartupGuardsTest {

    private static MockEnvironment environment(String url, String... profiles) {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
        environment.setActiveProfiles(profiles);
        return environment;
    }

    @Test
    void withoutDev_anEmbeddedDatabase_refusesToStart() {
        for (String[] profiles : new String[][] {{}, {"postgres"}, {"ldap"}}) {
            assertThatThrownBy(() -> DatabaseProfileGuard.check(environment("jdbc:h2:mem:privacydesk", profiles)))
                    .hasMessageContaining("embedded database");
        }
        assertThatCode(() -> DatabaseProfileGuard.check(environment("jdbc:postgresql://db:5432/desk", "postgres")))
                .doesNotThrowAnyException();
    }

    @Test
    void dev_onARealDatabase_refusesToStart() {
        assertThatThrownBy(() -> DatabaseProfileGuard.check(environment("jdbc:postgresql://db:5432/desk",
                "postgres", "dev"))).hasMessageContaining("dev profile").hasMessageNotContaining("db:5432");
        assertThatCode(() -> DatabaseProfileGuard.check(environment("jdbc:h2:mem:privacydesk", "dev")))
                .doesNotThrowAnyException();
        // The tests run on the embedded database without dev.
        assertThatCode(() -> DatabaseProfileGuard.check(environment("jdbc:h2:mem:t", "test")))
                .doesNotThrowAnyException();
    }

    @Test
    void ldapWithoutTls_outsideDev_refusesToStart() {
        assertThatThrownBy(() -> LdapTls.require("ldap://directory.example:389", environment("x", "postgres", "ldap")))
                .hasMessageContaining("ldaps://");
        assertThatCode(() -> LdapTls.require("ldaps://directory.example:636", environment("x", "postgres", "ldap")))
                .doesNotThrowAnyException();
        assertThatCode(() -> LdapTls.require("ldap://localhost:389", environment("x", "dev", "ldap")))
                .doesNotThrowAnyException();
    }
}
